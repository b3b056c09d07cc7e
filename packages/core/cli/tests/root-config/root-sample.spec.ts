import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../api/cli-harness.js';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');

/** Regenerates the root sample with the built CLI (the plugins' dist is what it imports). */
export const REGENERATE = 'npm run config:sample';

describe('the repository switchyard.toml', () => {
  it('is what `switchyard config sample` prints in the workspace', async () => {
    const committed = readFileSync(path.join(workspaceRoot, 'switchyard.toml'), 'utf8');
    // The plugins installed in the workspace, whichever they are, as the CLI finds them from there.
    const result = await runCli(['config', 'sample'], { cwd: workspaceRoot, searchDirectories: [workspaceRoot] });
    expect(result.stderr).toBe('');
    expect(result.stdout, `switchyard.toml is out of date; regenerate it from the workspace root with:\n  ${REGENERATE}\n`).toBe(committed);
  });
});
