import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/index.js';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

describe('the repository switchyard.toml (used by npm start)', () => {
  it('is valid and opts in to the firewall preview it loads', () => {
    const config = loadConfig({ argv: ['--config', 'switchyard.toml'], env: {}, cwd: workspaceRoot });
    expect(config.servicePlugins).toEqual(['firewall']);
    expect(config.preview.enabled).toEqual(['firewall']);
    expect(config.database.url).toBe('sqlite:.switchyard/switchyard.db');
    expect(config.baseDir).toBe(workspaceRoot);
  });
});
