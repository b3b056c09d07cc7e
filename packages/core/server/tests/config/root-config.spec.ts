import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Stability, readStabilityMetadata } from '@switchyard/sdk';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/index.js';
import { packageNameFor } from '../../src/plugins/package-name.js';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

/**
 * A plugin's stability as the server will read it: from the package.json that resolves next to
 * the config file, wherever the package lives today (a preview is promoted by moving it).
 */
function stabilityOf(entry: string): Stability {
  const packageJsonPath = createRequire(path.join(workspaceRoot, 'switchyard.toml')).resolve(`${packageNameFor(entry)}/package.json`);
  return readStabilityMetadata(JSON.parse(readFileSync(packageJsonPath, 'utf8')), packageJsonPath).stability;
}

describe('the repository switchyard.toml (used by npm start)', () => {
  it('is valid and loads the firewall from the workspace', () => {
    const config = loadConfig({ argv: ['--config', 'switchyard.toml'], env: {}, cwd: workspaceRoot });
    expect(config.servicePlugins).toEqual(['firewall']);
    expect(config.database.url).toBe('sqlite:.switchyard/switchyard.db');
    expect(config.baseDir).toBe(workspaceRoot);
  });

  it('opts in to exactly the previews it loads, as their package.json declares them', () => {
    const config = loadConfig({ argv: ['--config', 'switchyard.toml'], env: {}, cwd: workspaceRoot });
    const previews = config.servicePlugins.filter((entry) => stabilityOf(entry) === 'preview');
    expect(config.preview.enabled).toEqual(previews);
  });
});
