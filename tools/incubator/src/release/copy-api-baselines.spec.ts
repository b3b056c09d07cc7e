import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceRoot } from '@nx/devkit';
import { listApiFiles } from '../compat/api-layout.js';
import { parseApiHistory } from '../compat/api-history.js';
import { apiSurfacesOf } from '../policy/rules/api-compatibility.js';
import { applyBaselineCopies, changedPackages, planBaselineCopies } from './copy-api-baselines.js';
import type { ReleasePackage } from './release-plan.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'api-baselines-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function pkg(name: string, version: string, isPrivate = false): ReleasePackage {
  return { name: `@switchyard/${name}`, dir: path.join(root, name), version, private: isPrivate, stability: 'stable' };
}

const MODELS = { '1.0.0': 'released.api.json', '1.1.0': 'current.api.json' } as const;

/** A real API file of that version: the compat fixtures' doc models, a one-operation OpenAPI document. */
function apiFileAt(file: string, version: keyof typeof MODELS): string {
  if (file === 'openapi.json') return openApi(version === '1.0.0' ? ['/v2.0/things', '/v2.0/widgets'] : ['/v2.0/things']);
  return readFileSync(path.join(workspaceRoot, 'tools/incubator/tests/fixtures/compat/typescript', MODELS[version]), 'utf8');
}

function openApi(paths: string[]): string {
  const operation = { get: { responses: { 200: { description: 'ok' } } } };
  return JSON.stringify({ openapi: '3.0.3', info: { title: 't', version: '1' }, paths: Object.fromEntries(paths.map((route) => [route, operation])) });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('changedPackages', () => {
  it('keeps public packages whose version changed', () => {
    const before = [pkg('sdk', '1.0.0'), pkg('server', '1.0.0'), pkg('incubator', '0.0.0', true)];
    const after = [pkg('sdk', '1.1.0'), pkg('server', '1.0.0'), pkg('incubator', '0.0.1', true), pkg('dns', '0.1.0')];
    expect(changedPackages(before, after).map((changed) => changed.name)).toEqual(['@switchyard/sdk']);
  });
});

describe('planBaselineCopies and applyBaselineCopies', () => {
  it('copies the API files a package has into api/released/ and records the new version', () => {
    write('server/api/report.api.md', '## API Report\n');
    write('server/api/openapi.json', '{"openapi":"3.1.0"}');
    write('server/api/released/report.api.md', 'old report');
    const copies = planBaselineCopies([pkg('server', '1.1.0')]);
    expect(copies[0].files.map((file) => path.relative(root, file.to))).toEqual(['server/api/released/openapi.json', 'server/api/released/report.api.md']);
    applyBaselineCopies(copies, 4);
    expect(readFileSync(path.join(root, 'server/api/released/report.api.md'), 'utf8')).toBe('## API Report\n');
    expect(readFileSync(path.join(root, 'server/api/released/openapi.json'), 'utf8')).toBe('{"openapi":"3.1.0"}');
    expect(JSON.parse(readFileSync(path.join(root, 'server/api/released/released.json'), 'utf8'))).toEqual({ version: '1.1.0' });
  });

  it('writes only released.json and the history for a package without API files', () => {
    mkdirSync(path.join(root, 'db'));
    applyBaselineCopies(planBaselineCopies([pkg('db', '1.0.1')]), 4);
    expect(readdirSync(path.join(root, 'db/api/released')).sort()).toEqual(['history.json', 'released.json']);
  });

  it('keeps every file the gate compares, subpath models included, and drops baselines of files api/ no longer has', () => {
    const current = ['model.api.json', 'cli.model.api.json', 'config-schema.model.api.json', 'openapi.json'];
    for (const file of current) write(`server/api/${file}`, apiFileAt(file, '1.1.0'));
    for (const file of [...current, 'testing.model.api.json']) write(`server/api/released/${file}`, apiFileAt(file, '1.0.0'));
    write('server/api/released/released.json', '{"version":"1.0.0"}');
    applyBaselineCopies(planBaselineCopies([pkg('server', '1.1.0')]), 4);
    const released = readdirSync(path.join(root, 'server/api/released'));
    const compared = apiSurfacesOf([...readdirSync(path.join(root, 'server/api')), ...released]).map((surface) => surface.file);
    expect(compared.sort()).toEqual([...current].sort());
    for (const file of compared) expect(readFileSync(path.join(root, 'server/api/released', file), 'utf8')).toBe(apiFileAt(file, '1.1.0'));
    expect(listApiFiles(released)).toEqual(listApiFiles(current));
    expect(JSON.parse(readFileSync(path.join(root, 'server/api/released/released.json'), 'utf8'))).toEqual({ version: '1.1.0' });
  });

  it('records each release in history.json: version, cycle and every API change against the baseline it replaces', () => {
    write('server/api/openapi.json', openApi(['/v2.0/things']));
    applyBaselineCopies(planBaselineCopies([pkg('server', '1.0.0')]), 2);
    write('server/api/openapi.json', openApi(['/v2.0/things', '/v2.0/widgets']));
    applyBaselineCopies(planBaselineCopies([pkg('server', '1.1.0')]), 3);
    write('server/api/openapi.json', openApi(['/v2.0/widgets']));
    applyBaselineCopies(planBaselineCopies([pkg('server', '2.0.0')]), 4);
    const file = path.join(root, 'server/api/released/history.json');
    expect(parseApiHistory(readFileSync(file, 'utf8'), file).releases).toEqual([
      { version: '1.0.0', cycle: 2, changes: [] },
      { version: '1.1.0', cycle: 3, changes: [{ surface: 'http', element: 'GET /v2.0/widgets', change: 'operation added', breaking: false }] },
      { version: '2.0.0', cycle: 4, changes: [{ surface: 'http', element: 'GET /v2.0/things', change: 'operation removed', breaking: true }] },
    ]);
    // One change per line: the committed file reads like a changelog in review.
    expect(readFileSync(file, 'utf8')).toContain('\n        {"surface":"http","element":"GET /v2.0/things","change":"operation removed","breaking":true}\n');
  });
});
