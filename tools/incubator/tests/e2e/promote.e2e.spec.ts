import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@nx/devkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Runs `nx g @switchyard/incubator:promote firewall` for real, on a copy of this workspace.
 * node_modules is symlinked rather than copied (it is large and only read); build output,
 * caches and git data are left out.
 */
const SKIPPED = new Set(['node_modules', '.git', '.nx', 'dist', 'out-tsc', '.switchyard']);
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'promote-e2e-'));
  cpSync(workspaceRoot, copy, { recursive: true, filter: (source) => !SKIPPED.has(path.basename(source)) });
  symlinkSync(path.join(workspaceRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  // The copy must meet the criteria whatever today's blueprints/ holds; the generator is under test, not the firewall.
  if (!existsSync(path.join(copy, 'blueprints/BP-0002.md'))) writeBlueprint('blueprints/BP-0002.md');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

function writeBlueprint(file: string): void {
  mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
  writeFileSync(path.join(copy, file), '---\nstatus: approved\n---\n# Firewall\n');
}

function nx(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', ['nx', ...args], {
    cwd: copy,
    encoding: 'utf-8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_INTERACTIVE: 'false', NX_SKIP_NX_CACHE: 'true' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(copy, folder), { recursive: true, encoding: 'utf-8' }).sort();
}

function read(file: string): string {
  return readFileSync(path.join(copy, file), 'utf-8');
}

describe('nx g @switchyard/incubator:promote (end to end)', () => {
  it('refuses an unknown package with the reason, changing nothing', () => {
    const { status, output } = nx('g', '@switchyard/incubator:promote', 'nope');
    expect(status).not.toBe(0);
    expect(output).toContain('Cannot promote "nope": packages/preview/nope/package.json does not exist.');
  }, 60_000);

  it('with --dry-run lists the changes and writes nothing', () => {
    const before = { preview: filesUnder('packages/preview'), toml: read('switchyard.toml'), changesets: filesUnder('.changeset') };
    const { status, output } = nx('g', '@switchyard/incubator:promote', 'firewall', '--dry-run');
    expect(status, output).toBe(0);
    expect(output).toContain('Promoting @switchyard/firewall to stable:');
    expect(output).toContain('.changeset/promote-firewall.md');
    expect({ preview: filesUnder('packages/preview'), toml: read('switchyard.toml'), changesets: filesUnder('.changeset') }).toEqual(before);
    expect(existsSync(path.join(copy, 'packages/core/firewall'))).toBe(false);
  }, 60_000);

  it('moves the firewall into packages/core as a stable package', () => {
    const { status, output } = nx('g', '@switchyard/incubator:promote', 'firewall');
    expect(status, output).toBe(0);
    expect(existsSync(path.join(copy, 'packages/preview/firewall/package.json'))).toBe(false);
    const packageJson = JSON.parse(read('packages/core/firewall/package.json'));
    expect(packageJson).toMatchObject({ name: '@switchyard/firewall', switchyard: { stability: 'stable' }, nx: { tags: ['stability:stable'] } });
    expect(read('packages/core/firewall/README.md')).not.toContain('**⚠ PREVIEW.**');
    expect(read('switchyard.toml')).not.toMatch(/PREVIEW: settings of the firewall/);
    expect(JSON.parse(read('tsconfig.json')).references).toContainEqual({ path: './packages/core/firewall' });
    expect(read('.changeset/promote-firewall.md')).toMatch(/^---\n"@switchyard\/firewall": major\n---\n\nPromoted to stable: firewall /);
  }, 60_000);
});
