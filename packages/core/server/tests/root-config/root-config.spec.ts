import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Stability, readStabilityMetadata } from '@switchyard/sdk';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/index.js';
import { packageNameFor } from '../../src/plugins/package-name.js';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

function packageJsonOf(packageName: string): { path: string; json: Record<string, unknown> } {
  const packageJsonPath = createRequire(path.join(workspaceRoot, 'switchyard.toml')).resolve(`${packageName}/package.json`);
  return { path: packageJsonPath, json: JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown> };
}

/**
 * A plugin's stability as the server will read it: from the package.json that resolves next to
 * the config file, wherever the package lives today (a preview is promoted by moving it).
 */
function stabilityOf(entry: string): Stability {
  const { path: packageJsonPath, json } = packageJsonOf(packageNameFor(entry));
  return readStabilityMetadata(json, packageJsonPath).stability;
}

/**
 * The service plugins installed in the workspace, by the rule `switchyard config sample` uses to
 * list them (a `switchyard` field and a peer dependency on the SDK), so the expectation follows
 * the tree as previews are added, promoted and retired.
 */
function installedPluginPackages(): string[] {
  const scope = path.join(workspaceRoot, 'node_modules/@switchyard');
  const names = existsSync(scope) ? readdirSync(scope).map((entry) => `@switchyard/${entry}`) : [];
  return names
    .filter((name) => {
      const { json } = packageJsonOf(name);
      const peers = json.peerDependencies as Record<string, unknown> | undefined;
      return json.switchyard !== undefined && peers?.['@switchyard/sdk'] !== undefined;
    })
    .sort();
}

describe('the repository switchyard.toml (used by npm start)', () => {
  it('is valid and loads every service plugin installed in the workspace', () => {
    const config = loadConfig({ argv: ['--config', 'switchyard.toml'], env: {}, cwd: workspaceRoot });
    expect(config.servicePlugins.map(packageNameFor).sort(), 'regenerate it with: npm run config:sample').toEqual(installedPluginPackages());
    expect(config.database.url).toBe('sqlite:.switchyard/switchyard.db');
    expect(config.baseDir).toBe(workspaceRoot);
  });

  it('serves the dashboard exactly when the workspace has it installed', () => {
    const config = loadConfig({ argv: ['--config', 'switchyard.toml'], env: {}, cwd: workspaceRoot });
    const installed = existsSync(path.join(workspaceRoot, 'node_modules/@switchyard/dashboard/package.json'));
    expect(config.dashboard?.enabled, 'regenerate it with: npm run config:sample').toBe(installed);
  });

  it('opts in to exactly the previews it loads, as their package.json declares them', () => {
    const config = loadConfig({ argv: ['--config', 'switchyard.toml'], env: {}, cwd: workspaceRoot });
    const previews = config.servicePlugins.filter((entry) => stabilityOf(entry) === 'preview');
    expect(config.preview.enabled).toEqual(previews);
  });
});
