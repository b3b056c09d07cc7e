import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { seedNxCache } from './seed-nx-cache.js';
import { type WorkspaceCopy, copyEnvironment, copyWorkspace } from './workspace-copy.js';

/**
 * The end-to-end targets, which a copy's `npm test` leaves out: they would run again in it. `e2e`
 * is in npm test; `e2e-lifecycle` (these specs) is `npm run test:lifecycle`, on npm test's cache.
 */
export const END_TO_END_TARGETS: ReadonlySet<string> = new Set(['e2e', 'e2e-lifecycle']);

export interface Preview {
  service: string;
  packageName: string;
}

/** A copy of this workspace in which a maintainer's lifecycle steps run, each followed by npm test. */
export interface LifecycleCopy extends WorkspaceCopy {
  git(...args: string[]): string;
  /** Each step is committed in the copy's own git, so a later step can show that it writes nothing (git status). */
  commitStep(message: string): void;
  /** What `npm install` does to node_modules/<packageName> when a workspace package moves (null: removed). */
  relink(packageName: string, folder: string | null): void;
  /** `npm <args>` in the copy, with the environment copy.nx gives Nx (no daemon, the copy's own cache). */
  npm(...args: string[]): { status: number | null; output: string };
  /** `nx <args>`, which must succeed; returns its output. */
  succeed(...args: string[]): string;
  /** `npm run config:sample` in the copy: build every package, write what `config sample` prints. */
  regenerateSample(): string;
  releaseCycle(): number;
  /** The previews under packages/preview, read from their package.json. */
  previews(): Preview[];
  /**
   * The copy's whole `npm test`, less the end-to-end targets. Returns the tasks that really ran
   * (`project:target`), not those replayed from the cache, so each step can say what it affected.
   */
  runNpmTest(step: string): string[];
}

/**
 * The cache starts as a snapshot of this workspace's (the lifecycle targets run after npm test's
 * other targets): a task is replayed only when it already ran on the same inputs here or in the
 * copy, so each step's npm test runs what the step changed, and config:sample's builds serve the
 * tests. node_modules is laid out as `npm install` would (workspace links follow the packages).
 */
export async function openLifecycleCopy(prefix: string): Promise<LifecycleCopy> {
  const copy = copyWorkspace(prefix, { workspaceLinks: {}, useNxCache: true });
  await seedNxCache(copy.root);
  // mkdtemp makes the copy 0700; the db's specs run a child as another user, which must reach the copy.
  chmodSync(copy.root, 0o755);
  const lifecycle = withLifecycleSteps(copy);
  lifecycle.git('init', '--quiet');
  return lifecycle;
}

function withLifecycleSteps(copy: WorkspaceCopy): LifecycleCopy {
  const git = (...args: string[]): string => {
    const result = spawnSync('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@localhost', ...args], { cwd: copy.root, encoding: 'utf-8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };
  const succeed = (...args: string[]): string => {
    const { status, output } = copy.nx(...args);
    expect(status, output).toBe(0);
    return output;
  };
  return {
    ...copy,
    git,
    succeed,
    commitStep: (message) => {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
    },
    relink: (packageName, folder) => {
      const link = path.join(copy.root, 'node_modules', packageName);
      rmSync(link, { force: true });
      if (folder !== null) symlinkSync(path.join(copy.root, folder), link, 'dir');
    },
    npm: (...args) => {
      const result = spawnSync('npm', args, { cwd: copy.root, encoding: 'utf-8', env: copyEnvironment(true) });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    regenerateSample: () => {
      succeed('run-many', '-t', 'build', '--output-style=static');
      const sample = spawnSync(process.execPath, ['packages/core/cli/dist/bin.js', 'config', 'sample'], { cwd: copy.root, encoding: 'utf-8' });
      expect(sample.status, sample.stderr).toBe(0);
      expect(sample.stderr).toBe('');
      copy.write('switchyard.toml', sample.stdout);
      return sample.stdout;
    },
    releaseCycle: () => (JSON.parse(copy.read('release-cycle.json')) as { currentReleaseCycle: number }).currentReleaseCycle,
    previews: () => previewsIn(copy.root),
    runNpmTest: (step) => runNpmTestIn(copy, succeed, step),
  };
}

function previewsIn(root: string): Preview[] {
  const folder = path.join(root, 'packages/preview');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((service) => existsSync(path.join(folder, service, 'package.json')))
    .map((service) => ({ service, packageJson: JSON.parse(readFileSync(path.join(folder, service, 'package.json'), 'utf-8')) }))
    .filter(({ packageJson }) => packageJson.switchyard?.stability === 'preview')
    .map(({ service, packageJson }) => ({ service, packageName: packageJson.name as string }));
}

/** The targets of the copy's own `npm test` script (`nx run-many -t <targets> ...`), less the end-to-end ones. */
function npmTestTargets(copy: WorkspaceCopy): string[] {
  const script = (JSON.parse(copy.read('package.json')) as { scripts: { test: string } }).scripts.test;
  const targets = /\brun-many -t ((?:\w[\w:-]* ?)+)/.exec(script)?.[1]?.trim().split(' ');
  expect(targets, `npm test is not \`nx run-many -t <targets>\` with the tests: ${script}`).toEqual(expect.arrayContaining(['test']));
  return (targets ?? []).filter((target) => !END_TO_END_TARGETS.has(target));
}

function runNpmTestIn(copy: WorkspaceCopy, succeed: (...args: string[]) => string, step: string): string[] {
  const started = Date.now();
  const output = succeed('run-many', '-t', ...npmTestTargets(copy), '--output-style=static');
  expect(output).toMatch(/Successfully ran targets? /);
  const ran = [...output.matchAll(/^> nx run (\S+:[\w-]+)(?!.*\[(local cache|existing outputs)).*$/gm)].map((match) => match[1] as string);
  // What a step costs, for whoever tunes the targets' inputs: the tasks it really reran.
  console.log(`npm test after ${step}: ${Math.round((Date.now() - started) / 1000)} s, ${ran.length} tasks ran (the rest replayed): ${ran.join(' ')}`);
  return ran;
}
