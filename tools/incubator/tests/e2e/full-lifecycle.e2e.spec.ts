import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_STEPS } from '../../src/generators/promote/promote.js';
import { WORKSPACE_FOLLOW_UP } from '../../src/lib/workspace-follow-up.js';
import { startServerIn } from './server-in-copy.js';
import { type WorkspaceCopy, copyWorkspace } from './workspace-copy.js';

/**
 * The maintainer's whole story on a copy of this workspace, with the real firewall: scaffold a
 * preview, promote `firewall`, retire the scaffolded preview, then lint, typecheck, test and the
 * policy check over what those changed. node_modules is laid out as `npm install` would after each
 * step (workspace links follow the packages), so Node, Nx and the lint rule resolve the copy.
 */
const SAMPLE = 'sample-svc';
const FIREWALL = '@switchyard/firewall';
const TEN_MINUTES = 600_000;

let copy: WorkspaceCopy;

beforeAll(() => {
  copy = copyWorkspace('full-lifecycle-e2e-', { workspaceLinks: {} });
  copy.write('blueprints/BP-9101.md', '---\nref: BP-9101\nstatus: approved\n---\n# Sample service\n');
});

afterAll(() => copy?.remove());

/** What `npm install` does to node_modules/@switchyard/<name> when a workspace package moves. */
function relink(packageName: string, folder: string | null): void {
  const link = path.join(copy.root, 'node_modules', packageName);
  rmSync(link, { force: true });
  if (folder !== null) symlinkSync(path.join(copy.root, folder), link, 'dir');
}

function succeed(...args: string[]): string {
  const { status, output } = copy.nx(...args);
  expect(status, output).toBe(0);
  return output;
}

/** Runs targets over some projects without Nx's cache: every task really runs in the copy. */
function runTargets(targets: string[], projects: string[]): string {
  return succeed('run-many', '-t', ...targets, `--projects=${projects.join(',')}`, '--output-style=static', '--skip-nx-cache');
}

/** `npm run config:sample` in the copy: build the CLI and the installed plugins, write what `config sample` prints. */
function regenerateSample(plugins: string[]): string {
  runTargets(['build'], ['@switchyard/cli', ...plugins]);
  const sample = spawnSync(process.execPath, ['packages/core/cli/dist/bin.js', 'config', 'sample'], { cwd: copy.root, encoding: 'utf-8' });
  expect(sample.status, sample.stderr).toBe(0);
  expect(sample.stderr).toBe('');
  copy.write('switchyard.toml', sample.stdout);
  return sample.stdout;
}

describe('scaffold, promote firewall, retire, then lint/typecheck/test/check (end to end)', () => {
  it('scaffolds a preview; after the follow-up it prints, its lint, typecheck and tests and the CLI\'s pass', () => {
    const output = succeed('g', '@switchyard/incubator:preview', SAMPLE, '--blueprint', 'BP-9101');
    expect(output).toContain(WORKSPACE_FOLLOW_UP);
    relink(`@switchyard/${SAMPLE}`, `packages/preview/${SAMPLE}`);
    const sample = regenerateSample([FIREWALL, `@switchyard/${SAMPLE}`]);
    expect(sample).toMatch(/^service_plugins = \[.*"sample-svc".*\]$/m);
    expect(sample).toContain('# PREVIEW: settings of the sample-svc plugin (@switchyard/sample-svc)');
    const checks = runTargets(['lint', 'typecheck', 'test'], [`@switchyard/${SAMPLE}`, '@switchyard/cli']);
    expect(checks).toMatch(/Successfully ran targets lint, typecheck, test for 2 projects/);
  }, TEN_MINUTES);

  it('promotes the real firewall: stable metadata, tag, folder, README and a 1.0.0 changeset', () => {
    const output = succeed('g', '@switchyard/incubator:promote', 'firewall');
    expect(output).toContain(`Promoting ${FIREWALL} to stable:`);
    relink(FIREWALL, 'packages/core/firewall');
    expect(existsSync(path.join(copy.root, 'packages/preview/firewall'))).toBe(false);
    const packageJson = JSON.parse(copy.read('packages/core/firewall/package.json'));
    expect(packageJson).toMatchObject({ switchyard: { stability: 'stable' }, nx: { tags: ['stability:stable'] } });
    expect(copy.read('packages/core/firewall/README.md')).not.toContain('**⚠ PREVIEW.**');
    expect(copy.read('.changeset/promote-firewall.md')).toMatch(/^---\n"@switchyard\/firewall": major\n---\n\nPromoted to stable: firewall /);
    expect(output).toContain(NEXT_STEPS);
  }, TEN_MINUTES);

  it('retires the scaffolded preview', () => {
    succeed('g', '@switchyard/incubator:retire', SAMPLE, '--reason', 'End-to-end check.');
    relink(`@switchyard/${SAMPLE}`, null);
    expect(existsSync(path.join(copy.root, `packages/preview/${SAMPLE}`))).toBe(false);
    expect(copy.read('tsconfig.json')).not.toContain(SAMPLE);
  }, TEN_MINUTES);

  it('then `npm run config:sample` (as promote says) regenerates switchyard.toml: firewall stable, the retired preview gone', () => {
    const sample = regenerateSample([FIREWALL]);
    expect(sample).toMatch(/^service_plugins = \["firewall"\]$/m);
    expect(sample).toMatch(/\n# Settings of the firewall plugin \(@switchyard\/firewall\)\.\n/);
    expect(sample).not.toMatch(/^# PREVIEW:/m);
    expect(sample).not.toContain('# [preview] Most rules a firewall policy may hold');
    expect(sample).toContain('\n# Most rules a firewall policy may hold');
  }, TEN_MINUTES);

  it('lint, typecheck, tests and API reports of the promoted firewall and its dependents pass, and so does the policy check', () => {
    const output = runTargets(['lint', 'typecheck', 'test', 'api-report', 'openapi'], [FIREWALL, '@switchyard/cli']);
    expect(output).toMatch(/Successfully ran targets lint, typecheck, test, api-report, openapi for 2 projects/);
    const check = succeed('run', '@switchyard/incubator:check', '--output-style=static', '--skip-nx-cache');
    expect(check).toMatch(/0 errors/);
  }, TEN_MINUTES);

  it('the root switchyard.toml still starts the server; the firewall is served as stable with no preview warning', async () => {
    const server = await startServerIn(copy.root, 'switchyard.toml');
    try {
      const response = await fetch(`${server.url}/v2.0/extensions`);
      const { extensions } = (await response.json()) as { extensions: { alias: string; stability?: string }[] };
      expect(extensions.filter((extension) => extension.alias.startsWith('fwaas'))).not.toEqual([]);
      expect(extensions.filter((extension) => extension.alias.startsWith('fwaas')).every((extension) => extension.stability === 'stable')).toBe(true);
      expect(server.output()).not.toMatch(/firewall is a preview service/);
    } finally {
      await server.stop();
    }
  }, TEN_MINUTES);
});
