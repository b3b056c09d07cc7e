import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkspaceSnapshot } from './read-workspace-snapshot.js';
import { runPolicy } from './run-policy.js';
import type { PackageJson, WorkspaceSnapshot } from './workspace-snapshot.js';

/** Once, against the real workspace: the adapter must see what Nx sees, and the policy must pass. */
let snapshot: WorkspaceSnapshot;

beforeAll(async () => {
  process.env.NX_DAEMON = 'false';
  snapshot = await readWorkspaceSnapshot(workspaceRoot);
}, 120_000);

interface PackageOnDisk {
  root: string;
  packageJson: PackageJson & { switchyard?: { stability: 'stable' | 'preview' } };
}

/**
 * The expectations come from the files on disk, never from which packages exist today: every
 * folder the root package.json's workspaces (`<folder>/*`) match that holds a package.json.
 */
function packagesOnDisk(): PackageOnDisk[] {
  const workspaces = (readJson('package.json') as { workspaces: string[] }).workspaces;
  return workspaces.flatMap((pattern) => {
    const folder = pattern.replace(/\/\*$/, '');
    return readdirSync(path.join(workspaceRoot, folder))
      .map((entry) => `${folder}/${entry}`)
      .filter((root) => existsSync(path.join(workspaceRoot, root, 'package.json')))
      .map((root) => ({ root, packageJson: readJson(`${root}/package.json`) as PackageOnDisk['packageJson'] }));
  });
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(workspaceRoot, file), 'utf-8'));
}

/** Numbered migration modules under `<root>/src`, specs left out, as the adapter's rule says, found by walking the folder. */
function migrationsOnDisk(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(workspaceRoot, folder), { withFileTypes: true })) {
      const file = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (/\/migrations\/\d{4}-[^/]+\.ts$/.test(file) && !file.endsWith('.spec.ts')) found.push(file);
    }
  };
  if (existsSync(path.join(workspaceRoot, root, 'src'))) walk(`${root}/src`);
  return found.sort();
}

const projectNamed = (name: string | undefined) => snapshot.projects.find((project) => project.name === name);

describe('readWorkspaceSnapshot on this workspace', () => {
  it('reads each package with its root, stability tag, package.json and README, as they are on disk', () => {
    const labelled = packagesOnDisk().filter(({ packageJson }) => packageJson.switchyard !== undefined);
    expect(labelled.length).toBeGreaterThan(0);
    for (const { root, packageJson } of labelled) {
      const stability = packageJson.switchyard?.stability ?? 'stable';
      const project = projectNamed(packageJson.name);
      expect(project, root).toMatchObject({ root, packageJson });
      expect(project?.root.startsWith(`${snapshot.config.folders[stability]}/`), root).toBe(true);
      expect(project?.tags.filter((tag) => tag.startsWith('stability:')), root).toEqual([`stability:${stability}`]);
      expect(project?.readme, root).toBe(readFileSync(path.join(workspaceRoot, root, 'README.md'), 'utf-8'));
      const pluginPackage = packageJson.peerDependencies?.['@switchyard/sdk'] !== undefined;
      expect(typeof project?.serviceName, `${root}: a plugin package names its service`).toBe(pluginPackage ? 'string' : 'undefined');
    }
    expect(projectNamed('@switchyard/incubator')?.packageJson.private).toBe(true);
  });

  it("reads each package's numbered migrations from the Nx file map, specs left out", () => {
    const server = projectNamed('@switchyard/server');
    expect(server?.migrationFiles[0].file).toBe('packages/core/server/src/neutron/migrations/0001-networks.ts');
    expect(server?.migrationFiles[0].text).toContain('createTable');
    for (const { root, packageJson } of packagesOnDisk()) {
      expect(projectNamed(packageJson.name)?.migrationFiles.map((migration) => migration.file), root).toEqual(migrationsOnDisk(root));
    }
  });

  it('takes edges and the files that create them from the Nx graph and file map, package.json included', () => {
    const names = new Set(packagesOnDisk().map(({ packageJson }) => packageJson.name));
    for (const { root, packageJson } of packagesOnDisk()) {
      const declared = Object.keys({ ...packageJson.dependencies, ...packageJson.devDependencies }).filter((name) => names.has(name));
      for (const target of declared) {
        const edge = snapshot.dependencies.find((candidate) => candidate.source === packageJson.name && candidate.target === target);
        expect(edge, `${packageJson.name} -> ${target}`).toMatchObject({ type: 'static' });
        expect(edge?.files, `${packageJson.name} -> ${target}`).toContain(`${root}/package.json`);
      }
    }
    const serverToDb = snapshot.dependencies.find((edge) => edge.source === '@switchyard/server' && edge.target === '@switchyard/db');
    expect(serverToDb?.files).toContain('packages/core/server/src/app.ts');
    expect(snapshot.dependencies.every((edge) => !edge.target.startsWith('npm:'))).toBe(true);
  });

  it('reads the lifecycle config from nx.json, the blueprints and switchyard.toml', () => {
    expect(snapshot.config.folders).toEqual({ stable: 'packages/core', preview: 'packages/preview' });
    const blueprintFiles = readdirSync(path.join(workspaceRoot, 'blueprints')).filter((file) => /^BP-\d+\.md$/.test(file));
    expect(snapshot.blueprints.map((blueprint) => `${blueprint.ref}.md`).sort()).toEqual(blueprintFiles.sort());
    expect(snapshot.blueprints.map((blueprint) => [blueprint.ref, blueprint.status])).toContainEqual(['BP-0001', 'approved']);
    expect(snapshot.switchyardToml?.text).toBe(readFileSync(path.join(workspaceRoot, 'switchyard.toml'), 'utf-8'));
  });

  it('reads the same snapshot from the graph Nx cached, as the lint rule does, once it is current', async () => {
    expect(await readWorkspaceSnapshot(workspaceRoot, { cachedGraph: true })).toEqual(snapshot);
  });

  it('passes the lifecycle policy with no errors', () => {
    expect(runPolicy(snapshot).filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
