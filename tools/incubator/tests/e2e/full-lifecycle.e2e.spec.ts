import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEXT_STEPS } from '../../src/generators/promote/promote.js';
import { WORKSPACE_FOLLOW_UP } from '../../src/lib/workspace-follow-up.js';
import { findPreviewWording } from '../../src/policy/rules/find-preview-wording.js';
import { seedNxCache } from './seed-nx-cache.js';
import { startServerIn } from './server-in-copy.js';
import { type WorkspaceCopy, copyEnvironment, copyWorkspace } from './workspace-copy.js';

/**
 * The maintainer's whole story on a copy of this workspace: scaffold a preview, renew it in the
 * next cycle, promote every preview the workspace itself holds (the real ones, whatever they are
 * today), retire the scaffolded one, dry-run the release; after each step and the follow-up it prints, the copy's
 * whole `npm test` passes (less the end-to-end targets, which would run themselves again). node_modules is laid out as `npm install` would
 * after each step (workspace links follow the packages), so Node, Nx and the lint rule resolve the copy.
 */
const SAMPLE = 'sample-svc';
/** Scaffolded and promoted only when the workspace has no preview of its own left to promote. */
const PROMOTE_PROBE = 'promote-probe';
/** This very target and the other end-to-end suites, which the copy's `npm test` leaves out: they would run again in it. */
const THIS_TARGET = 'e2e-lifecycle';
const END_TO_END_TARGETS = new Set([THIS_TARGET, 'e2e']);
const TEN_MINUTES = 600_000;

interface Preview {
  service: string;
  packageName: string;
}

let copy: WorkspaceCopy;
let promoted: Preview[];

beforeAll(async () => {
  // The cache starts as a snapshot of this workspace's (the e2e-lifecycle target runs after npm
  // test's other targets): a task is replayed only when it already ran on the same inputs here or in the copy, so
  // each step's npm test runs what the step changed, and config:sample's builds serve the tests.
  copy = copyWorkspace('full-lifecycle-e2e-', { workspaceLinks: {}, useNxCache: true });
  await seedNxCache(copy.root);
  // mkdtemp makes the copy 0700; the db's specs run a child as another user, which must reach the copy.
  chmodSync(copy.root, 0o755);
  copy.write('blueprints/BP-9101.md', '---\nref: BP-9101\nstatus: approved\n---\n# Sample service\n');
  copy.write('blueprints/BP-9102.md', '---\nref: BP-9102\nstatus: approved\n---\n# Sample service, another cycle\n');
  promoted = previewsOfTheWorkspace();
  git('init', '--quiet');
  commitStep('the workspace as copied');
});

afterAll(() => copy?.remove());

/** The previews under packages/preview of the copy, read from their package.json. */
function previewsOfTheWorkspace(): Preview[] {
  const folder = path.join(copy.root, 'packages/preview');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((service) => existsSync(path.join(folder, service, 'package.json')))
    .map((service) => ({ service, packageJson: JSON.parse(readFileSync(path.join(folder, service, 'package.json'), 'utf-8')) }))
    .filter(({ packageJson }) => packageJson.switchyard?.stability === 'preview')
    .map(({ service, packageJson }) => ({ service, packageName: packageJson.name as string }));
}

function git(...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], { cwd: copy.root, encoding: 'utf-8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Each step is committed in the copy's own git, so a later step can show that it writes nothing (git status). */
function commitStep(message: string): void {
  git('add', '--all');
  git('commit', '--quiet', '--allow-empty', '-m', message);
}

/** What `npm install` does to node_modules/@switchyard/<name> when a workspace package moves. */
function relink(packageName: string, folder: string | null): void {
  const link = path.join(copy.root, 'node_modules', packageName);
  rmSync(link, { force: true });
  if (folder !== null) symlinkSync(path.join(copy.root, folder), link, 'dir');
}

/** `npm <args>` in the copy, with the environment copy.nx gives Nx (no daemon, the copy's own cache). */
function npm(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npm', args, { cwd: copy.root, encoding: 'utf-8', env: copyEnvironment(true) });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function succeed(...args: string[]): string {
  const { status, output } = copy.nx(...args);
  expect(status, output).toBe(0);
  return output;
}

/** `npm run config:sample` in the copy: build every package, write what `config sample` prints. */
function regenerateSample(): string {
  succeed('run-many', '-t', 'build', '--output-style=static');
  const sample = spawnSync(process.execPath, ['packages/core/cli/dist/bin.js', 'config', 'sample'], { cwd: copy.root, encoding: 'utf-8' });
  expect(sample.status, sample.stderr).toBe(0);
  expect(sample.stderr).toBe('');
  copy.write('switchyard.toml', sample.stdout);
  return sample.stdout;
}

function releaseCycle(): number {
  return (JSON.parse(copy.read('release-cycle.json')) as { currentReleaseCycle: number }).currentReleaseCycle;
}

/** The targets of the copy's own `npm test` script (`nx run-many -t <targets> ...`), less the end-to-end ones. */
function npmTestTargets(): string[] {
  const script = (JSON.parse(copy.read('package.json')) as { scripts: { test: string } }).scripts.test;
  const targets = /\brun-many -t ((?:\w[\w:-]* ?)+)/.exec(script)?.[1]?.trim().split(' ');
  expect(targets, `npm test is not \`nx run-many -t <targets>\`: ${script}`).toContain(THIS_TARGET);
  return (targets ?? []).filter((target) => !END_TO_END_TARGETS.has(target));
}

/**
 * The copy's whole `npm test`, less the end-to-end targets. Returns the tasks that really ran (`project:target`),
 * not those replayed from the cache (marked [local cache]), so each step can say what it affected.
 */
function runNpmTest(step: string): string[] {
  const started = Date.now();
  const output = succeed('run-many', '-t', ...npmTestTargets(), '--output-style=static');
  expect(output).toMatch(/Successfully ran targets? /);
  const ran = [...output.matchAll(/^> nx run (\S+:[\w-]+)(?!.*\[(local cache|existing outputs)).*$/gm)].map((match) => match[1] as string);
  // What a step costs, for whoever tunes the targets' inputs: the tasks it really reran.
  console.log(`npm test after ${step}: ${Math.round((Date.now() - started) / 1000)} s, ${ran.length} tasks ran (the rest replayed): ${ran.join(' ')}`);
  return ran;
}

describe('scaffold, renew, promote the previews, retire; npm test after each (end to end)', () => {
  it('scaffolds a preview; after the follow-up it prints, npm test passes', () => {
    const output = succeed('g', '@switchyard/incubator:preview', SAMPLE, '--blueprint', 'BP-9101');
    expect(output).toContain(WORKSPACE_FOLLOW_UP);
    expect(output).toContain(`  [preview] enabled = [..., "${SAMPLE}"]`);
    expect(JSON.parse(copy.read(`packages/preview/${SAMPLE}/package.json`))).toMatchObject({
      name: `@switchyard/${SAMPLE}`,
      switchyard: { stability: 'preview', enteredCycle: releaseCycle(), blueprint: 'BP-9101' },
    });
    expect(JSON.parse(copy.read('tsconfig.json')).references).toContainEqual({ path: `./packages/preview/${SAMPLE}` });
    expect(copy.read(`.changeset/preview-${SAMPLE}.md`)).toMatch(new RegExp(`^---\\n"@switchyard\\/${SAMPLE}": minor\\n---\\n`));
    relink(`@switchyard/${SAMPLE}`, `packages/preview/${SAMPLE}`);
    const sample = regenerateSample();
    expect(sample).toMatch(/^service_plugins = \[.*"sample-svc".*\]$/m);
    expect(sample).toContain('# PREVIEW: settings of the sample-svc plugin (@switchyard/sample-svc)');
    const ran = runNpmTest(`preview ${SAMPLE}`);
    // The root switchyard.toml changed: the server's and the CLI's specs of it ran, with the scaffold's own tests.
    expect(ran).toEqual(expect.arrayContaining([`@switchyard/${SAMPLE}:test`, '@switchyard/server:root-config', '@switchyard/cli:root-config']));
    commitStep(`preview ${SAMPLE}`);
  }, TEN_MINUTES);

  it('renews the scaffolded preview in the next cycle (refused in the cycle it entered, and twice under one blueprint); then npm test passes', () => {
    const entered = releaseCycle();
    expect(copy.nx('g', '@switchyard/incubator:renew', SAMPLE, '--blueprint', 'BP-9102').output).toContain(
      `Cannot renew "${SAMPLE}": @switchyard/${SAMPLE} entered preview in cycle ${entered}, and the current cycle is ${entered}`,
    );
    expect(succeed('g', '@switchyard/incubator:open-cycle', '--cycle', String(entered + 1))).toContain(`Release cycle ${entered + 1} is open (was ${entered})`);
    expect(succeed('g', '@switchyard/incubator:renew', SAMPLE, '--blueprint', 'BP-9102')).toContain(`renewed in cycle ${entered + 1} under BP-9102`);
    expect(JSON.parse(copy.read(`packages/preview/${SAMPLE}/package.json`)).switchyard.renewals).toEqual([{ cycle: entered + 1, blueprint: 'BP-9102' }]);
    const again = copy.nx('g', '@switchyard/incubator:renew', SAMPLE, '--blueprint', 'BP-9102');
    expect(again.status).not.toBe(0);
    expect(again.output).toContain(`Cannot renew "${SAMPLE}": @switchyard/${SAMPLE} already used blueprint BP-9102`);
    const ran = runNpmTest(`renew ${SAMPLE}`);
    expect(ran).toEqual(expect.arrayContaining([`@switchyard/${SAMPLE}:test`, '@switchyard/incubator:check']));
    commitStep(`renew ${SAMPLE}`);
  }, TEN_MINUTES);

  it('promotes every preview of the workspace: stable metadata, tag, folder, README, a 1.0.0 changeset; then npm test passes', () => {
    if (promoted.length === 0) {
      succeed('g', '@switchyard/incubator:preview', PROMOTE_PROBE, '--blueprint', 'BP-9101');
      relink(`@switchyard/${PROMOTE_PROBE}`, `packages/preview/${PROMOTE_PROBE}`);
      promoted = [{ service: PROMOTE_PROBE, packageName: `@switchyard/${PROMOTE_PROBE}` }];
    }
    for (const { service, packageName } of promoted) {
      const output = succeed('g', '@switchyard/incubator:promote', service);
      expect(output).toContain(`Promoting ${packageName} to stable:`);
      expect(output).toContain(NEXT_STEPS);
      relink(packageName, `packages/core/${service}`);
      expect(existsSync(path.join(copy.root, `packages/preview/${service}`))).toBe(false);
      expect(JSON.parse(copy.read(`packages/core/${service}/package.json`))).toMatchObject({ switchyard: { stability: 'stable' }, nx: { tags: ['stability:stable'] } });
      expect(copy.read(`packages/core/${service}/README.md`)).not.toContain('**⚠ PREVIEW.**');
      // The detector of the readme-preview-wording rule: promote dropped the preview-only passages, and nothing else says preview.
      expect(findPreviewWording(copy.read(`packages/core/${service}/README.md`), { packageName, serviceNames: [service] })).toEqual([]);
      expect(copy.read(`.changeset/promote-${service}.md`)).toMatch(new RegExp(`^---\\n"${packageName.replace('/', '\\/')}": major\\n---\\n\\nPromoted to stable: ${service} `));
    }
    const sample = regenerateSample();
    for (const { service } of promoted) expect(sample).not.toMatch(new RegExp(`^# PREVIEW: settings of the ${service} plugin`, 'm'));
    const ran = runNpmTest(`promote ${promoted.map(({ service }) => service).join(', ')}`);
    expect(ran).toEqual(expect.arrayContaining([...promoted.map(({ packageName }) => `${packageName}:test`), '@switchyard/server:root-config']));
    commitStep(`promote ${promoted.map(({ service }) => service).join(', ')}`);
  }, TEN_MINUTES);

  it('retires the scaffolded preview and its own changeset; after `npm run config:sample` no preview is left and npm test passes', () => {
    const output = succeed('g', '@switchyard/incubator:retire', SAMPLE, '--reason', 'End-to-end check.');
    relink(`@switchyard/${SAMPLE}`, null);
    expect(existsSync(path.join(copy.root, `packages/preview/${SAMPLE}`))).toBe(false);
    expect(copy.read('tsconfig.json')).not.toContain(SAMPLE);
    // Retired before any release: the changeset its scaffolding wrote bumps only it, so retire deletes it and says so.
    expect(existsSync(path.join(copy.root, `.changeset/preview-${SAMPLE}.md`))).toBe(false);
    expect(output).toContain(`.changeset/preview-${SAMPLE}.md`);
    const sample = regenerateSample();
    expect(sample).toMatch(new RegExp(`^service_plugins = \\[${promoted.map(({ service }) => `"${service}"`).join(', ')}\\]$`, 'm'));
    expect(sample).not.toMatch(/^# PREVIEW:/m);
    expect(sample).toMatch(/^\[preview\]\n(#.*\n)*enabled = \[\]$/m);
    expect(JSON.parse(copy.read('retired.json')).retired).toContainEqual(expect.objectContaining({ name: SAMPLE, lastVersion: '0.1.0' }));
    const ran = runNpmTest(`retire ${SAMPLE}`);
    expect(ran).toEqual(expect.arrayContaining(['@switchyard/incubator:check', '@switchyard/server:root-config']));
    const reuse = copy.nx('g', '@switchyard/incubator:preview', SAMPLE, '--blueprint', 'BP-9101', '--dry-run');
    expect(reuse.output).toContain(`Cannot create preview "${SAMPLE}": it belonged to @switchyard/${SAMPLE}, retired in cycle`);
    commitStep(`retire ${SAMPLE}`);
  }, TEN_MINUTES);

  it('after the retirement, `npm run release -- --dry-run` succeeds and writes nothing', () => {
    // The copy's registry is the public one: the dry run only warns that the real release needs --public.
    const release = npm('run', 'release', '--', '--dry-run');
    expect(release.status, release.output).toBe(0);
    expect(release.output).toContain('Release plan');
    expect(git('status', '--porcelain')).toBe('');
  }, TEN_MINUTES);

  it('the root switchyard.toml still starts the server; the promoted services are served as stable with no preview warning', async () => {
    const server = await startServerIn(copy.root, 'switchyard.toml');
    try {
      const response = await fetch(`${server.url}/v2.0/extensions`);
      const { extensions } = (await response.json()) as { extensions: { alias: string; stability?: string }[] };
      expect(extensions).not.toEqual([]);
      expect(extensions.filter((extension) => extension.stability !== 'stable')).toEqual([]);
      expect(server.output()).not.toMatch(/is a preview service/);
    } finally {
      await server.stop();
    }
  }, TEN_MINUTES);
});
