import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listApiFiles } from '../compat/api-layout.js';
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
    applyBaselineCopies(copies);
    expect(readFileSync(path.join(root, 'server/api/released/report.api.md'), 'utf8')).toBe('## API Report\n');
    expect(readFileSync(path.join(root, 'server/api/released/openapi.json'), 'utf8')).toBe('{"openapi":"3.1.0"}');
    expect(JSON.parse(readFileSync(path.join(root, 'server/api/released/released.json'), 'utf8'))).toEqual({ version: '1.1.0' });
  });

  it('writes only released.json for a package without API files', () => {
    mkdirSync(path.join(root, 'db'));
    applyBaselineCopies(planBaselineCopies([pkg('db', '1.0.1')]));
    expect(readdirSync(path.join(root, 'db/api/released'))).toEqual(['released.json']);
  });

  it('keeps every file the gate compares, subpath models included, and drops baselines of files api/ no longer has', () => {
    const current = ['model.api.json', 'cli.model.api.json', 'config-schema.model.api.json', 'openapi.json'];
    for (const file of current) write(`server/api/${file}`, `${file} at 1.1.0`);
    for (const file of [...current, 'testing.model.api.json']) write(`server/api/released/${file}`, `${file} at 1.0.0`);
    write('server/api/released/released.json', '{"version":"1.0.0"}');
    applyBaselineCopies(planBaselineCopies([pkg('server', '1.1.0')]));
    const released = readdirSync(path.join(root, 'server/api/released'));
    const compared = apiSurfacesOf([...readdirSync(path.join(root, 'server/api')), ...released]).map((surface) => surface.file);
    expect(compared.sort()).toEqual([...current].sort());
    for (const file of compared) expect(readFileSync(path.join(root, 'server/api/released', file), 'utf8')).toBe(`${file} at 1.1.0`);
    expect(listApiFiles(released)).toEqual(listApiFiles(current));
    expect(JSON.parse(readFileSync(path.join(root, 'server/api/released/released.json'), 'utf8'))).toEqual({ version: '1.1.0' });
  });
});
