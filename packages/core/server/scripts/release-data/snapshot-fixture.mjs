import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../../dist/index.js';
import { dumpSqlite } from './dump-sqlite.mjs';
import { httpClient } from './http-client.mjs';
import { recordServed } from './record-served.mjs';

/**
 * One fixture: a fresh database, populated through a listening server (real HTTP, the path a
 * user takes), then dumped as database.sql beside expected.json, what the API served.
 */
export async function snapshotFixture({ version, baseDir, outDir, plugins, pluginSettings, populate, collections }) {
  const workDir = mkdtempSync(path.join(tmpdir(), 'switchyard-release-data-'));
  try {
    const databaseFile = path.join(workDir, 'database.sqlite');
    const served = await populateAndRecord({ databaseFile, baseDir, plugins, pluginSettings, populate, collections });
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'database.sql'), await dumpSqlite(databaseFile));
    const expected = { version, plugins, caller: { 'x-project-id': 'admin-project', 'x-roles': 'admin' }, collections: served };
    writeFileSync(path.join(outDir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
    console.log(`snapshot-release-data: ${path.relative(process.cwd(), outDir)} (${served.map((spec) => `${spec.items.length} ${spec.collection}`).join(', ')})`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function populateAndRecord({ databaseFile, baseDir, plugins, pluginSettings, populate, collections }) {
  const app = await buildApp({ config: releaseConfig(databaseFile, baseDir, plugins, pluginSettings) });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
    const baseUrl = `http://127.0.0.1:${app.server.address().port}`;
    await populate((project) => httpClient(baseUrl, project));
    return await recordServed(httpClient(baseUrl, 'admin-project', { admin: true }), collections);
  } finally {
    await app.close();
  }
}

function releaseConfig(databaseFile, baseDir, plugins, pluginSettings) {
  return {
    baseDir,
    server: { host: '127.0.0.1', port: 0 },
    database: { url: `sqlite:${databaseFile}` },
    authStrategy: 'noauth',
    auth: { defaultProject: 'default', tokens: {} },
    servicePlugins: plugins,
    preview: { enabled: plugins },
    plugins: Object.fromEntries(plugins.filter((service) => pluginSettings[service]).map((service) => [service, pluginSettings[service]])),
  };
}
