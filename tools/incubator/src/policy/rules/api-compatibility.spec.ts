import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewPackage, snapshotOf, stablePackage } from '../../../tests/policy/snapshot-builders.js';
import type { ProjectSnapshot } from '../workspace-snapshot.js';
import { checkApiCompatibility } from './api-compatibility.js';

/** A service's OpenAPI document, small but in the generator's shape. */
function document() {
  const network = { type: 'object', properties: { id: { type: 'string' }, mtu: { type: 'integer' }, status: { type: 'string', enum: ['ACTIVE', 'DOWN'] } } };
  const json = (schema: object) => ({ content: { 'application/json': { schema } } });
  return {
    openapi: '3.0.3',
    info: { title: 'API', version: '2.0' },
    paths: {
      '/v2.0/networks': {
        get: {
          parameters: [{ in: 'query', name: 'limit', required: false, schema: { type: 'integer' } }] as object[],
          responses: { 200: { description: 'ok', ...json({ type: 'object', properties: { networks: { type: 'array', items: network } } }) } },
        },
        post: {
          requestBody: { required: true, ...json({ type: 'object', required: ['network'], properties: { network: { type: 'object', required: [] as string[], properties: { name: { type: 'string' } } as Record<string, object> } } }) },
          responses: { 201: { description: 'created', ...json({ type: 'object', properties: { network: structuredClone(network) } }) } } as Record<string, object>,
        },
      },
    } as Record<string, Record<string, unknown>>,
  };
}

type Document = ReturnType<typeof document>;
// The fixtures reach deep into the document; typing each level would hide what they change.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const list = (doc: Document) => doc.paths['/v2.0/networks'].get as any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const create = (doc: Document) => doc.paths['/v2.0/networks'].post as any;
const listedNetwork = (doc: Document) => list(doc).responses[200].content['application/json'].schema.properties.networks.items;
const createdNetwork = (doc: Document) => create(doc).requestBody.content['application/json'].schema.properties.network;

/** A package whose released baseline is `document()` and whose current document has `change` applied. */
function withApi(project: ProjectSnapshot, change: (doc: Document) => void): ProjectSnapshot {
  const current = document();
  change(current);
  return {
    ...project,
    apiFiles: [
      { file: `${project.root}/api/openapi.json`, text: JSON.stringify(current) },
      { file: `${project.root}/api/released/openapi.json`, text: JSON.stringify(document()) },
      { file: `${project.root}/api/released/released.json`, text: `{ "version": "${String(project.packageJson.version)}" }` },
    ],
  };
}

function check(project: ProjectSnapshot, pendingReleases = snapshotOf().pendingReleases) {
  return checkApiCompatibility(snapshotOf({ projects: [project], pendingReleases }));
}

const FIX = 'revert it, or add a major changeset: `npx changeset` (choose major for @switchyard/server)';

const BREAKING: [string, (doc: Document) => void, string][] = [
  ['a removed operation', (doc) => delete doc.paths['/v2.0/networks'].post, 'POST /v2.0/networks: operation removed'],
  ['a removed response field', (doc) => delete listedNetwork(doc).properties.mtu, 'GET /v2.0/networks 200 response networks[].mtu: removed from the response'],
  [
    'a new required request field',
    (doc) => {
      createdNetwork(doc).properties.segment = { type: 'string' };
      createdNetwork(doc).required = ['segment'];
    },
    'POST /v2.0/networks request network.segment: became required',
  ],
  ['a changed type', (doc) => (listedNetwork(doc).properties.mtu.type = 'string'), 'GET /v2.0/networks 200 response networks[].mtu: type changed from integer to string'],
  ['a narrowed enum', (doc) => (listedNetwork(doc).properties.status.enum = ['ACTIVE']), 'GET /v2.0/networks 200 response networks[].status: enum value "DOWN" removed'],
  ['a changed success status code', (doc) => (create(doc).responses = { 200: create(doc).responses[201] }), 'POST /v2.0/networks 201 response: success status code removed'],
  [
    'a new required query parameter',
    (doc) => list(doc).parameters.push({ in: 'query', name: 'zone', required: true, schema: { type: 'string' } }),
    'GET /v2.0/networks query parameter zone: added as a required parameter',
  ],
];

const ADDITIVE: [string, (doc: Document) => void][] = [
  ['an added path', (doc) => (doc.paths['/v2.0/zones'] = { get: { responses: { 200: { description: 'ok' } } } })],
  ['an added response field', (doc) => (listedNetwork(doc).properties.dns_domain = { type: 'string' })],
  ['an added optional request field', (doc) => (createdNetwork(doc).properties.segment = { type: 'string' })],
  ['an added enum value', (doc) => listedNetwork(doc).properties.status.enum.push('ERROR')],
  ['an added optional query parameter', (doc) => list(doc).parameters.push({ in: 'query', name: 'zone', required: false, schema: { type: 'string' } })],
  ['a changed summary', (doc) => (list(doc).summary = 'List networks')],
];

describe('api-compatibility', () => {
  it.each(BREAKING)('fails a stable package on %s, naming the element and the fix', (_kind, change, named) => {
    const findings = check(withApi(stablePackage('server'), change));
    expect(findings).toEqual([
      {
        rule: 'api-compatibility',
        severity: 'error',
        file: 'packages/core/server/api/openapi.json',
        message: `@switchyard/server is stable, and its HTTP API breaks compatibility with @switchyard/server 1.0.0: ${named}.`,
        fix: FIX,
      },
    ]);
  });

  it.each(ADDITIVE)('passes a stable package on %s', (_kind, change) => {
    expect(check(withApi(stablePackage('server'), change))).toEqual([]);
  });

  it('passes a stable package whose pending changeset releases a major, noting the break', () => {
    const project = withApi(stablePackage('server'), (doc) => delete listedNetwork(doc).properties.mtu);
    const findings = check(project, [{ file: '.changeset/drop-mtu.md', packageName: '@switchyard/server', type: 'major' }]);
    expect(findings.map((finding) => finding.severity)).toEqual(['info']);
    expect(findings[0].message).toContain('the major release in .changeset/drop-mtu.md allows it');
  });

  it('still fails when the pending changeset is only a minor', () => {
    const project = withApi(stablePackage('server'), (doc) => delete listedNetwork(doc).properties.mtu);
    const findings = check(project, [{ file: '.changeset/drop-mtu.md', packageName: '@switchyard/server', type: 'minor' }]);
    expect(findings.map((finding) => finding.severity)).toEqual(['error']);
  });

  it('reports a preview package breaking its API as information only', () => {
    const findings = check(withApi(previewPackage('firewall'), (doc) => delete listedNetwork(doc).properties.mtu));
    expect(findings).toEqual([
      {
        rule: 'api-compatibility',
        severity: 'info',
        file: 'packages/preview/firewall/api/openapi.json',
        message:
          '@switchyard/firewall is a preview; its HTTP API changed incompatibly since @switchyard/firewall 0.1.0: GET /v2.0/networks 200 response networks[].mtu: removed from the response.',
        fix: 'nothing is required while @switchyard/firewall is a preview; mention the change in its changeset so users know',
      },
    ]);
  });

  it('skips packages without a released baseline', () => {
    expect(check(stablePackage('server'))).toEqual([]);
  });

  it('fails when the baseline exists but the current document was deleted', () => {
    const project = withApi(stablePackage('server'), () => undefined);
    const findings = check({ ...project, apiFiles: project.apiFiles.filter((file) => !file.file.endsWith('/api/openapi.json')) });
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', fix: 'regenerate it with `npx nx run @switchyard/server:openapi:update` and commit it' }),
    ]);
  });
});

describe('checkApiCompatibility on the TypeScript API (API Extractor doc models)', () => {
  const model = (name: 'released' | 'current') => readFileSync(new URL(`../../../tests/fixtures/compat/typescript/${name}.api.json`, import.meta.url), 'utf8');

  /** The fixture package's released and current models, as the main entry or as the `./cli` subpath. */
  function withModels(project: ProjectSnapshot, file: string): ProjectSnapshot {
    return {
      ...project,
      apiFiles: [
        { file: `${project.root}/api/${file}`, text: model('current') },
        { file: `${project.root}/api/released/${file}`, text: model('released') },
      ],
    };
  }

  it('reports a removed export of a stable package, on the main entry and on a subpath entry, naming the entry', () => {
    for (const [file, surface] of [
      ['model.api.json', 'TypeScript API'],
      ['cli.model.api.json', 'TypeScript API of ./cli'],
    ]) {
      const findings = check(withModels(stablePackage('server'), file));
      expect(findings.length).toBeGreaterThan(0);
      expect(findings.every((finding) => finding.severity === 'error' && finding.file === `packages/core/server/api/${file}`)).toBe(true);
      expect(findings.map((finding) => finding.message)).toContainEqual(expect.stringMatching(new RegExp(`^@switchyard/server is stable, and its ${surface.replace('.', '\\.')} breaks compatibility with its last release: export `)));
      expect(findings[0].fix).toBe(FIX);
    }
  });

  it('skips a subpath model without a released baseline, and reports a released one whose current model is gone', () => {
    const project = stablePackage('server');
    const newEntry = { file: `${project.root}/api/testing.model.api.json`, text: model('current') };
    expect(check({ ...project, apiFiles: [newEntry] })).toEqual([]);
    const dropped = { file: `${project.root}/api/released/cli.model.api.json`, text: model('released') };
    expect(check({ ...project, apiFiles: [dropped] })).toEqual([
      expect.objectContaining({ severity: 'error', file: 'packages/core/server/api/cli.model.api.json', message: expect.stringContaining('TypeScript API of ./cli') }),
    ]);
  });

  it('gives a preview the same changes as information only', () => {
    const findings = check(withModels(previewPackage('firewall'), 'model.api.json'));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
  });
});
