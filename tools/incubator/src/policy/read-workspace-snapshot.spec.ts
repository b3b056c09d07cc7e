import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceSnapshot } from './read-workspace-snapshot.js';
import { runPolicy } from './run-policy.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

/** Once, against the real workspace: the adapter must see what Nx sees, and the policy must pass. */
let snapshot: WorkspaceSnapshot;

const FIREWALL = '@switchyard/firewall';

/**
 * The firewall as Node finds it by package name, whether it is a preview today or was promoted:
 * the snapshot must agree with that folder and with the stability its package.json declares.
 */
function firewallOnDisk(): { root: string; packageJson: { switchyard: { stability: 'stable' | 'preview' } } } {
  const packageJsonPath = createRequire(path.join(workspaceRoot, 'package.json')).resolve(`${FIREWALL}/package.json`);
  return {
    root: path.relative(workspaceRoot, path.dirname(packageJsonPath)).split(path.sep).join('/'),
    packageJson: JSON.parse(readFileSync(packageJsonPath, 'utf-8')),
  };
}

beforeAll(async () => {
  process.env.NX_DAEMON = 'false';
  snapshot = await readWorkspaceSnapshot(workspaceRoot);
}, 120_000);

describe('readWorkspaceSnapshot on this workspace', () => {
  it('reads each project with its root, stability tag, package.json and README', () => {
    const onDisk = firewallOnDisk();
    const { stability } = onDisk.packageJson.switchyard;
    const firewall = snapshot.projects.find((project) => project.name === FIREWALL);
    expect(firewall).toMatchObject({ root: onDisk.root, serviceName: 'firewall' });
    expect(firewall?.root.startsWith(`${snapshot.config.folders[stability]}/`)).toBe(true);
    expect(firewall?.tags.filter((tag) => tag.startsWith('stability:'))).toEqual([`stability:${stability}`]);
    expect(firewall?.packageJson.switchyard).toEqual(onDisk.packageJson.switchyard);
    expect(firewall?.packageJson.switchyard).toMatchObject({ blueprint: 'BP-0002' });
    expect(firewall?.readme).toMatch(/^# @switchyard\/firewall\n/);
    expect(/^# @switchyard\/firewall\n\n> \*\*⚠ PREVIEW\.\*\*/.test(firewall?.readme ?? '')).toBe(stability === 'preview');
    expect(snapshot.projects.find((project) => project.name === '@switchyard/incubator')?.packageJson.private).toBe(true);
  });

  it("reads each package's numbered migrations from the Nx file map, specs left out", () => {
    const server = snapshot.projects.find((project) => project.name === '@switchyard/server');
    expect(server?.migrationFiles.map((migration) => migration.file)).toEqual([
      'packages/core/server/src/neutron/migrations/0001-networks.ts',
      'packages/core/server/src/neutron/migrations/0002-subnets.ts',
      'packages/core/server/src/neutron/migrations/0003-ports.ts',
      'packages/core/server/src/neutron/migrations/0004-routers.ts',
    ]);
    expect(server?.migrationFiles[0].text).toContain('createTable');
    const firewall = snapshot.projects.find((project) => project.name === FIREWALL);
    expect(firewall?.migrationFiles.map((migration) => path.basename(migration.file))).toEqual(['0001-create-firewall-tables.ts']);
  });

  it('takes edges and the files that create them from the Nx graph and file map, package.json included', () => {
    const firewallToServer = snapshot.dependencies.find((edge) => edge.source === FIREWALL && edge.target === '@switchyard/server');
    expect(firewallToServer).toMatchObject({ type: 'static' });
    expect(firewallToServer?.files).toContain(`${firewallOnDisk().root}/package.json`);
    const serverToDb = snapshot.dependencies.find((edge) => edge.source === '@switchyard/server' && edge.target === '@switchyard/db');
    expect(serverToDb?.files).toContain('packages/core/server/src/app.ts');
    expect(snapshot.dependencies.every((edge) => !edge.target.startsWith('npm:'))).toBe(true);
  });

  it('reads the lifecycle config from nx.json, the blueprints and switchyard.toml', () => {
    expect(snapshot.config.folders).toEqual({ stable: 'packages/core', preview: 'packages/preview' });
    expect(snapshot.blueprints.map((blueprint) => [blueprint.ref, blueprint.status])).toEqual(
      expect.arrayContaining([
        ['BP-0001', 'approved'],
        ['BP-0002', 'approved'],
      ]),
    );
    expect(snapshot.switchyardToml?.text).toContain('[plugins.firewall]');
  });

  it('reads the same snapshot from the graph Nx cached, as the lint rule does, once it is current', async () => {
    expect(await readWorkspaceSnapshot(workspaceRoot, { cachedGraph: true })).toEqual(snapshot);
  });

  it('passes the lifecycle policy with no errors', () => {
    expect(runPolicy(snapshot).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
