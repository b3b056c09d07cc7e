import path from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config/load-config.js';
import { writeStaticDocs } from './write-static-docs.js';

// Entry of `npm run docs`: node dist/docs.js <out-dir> [--config <file>]. The app is built from the
// config's plugins with an in-memory database, so the copy shows what that server would serve.
const [outDir = 'dist/docs', ...rest] = process.argv.slice(2);
const config = loadConfig({ argv: rest });
const app = await buildApp({
  config: { ...config, server: { ...config.server, logLevel: 'warn' }, database: { ...config.database, url: 'sqlite::memory:' }, logging: undefined },
});
try {
  const files = await writeStaticDocs(app, path.resolve(outDir));
  console.log(`wrote the API reference to ${outDir} (${files.length} files)`);
} finally {
  await app.close();
}
