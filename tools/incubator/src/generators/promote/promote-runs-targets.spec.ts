import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { logger, readJson, workspaceRoot, writeJson, type Tree } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { previewWorkspace } from './promote-fixture.js';
import { promoteGenerator } from './promote.js';

/**
 * The `tests` criterion for real: the fixture workspace written to disk (node_modules linked from
 * this one, nothing installed), its firewall's lint, typecheck and test targets tiny commands, and
 * promote running them through Nx.
 */
let root: string;

beforeEach(() => {
  vi.spyOn(logger, 'info').mockImplementation(() => undefined);
  vi.stubEnv('NX_DAEMON', 'false');
  vi.stubEnv('NX_NO_CLOUD', 'true');
  // Plugins in Nx's own process: a worker per plugin doubles the time of each short run.
  vi.stubEnv('NX_ISOLATE_PLUGINS', 'false');
  root = mkdtempSync(path.join(tmpdir(), 'promote-runs-targets-'));
  return () => vi.restoreAllMocks();
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** The fixture on disk, the firewall's test target printing `testOutput` and exiting with `testExit`. */
function writeFixture(testExit: number, testOutput: string): void {
  const tree = previewWorkspace();
  tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  tests: true\n---\n# Firewall\n');
  const packageJson = readJson(tree, 'packages/preview/firewall/package.json');
  packageJson.nx.targets = {
    ...packageJson.nx.targets,
    lint: { command: 'node -e "console.log(\'0 problems\')"' },
    typecheck: { command: 'node -e "console.log(\'no errors\')"' },
    test: { command: 'node packages/preview/firewall/test.mjs' },
  };
  tree.write('packages/preview/firewall/test.mjs', `console.log(${JSON.stringify(testOutput)});\nprocess.exit(${testExit});\n`);
  writeJson(tree, 'packages/preview/firewall/package.json', packageJson);
  flush(tree, root);
  symlinkSync(path.join(workspaceRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
}

function flush(tree: Tree, target: string): void {
  for (const change of tree.listChanges()) {
    if (change.type === 'DELETE' || change.content === null) continue;
    mkdirSync(path.dirname(path.join(target, change.path)), { recursive: true });
    writeFileSync(path.join(target, change.path), change.content);
  }
}

describe('promote runs the preview’s lint, typecheck and test targets through Nx', () => {
  it('refuses a preview whose test target fails, quoting its output', async () => {
    writeFixture(1, 'FAIL tests/api/rules.spec.ts > lists rules');
    const tree = new FsTree(root, false);
    await expect(promoteGenerator(tree, { name: 'firewall' })).rejects.toThrow(
      /@switchyard\/firewall:test failed \(exit code 1\)[\s\S]*\| FAIL tests\/api\/rules\.spec\.ts > lists rules[\s\S]*Fix it until `npx nx run @switchyard\/firewall:test` passes/,
    );
    expect(tree.listChanges()).toEqual([]);
  }, 60_000);

  it('promotes a preview whose targets pass', async () => {
    writeFixture(0, '4 passed');
    const tree = new FsTree(root, false);
    await promoteGenerator(tree, { name: 'firewall' });
    expect(tree.exists('packages/core/firewall/package.json')).toBe(true);
  }, 60_000);
});
