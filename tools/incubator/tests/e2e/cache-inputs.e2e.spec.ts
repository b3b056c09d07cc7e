import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedNxCache } from './seed-nx-cache.js';
import { type WorkspaceCopy, copyWorkspace } from './workspace-copy.js';

/**
 * The cached gates cannot be fooled by their cache: on one copy of this workspace, with Nx's cache
 * on, each gate passes once (filling the cache), then one file it reads outside its own sources
 * changes and the gate runs again, expecting the finding. Undoing the change must answer from the
 * cache again, which shows the cache really was in play. Runs targets in sequence, one copy.
 */
let copy: WorkspaceCopy;

const CHECK = '@switchyard/incubator:check';
const FIVE_MINUTES = 300_000;

/**
 * Lint runs with node_modules laid out as npm would, so `@switchyard/*` imports resolve to the copy's
 * projects. The cache starts as this workspace's, so a gate's first, filling run is mostly a replay.
 */
beforeAll(async () => {
  copy = copyWorkspace('cache-inputs-e2e-', { workspaceLinks: {}, useNxCache: true });
  await seedNxCache(copy.root);
}, 60_000);

afterAll(() => copy?.remove());

interface Change {
  /** Workspace-relative path; `null` text removes the file. */
  file: string;
  edit: (text: string | null) => string | null;
}

function readOrNull(file: string): string | null {
  return existsSync(path.join(copy.root, file)) ? copy.read(file) : null;
}

function writeOrRemove(file: string, text: string | null): void {
  if (text === null) rmSync(path.join(copy.root, file), { force: true });
  else copy.write(file, text);
}

function run(target: string, args: string[]): { status: number | null; output: string } {
  return copy.nx('run', target, '--output-style=static', ...args);
}

/** Nx's line for the task itself says whether its result came from the cache. */
function fromCache(output: string, target: string): boolean {
  const line = output.split('\n').find((candidate) => candidate.startsWith(`> nx run ${target}`));
  return line !== undefined && /\[(local cache|existing outputs match the cache, left as is)\]/.test(line);
}

/** One change to the files a gate reads, and what the gate must then report. */
interface Probe {
  changes: Change[];
  findings: readonly string[];
}

/**
 * The gate passes (filling the cache); with each probe's changes made it fails naming the findings
 * (each probe undone before the next); at the end it passes from the cache, so the passing result
 * every probe started from was the cached one.
 */
function expectGateSeesEach(target: string, probes: readonly Probe[], args: string[] = []): void {
  const filled = run(target, args);
  expect(filled.status, filled.output).toBe(0);
  for (const { changes, findings } of probes) {
    const originals = changes.map((change) => readOrNull(change.file));
    changes.forEach((change, index) => writeOrRemove(change.file, change.edit(originals[index])));
    const changed = run(target, args);
    changes.forEach((change, index) => writeOrRemove(change.file, originals[index]));
    expect(changed.status, changed.output).not.toBe(0);
    for (const finding of findings) expect(changed.output).toContain(finding);
  }
  const again = run(target, args);
  expect(again.status, again.output).toBe(0);
  expect(fromCache(again.output, target), again.output).toBe(true);
}

function editJson<T extends object>(edit: (json: T) => void): (text: string | null) => string {
  return (text) => {
    const json = JSON.parse(text ?? '{}') as T;
    edit(json);
    return `${JSON.stringify(json, null, 2)}\n`;
  };
}

const addFile = (text: string) => () => text;

/** Stable published packages of the copy, found on disk: the spec names none of today's. */
function stablePackageJsons(): string[] {
  return readdirSync(path.join(copy.root, 'packages/core'))
    .map((folder) => `packages/core/${folder}/package.json`)
    .filter((file) => existsSync(path.join(copy.root, file)) && JSON.parse(copy.read(file)).private !== true);
}

/** The task, run after each change in turn (each undone before the next), answers from the cache every time. */
function expectCacheKeptThrough(target: string, changes: readonly Change[]): void {
  const filled = run(target, []);
  expect(filled.status, filled.output).toBe(0);
  for (const change of changes) {
    const original = readOrNull(change.file);
    writeOrRemove(change.file, change.edit(original));
    const again = run(target, []);
    writeOrRemove(change.file, original);
    expect(again.status, again.output).toBe(0);
    expect(fromCache(again.output, target), `${change.file} changed, and ${target} ran again:\n${again.output}`).toBe(true);
  }
}

describe('cached gates see every file they read (end to end, cache on)', () => {
  it('check: changesets, blueprints, the nx.json policy, package.json files, released baselines', () => {
    const leftover = { file: '.changeset/cache-probe.md', edit: addFile('---\n"@switchyard/cache-probe": minor\n---\n\nA leftover.\n') };
    const stable = stablePackageJsons()[0];
    const blueprint = `blueprints/${JSON.parse(copy.read(stable)).switchyard.blueprint}.md`;
    const baseline = stablePackageJsons()
      .map((file) => `${path.dirname(file)}/api/released/openapi.json`)
      .find((file) => existsSync(path.join(copy.root, file)));
    expect(baseline, 'no stable package has a released openapi.json').toBeDefined();
    expectGateSeesEach(CHECK, [
      { changes: [leftover], findings: ['changeset-packages', '.changeset/cache-probe.md bumps @switchyard/cache-probe (minor), which is not a package in this workspace'] },
      { changes: [{ file: blueprint, edit: (text) => (text ?? '').replace(/^status:.*$/m, 'status: draft') }], findings: ['approved-blueprints', blueprint] },
      {
        changes: [{ file: 'nx.json', edit: editJson((json: { pluginsConfig: Record<string, { stabilityTags: object }> }) => {
          json.pluginsConfig['@switchyard/incubator'].stabilityTags = { stable: 'stability:core', preview: 'stability:preview' };
        }) }],
        findings: ['stability-metadata', 'stability:core'],
      },
      { changes: [{ file: stable, edit: editJson((json: { version: string }) => { json.version = '0.9.0'; }) }], findings: ['stability-metadata', stable] },
      {
        changes: [{ file: 'release-cycle.json', edit: editJson((json: { currentReleaseCycle: unknown }) => { json.currentReleaseCycle = 'cache-probe'; }) }],
        findings: ['release-cycle.json: currentReleaseCycle is "cache-probe"'],
      },
      {
        changes: [{ file: baseline as string, edit: editJson((json: { paths: Record<string, object> }) => {
          json.paths['/v2.0/cache-probes'] = { get: { responses: { '200': { description: 'A path only the baseline has.' } } } };
        }) }],
        findings: ['api-compatibility', '/v2.0/cache-probes'],
      },
    ]);
  }, FIVE_MINUTES);

  it("lint: a dependency's tag in its package.json (the boundary rule reads the tags of what a project imports)", () => {
    const probe = 'packages/core/db/src/cache-probe.ts';
    copy.write(probe, "import type { StabilityMetadata } from '@switchyard/sdk';\n\nexport type CacheProbe = StabilityMetadata;\n");
    const retag = editJson((json: { nx: { tags: string[] } }) => {
      json.nx.tags = ['stability:preview'];
    });
    expectGateSeesEach('@switchyard/db:lint', [{ changes: [{ file: 'packages/core/sdk/package.json', edit: retag }], findings: ['@nx/enforce-module-boundaries'] }]);
    rmSync(path.join(copy.root, probe));
  }, FIVE_MINUTES);

  it("typecheck: a referenced project's tests (tsc -b checks each reference's whole tsconfig)", () => {
    const typeError = { file: 'packages/core/sdk/tests/cache-probe.ts', edit: addFile("export const cacheProbe: number = 'not a number';\n") };
    expectGateSeesEach('@switchyard/db:typecheck', [{ changes: [typeError], findings: ['cache-probe.ts(1,14): error TS2322'] }]);
  }, FIVE_MINUTES);

  it("root-config: the root switchyard.toml and vitest.shared.ts the CLI's specs of it read", () => {
    // The spec runs on sources (vitest resolves @switchyard/source): no build to wait for.
    expectGateSeesEach('@switchyard/cli:root-config', [
      { changes: [{ file: 'switchyard.toml', edit: (text) => `${text ?? ''}\n# drifted from config sample\n` }], findings: ['switchyard.toml is out of date'] },
      { changes: [{ file: 'vitest.shared.ts', edit: (text) => (text ?? '').replace(/include: \[[^\]]*\]/g, "include: ['no-such-folder/**/*.spec.ts']") }], findings: ['No test files found'] },
      { changes: [{ file: 'vitest.log-guard.ts', edit: (text) => `${text ?? ''}\nthrow new Error('log guard cache probe');\n` }], findings: ['log guard cache probe'] },
    ]);
  }, FIVE_MINUTES);

  it('a task keeps its cache when a file it does not read changes: the release cycle, a lockfile entry it does not use', () => {
    const cycle = editJson((json: { currentReleaseCycle: number }) => {
      json.currentReleaseCycle += 1;
    });
    // A package no project depends on: only the lockfile knows it, as after adding a dependency elsewhere.
    const lockEntry = editJson((json: { packages: Record<string, object> }) => {
      json.packages['node_modules/cache-probe-only-in-lockfile'] = { version: '1.0.0', resolved: 'https://registry.npmjs.org/cache-probe-only-in-lockfile/-/cache-probe-only-in-lockfile-1.0.0.tgz', license: 'MIT' };
    });
    expectCacheKeptThrough('@switchyard/db:typecheck', [
      { file: 'release-cycle.json', edit: cycle },
      { file: 'package-lock.json', edit: lockEntry },
    ]);
  }, FIVE_MINUTES);
});
