import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readReleasePlan, toReleaseRows } from './release-plan.js';

/**
 * A small workspace shaped like ours (sdk, server depending on it, a preview plugin with an sdk
 * peer range, a private tool) using this repository's own .changeset/config.json, so the test
 * proves what our Changesets configuration does, computed by Changesets itself.
 */
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'release-plan-'));
  writeJson('package.json', { name: 'fixture-root', private: true, workspaces: ['packages/core/*', 'packages/preview/*', 'tools/*'] });
  mkdirSync(path.join(root, '.changeset'));
  cpSync(path.join(workspaceRoot, '.changeset/config.json'), path.join(root, '.changeset/config.json'));
  writePackage('packages/core/sdk', { name: '@switchyard/sdk', version: '1.0.0', switchyard: { stability: 'stable' } });
  writePackage('packages/core/server', { name: '@switchyard/server', version: '1.2.0', switchyard: { stability: 'stable' }, dependencies: { '@switchyard/sdk': '^1.0.0' } });
  writePackage('packages/preview/firewall', {
    name: '@switchyard/firewall',
    version: '0.1.0',
    switchyard: { stability: 'preview' },
    peerDependencies: { '@switchyard/sdk': '^1.0.0' },
    devDependencies: { '@switchyard/sdk': '^1.0.0' },
  });
  writePackage('tools/incubator', { name: '@switchyard/incubator', version: '0.0.0', private: true, dependencies: { '@switchyard/sdk': '^1.0.0' } });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writeJson(file: string, value: unknown): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), JSON.stringify(value, null, 2));
}

function writePackage(dir: string, packageJson: Record<string, unknown>): void {
  writeJson(`${dir}/package.json`, packageJson);
}

function writeChangeset(name: string, releases: Record<string, string>): void {
  const front = Object.entries(releases).map(([pkg, type]) => `"${pkg}": ${type}`);
  writeFileSync(path.join(root, '.changeset', `${name}.md`), `---\n${front.join('\n')}\n---\n\nA change.\n`);
}

describe('readReleasePlan (Changesets on a fixture workspace with our config)', () => {
  it('is empty without pending changesets, and counts an empty changeset (a retirement note) that changes no version', async () => {
    expect(await readReleasePlan(root)).toEqual({ rows: [], changesets: 0 });
    writeFileSync(path.join(root, '.changeset', 'retire-dns.md'), '---\n---\n\nRetired the preview @switchyard/dns.\n');
    expect(await readReleasePlan(root)).toEqual({ rows: [], changesets: 1 });
  });

  it('bumps a preview on its own 0.x version, with its stability', async () => {
    writeChangeset('firewall-rules', { '@switchyard/firewall': 'minor' });
    expect((await readReleasePlan(root)).rows).toEqual([{ packageName: '@switchyard/firewall', oldVersion: '0.1.0', newVersion: '0.2.0', bump: 'minor', stability: 'preview' }]);
  });

  it('releases a core minor alone: dependents and the plugin whose peer range still holds keep their versions', async () => {
    writeChangeset('sdk-helper', { '@switchyard/sdk': 'minor' });
    expect((await readReleasePlan(root)).rows).toEqual([{ packageName: '@switchyard/sdk', oldVersion: '1.0.0', newVersion: '1.1.0', bump: 'minor', stability: 'stable' }]);
  });

  it('shows an sdk major taking the preview out of its peer range: Changesets would release it as 1.0.0 (the release refuses that)', async () => {
    writeChangeset('sdk-break', { '@switchyard/sdk': 'major' });
    const { rows } = await readReleasePlan(root);
    expect(rows.map((row) => `${row.packageName} ${row.oldVersion} -> ${row.newVersion} ${row.bump} ${row.stability}`)).toEqual([
      '@switchyard/firewall 0.1.0 -> 1.0.0 major preview',
      '@switchyard/sdk 1.0.0 -> 2.0.0 major stable',
      '@switchyard/server 1.2.0 -> 1.2.1 patch stable',
    ]);
  });

  it('shows what an independent release of several packages does to each version', async () => {
    writeChangeset('server-fix', { '@switchyard/server': 'patch' });
    writeChangeset('firewall-breaking', { '@switchyard/firewall': 'minor' });
    const { rows } = await readReleasePlan(root);
    expect(rows.map((row) => `${row.packageName} ${row.oldVersion} -> ${row.newVersion} ${row.bump} ${row.stability}`)).toEqual([
      '@switchyard/firewall 0.1.0 -> 0.2.0 minor preview',
      '@switchyard/server 1.2.0 -> 1.2.1 patch stable',
    ]);
  });
});

describe('toReleaseRows', () => {
  it('drops releases that change nothing and marks packages it does not know', () => {
    const releases = [
      { name: '@acme/x', type: 'patch' as const, oldVersion: '1.0.0', newVersion: '1.0.1' },
      { name: '@switchyard/incubator', type: 'none' as const, oldVersion: '0.0.0', newVersion: '0.0.0' },
    ];
    expect(toReleaseRows(releases, [])).toEqual([{ packageName: '@acme/x', oldVersion: '1.0.0', newVersion: '1.0.1', bump: 'patch', stability: 'unknown' }]);
  });
});
