import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeStaticDocs } from '../../src/docs/write-static-docs.js';
import { buildApp } from '../../src/index.js';
import { twoPluginConfig } from '../host/config.js';
import { type TempDir, makeTempDir, writePreviewAndStablePlugins } from '../host/fixtures.js';

type Operation = { summary?: string; tags?: string[]; 'x-stability'?: string };
type Document = { paths: Record<string, Record<string, Operation>> };

let dir: TempDir;
let app: FastifyInstance;
beforeAll(async () => {
  dir = makeTempDir();
  writePreviewAndStablePlugins(dir);
  app = await buildApp({ config: twoPluginConfig(dir.root, { authStrategy: 'token', auth: { defaultProject: 'demo', tokens: {} } }) });
});
afterAll(async () => {
  await app.close();
  dir.remove();
});

async function renderedDocument(): Promise<Document> {
  const response = await app.inject({ method: 'GET', url: '/docs/json' });
  expect(response.statusCode).toBe(200);
  return response.json() as Document;
}

const operationsUnder = (document: Document, prefix: string) =>
  Object.entries(document.paths)
    .filter(([path]) => path.startsWith(prefix))
    .flatMap(([, item]) => Object.values(item));

describe('API reference at /docs', () => {
  it('answers HTML at /docs and /docs/ with no token, every asset from this server', async () => {
    for (const pageUrl of ['/docs', '/docs/']) {
      const page = await app.inject({ method: 'GET', url: pageUrl });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) expect(asset).not.toMatch(/^(https?:)?\/\//);
      for (const asset of new Set(assets)) {
        // Resolved as a browser would from the page's own URL.
        const url = new URL(asset, `http://127.0.0.1:9696${pageUrl}`).pathname;
        expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      }
    }
  });

  it('marks every preview operation [preview] with a preview tag, and no stable one', async () => {
    const document = await renderedDocument();
    const preview = operationsUnder(document, '/v2.0/dns/');
    expect(preview.length).toBeGreaterThan(0);
    for (const operation of preview) {
      expect(operation['x-stability']).toBe('preview');
      expect(operation.summary).toMatch(/^\[preview\] /);
      expect(operation.tags).toContain('preview');
    }
    const stable = [...operationsUnder(document, '/v2.0/vpn/'), ...operationsUnder(document, '/v2.0/networks')];
    expect(stable.length).toBeGreaterThan(0);
    for (const operation of stable) {
      expect(operation['x-stability']).toBe('stable');
      expect(operation.summary ?? '').not.toMatch(/preview/i);
      expect(operation.tags ?? []).not.toContain('preview');
    }
  });

  it('renders the served document: same operations as /v2.0/openapi.json, which stays unmarked', async () => {
    const served = (await app.inject({ method: 'GET', url: '/v2.0/openapi.json', headers: { 'x-auth-token': 'none' } })).statusCode;
    expect(served).toBe(401);
    const document = await renderedDocument();
    const source = app.swagger() as unknown as Document;
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(source.paths).sort());
    for (const operation of operationsUnder(source, '/v2.0/dns/')) expect(operation.summary ?? '').not.toMatch(/^\[preview\]/);
  });

  it.each(['/docs/../v2.0/networks', '/docs/static/..%2f..%2fpackage.json', '/docs/%00', '/docs/static/%E0%A4%A', '/docs/constructor', '/docs/__proto__/x'])(
    'answers %s with a 4xx, never a 5xx or another route',
    async (url) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
    },
  );
});

describe('static copy of the API reference (npm run docs)', () => {
  it('writes the page, its assets and both documents, preview operations marked', async () => {
    const outDir = path.join(dir.root, 'docs-out');
    const files = await writeStaticDocs(app, outDir);
    expect(files).toEqual(expect.arrayContaining(['index.html', 'json', 'openapi.json']));
    for (const file of files) expect(existsSync(path.join(outDir, file)), file).toBe(true);
    const page = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    for (const [, asset] of page.matchAll(/(?:src|href)="([^"]+)"/g)) {
      expect(asset).not.toMatch(/^(https?:)?\/\//);
      expect(existsSync(path.join(outDir, asset)), asset).toBe(true);
    }
    const rendered = JSON.parse(readFileSync(path.join(outDir, 'json'), 'utf8')) as Document;
    for (const operation of operationsUnder(rendered, '/v2.0/dns/')) expect(operation.summary).toMatch(/^\[preview\] /);
    for (const operation of operationsUnder(rendered, '/v2.0/vpn/')) expect(operation.tags ?? []).not.toContain('preview');
    const served = JSON.parse(readFileSync(path.join(outDir, 'openapi.json'), 'utf8')) as Document;
    expect(Object.keys(served.paths).sort()).toEqual(Object.keys(rendered.paths).sort());
  });
});
