import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DOCS_PATH } from './register-docs.js';

/**
 * Copies the API reference a built app serves into `outDir`, self-contained for any static host:
 * the page, every asset it references, the marked document it renders (`json`, where the page
 * looks) and the served document itself (`openapi.json`). Returns the files written.
 */
export async function writeStaticDocs(app: FastifyInstance, outDir: string): Promise<string[]> {
  const page = await fetchOk(app, `${DOCS_PATH}/`);
  const relativeAssets = [...page.matchAll(/(?:src|href)="(\.\/[^"?#]+)"/g)].map((match) => match[1].slice(2));
  const files = new Map<string, string | Buffer>([
    ['index.html', page],
    ['json', await fetchOk(app, `${DOCS_PATH}/json`)],
    ['openapi.json', `${JSON.stringify(app.swagger(), null, 2)}\n`],
  ]);
  for (const asset of new Set(relativeAssets)) files.set(asset, await fetchOk(app, `${DOCS_PATH}/${asset}`, true));
  for (const [name, body] of files) {
    const target = path.join(outDir, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, body);
  }
  return [...files.keys()];
}

async function fetchOk(app: FastifyInstance, url: string, binary = false): Promise<string> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`GET ${url} answered ${response.statusCode}`);
  return binary ? (response.rawPayload as unknown as string) : response.body;
}
