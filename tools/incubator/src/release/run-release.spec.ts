import { describe, expect, it } from 'vitest';
import type { ReleasePackage, ReleaseRow } from './release-plan.js';
import type { CommandStep } from './release-steps.js';
import type { PendingDeprecation, RetiredEntry } from './retired-deprecations.js';
import { type ReleaseIo, runRelease } from './run-release.js';

const LOCAL = 'http://127.0.0.1:4873/';
const PUBLIC = 'https://registry.npmjs.org/';
const SDK: ReleasePackage = { name: '@switchyard/sdk', dir: '/ws/packages/core/sdk', version: '1.0.0', private: false, stability: 'stable' };
const FIREWALL: ReleasePackage = { name: '@switchyard/firewall', dir: '/ws/packages/preview/firewall', version: '0.1.0', private: false, stability: 'preview' };
const INCUBATOR: ReleasePackage = { name: '@switchyard/incubator', dir: '/ws/tools/incubator', version: '0.0.0', private: true, stability: 'private' };
const MINOR_SDK: ReleaseRow = { packageName: '@switchyard/sdk', oldVersion: '1.0.0', newVersion: '1.1.0', bump: 'minor', stability: 'stable' };
const MINOR_SERVER: ReleaseRow = { packageName: '@switchyard/server', oldVersion: '1.0.0', newVersion: '1.1.0', bump: 'minor', stability: 'stable' };
const RETIRED_DNS: RetiredEntry = { package: '@switchyard/dns', deprecate: { range: '<=0.3.1', message: '@switchyard/dns was a preview and is retired (release cycle 3): Gone.' } };

interface FakeOptions {
  rows?: ReleaseRow[];
  /** Pending changesets; by default one per row. */
  changesets?: number;
  failOn?: string;
  registry?: string;
  /** Versions on the registry, per package; by default every workspace version is there. */
  published?: Record<string, string[]>;
  retired?: RetiredEntry[];
}

/** A release against fakes that records every command, copy and record, failing the command that contains `failOn`. */
function fakeRelease(options: FakeOptions = {}) {
  const { rows = [], failOn, registry = LOCAL, retired = [] } = options;
  const published: Record<string, string[]> = options.published ?? { '@switchyard/sdk': ['1.0.0'], '@switchyard/firewall': ['0.1.0'] };
  const ran: string[] = [];
  const envs: (Record<string, string> | undefined)[] = [];
  const recorded: PendingDeprecation[] = [];
  let out = '';
  let err = '';
  let versioned = false;
  const io: ReleaseIo = {
    readPlan: async () => ({ rows, changesets: options.changesets ?? rows.length }),
    readPackages: async () => [versioned ? { ...SDK, version: '1.1.0' } : SDK, FIREWALL, INCUBATOR],
    currentCycle: () => 3,
    registry: () => registry,
    publishedVersions: (name, target) => (target === registry ? (published[name] ?? []) : []),
    readRetired: () => retired,
    recordDeprecation: (deprecation) => {
      recorded.push(deprecation);
    },
    run: (step: CommandStep) => {
      const line = [step.command, ...step.args].join(' ');
      ran.push(line);
      envs.push(step.env);
      if (line === 'npx changeset version') versioned = true;
      return failOn !== undefined && line.includes(failOn) ? 2 : 0;
    },
    copyApiBaselines: (before, after) => {
      ran.push(`copy baselines of ${after.filter((pkg) => before.find((old) => old.name === pkg.name)?.version !== pkg.version).map((pkg) => pkg.name).join(',')}`);
      return ['@switchyard/sdk 1.1.0: report.api.md, released.json'];
    },
    lifecycleSummary: () => 'Lifecycle, cycle 3: 1 previews (1 ready to promote, 0 developing, 0 at the stagnation limit); promoted or retired lately: none. Details: npm run lifecycle\n',
    write: (text) => (out += text),
    writeError: (text) => (err += text),
  };
  return { io, ran, envs, recorded, output: () => out, errors: () => err };
}

const FULL_RELEASE = [
  'npm run check',
  'npx nx g @switchyard/incubator:open-cycle --cycle 4 --no-interactive',
  'npx changeset version',
  'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
  'copy baselines of @switchyard/sdk',
  'npx nx run-many -t build --projects=@switchyard/sdk,@switchyard/firewall --output-style=static',
  'npx changeset publish',
];

describe('runRelease', () => {
  it('runs the steps in order: check, cycle, version, lockfile, baselines, build of publishable packages only, publish', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK] });
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.ran).toEqual(FULL_RELEASE);
    expect(release.envs.at(-1)).toEqual({ npm_config_registry: LOCAL });
    expect(release.output()).toContain('@switchyard/sdk 1.1.0: report.api.md, released.json');
    expect(release.output()).toContain(`Target registry (npm config get registry, .npmrc, publishConfig):\n  ${LOCAL}: publish @switchyard/sdk, publish @switchyard/firewall\n`);
  });

  it('records the upgrade fixture after the build when, and only when, the server is released', async () => {
    const withServer = fakeRelease({ rows: [MINOR_SDK, MINOR_SERVER] });
    expect(await runRelease([], withServer.io)).toBe(0);
    const build = withServer.ran.findIndex((line) => line.startsWith('npx nx run-many -t build'));
    expect(withServer.ran[build + 1]).toBe('npx nx run @switchyard/server:snapshot-release-data --output-style=static');
    const withoutServer = fakeRelease({ rows: [MINOR_SDK] });
    expect(await runRelease([], withoutServer.io)).toBe(0);
    expect(withoutServer.ran.some((line) => line.includes('snapshot-release-data'))).toBe(false);
  });

  it('--dry-run prints the target registry, the plan and the steps, and runs only the policy check', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK] });
    expect(await runRelease(['--dry-run'], release.io)).toBe(0);
    expect(release.ran).toEqual(['npm run check']);
    expect(release.output()).toContain(`  ${LOCAL}: publish @switchyard/sdk`);
    expect(release.output()).toContain(
      ['package          version         bump   stability', '---------------  --------------  -----  ---------', '@switchyard/sdk  1.0.0 -> 1.1.0  minor  stable'].join('\n'),
    );
    expect(release.output()).toContain('\nLifecycle, cycle 3: 1 previews (1 ready to promote');
    expect(release.output()).toContain('Dry run: nothing is written.');
    expect(release.output()).toContain('  2. open release cycle 4: npx nx g @switchyard/incubator:open-cycle --cycle 4 --no-interactive');
    expect(release.output()).toContain(`  7. publish to ${LOCAL}: npx changeset publish`);
    expect(release.output()).toContain('Dry run: every check passed.');
  });

  it('--dry-run fails, as the release would, when the policy check fails', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], failOn: 'run check' });
    expect(await runRelease(['--dry-run'], release.io)).toBe(2);
    expect(release.ran).toEqual(['npm run check']);
    expect(release.errors()).toContain('Dry run: the policy check failed (exit 2); npm run release would stop at step 1.');
  });

  it('stops at the first failing step and says which, and that later steps did not run', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], failOn: 'changeset version' });
    expect(await runRelease([], release.io)).toBe(2);
    expect(release.ran.at(-1)).toBe('npx changeset version');
    expect(release.errors()).toContain('Release stopped at step 3 (apply changesets (versions, CHANGELOGs)): "npx changeset version" exited with code 2; no later step ran.');
    expect(release.errors()).toContain('undo what the earlier steps changed (git checkout -- .');
  });

  it('says nothing changed when the policy check fails', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], failOn: 'run check' });
    expect(await runRelease([], release.io)).toBe(2);
    expect(release.ran).toEqual(['npm run check']);
    expect(release.errors()).toContain('nothing was changed yet');
  });

  it('refuses a plan that takes a preview out of 0.x, in the dry run too, before running anything', async () => {
    const rows: ReleaseRow[] = [{ packageName: '@switchyard/firewall', oldVersion: '0.1.0', newVersion: '1.0.0', bump: 'major', stability: 'preview' }];
    for (const argv of [[], ['--dry-run']]) {
      const release = fakeRelease({ rows });
      expect(await runRelease(argv, release.io)).toBe(1);
      expect(release.ran).toEqual([]);
      expect(release.output()).toContain('@switchyard/firewall  0.1.0 -> 1.0.0  major  preview (REFUSED: only promote may leave 0.x)');
      expect(release.errors()).toContain('Release refused: a preview would leave 0.x.');
      expect(release.errors()).toContain('(npx nx g @switchyard/incubator:promote firewall)');
    }
  });

  it('rejects unknown options with the usage', async () => {
    const release = fakeRelease();
    expect(await runRelease(['--dryrun'], release.io)).toBe(1);
    expect(release.errors()).toMatch(/^Unknown option "--dryrun"\.\n\nUsage: npm run release \[-- \[--dry-run\] \[--public\] \[--deprecate-only\]\]/);
  });
});

describe('runRelease and the public registry', () => {
  it('refuses to write to the public npm registry without --public, saying which flag to add', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], registry: PUBLIC });
    expect(await runRelease([], release.io)).toBe(1);
    expect(release.ran).toEqual([]);
    expect(release.output()).toContain(`  ${PUBLIC} (the public npm registry): publish @switchyard/sdk`);
    expect(release.errors()).toContain(`Release refused: it would write to the public npm registry (${PUBLIC}). Add --public to do that on purpose (npm run release -- --public`);
  });

  it('lets the dry run, which writes nothing, go on to its checks with a warning about the flag', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], registry: PUBLIC });
    expect(await runRelease(['--dry-run'], release.io)).toBe(0);
    expect(release.ran.length).toBeGreaterThan(0);
    expect(release.output()).toContain(`  ${PUBLIC} (the public npm registry): publish @switchyard/sdk`);
    expect(release.errors()).toContain('Note for the real release: Release refused: it would write to the public npm registry');
  });

  it('publishes there with --public', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], registry: PUBLIC });
    expect(await runRelease(['--public'], release.io)).toBe(0);
    expect(release.ran).toEqual(FULL_RELEASE);
    expect(release.envs.at(-1)).toEqual({ npm_config_registry: PUBLIC });
  });

  it("counts a package's publishConfig.registry as a target of its own", async () => {
    const release = fakeRelease({ rows: [MINOR_SDK] });
    const packages = release.io.readPackages;
    release.io.readPackages = async () => (await packages()).map((pkg) => (pkg.name === FIREWALL.name ? { ...pkg, publishRegistry: 'https://registry.npmjs.org' } : pkg));
    expect(await runRelease([], release.io)).toBe(1);
    expect(release.output()).toContain(`  ${LOCAL}: publish @switchyard/sdk\n  ${PUBLIC} (the public npm registry): publish @switchyard/firewall\n`);
  });
});

describe('runRelease with nothing or only something to publish', () => {
  it('stops with "nothing to release" before any step when there are no changesets, no unpublished versions and no deprecations', async () => {
    for (const argv of [[], ['--dry-run'], ['--public']]) {
      const release = fakeRelease({ registry: PUBLIC });
      expect(await runRelease(argv, release.io)).toBe(0);
      expect(release.ran).toEqual([]);
      expect(release.output()).toBe(`Nothing to release: no pending changesets, every publishable version is already on ${PUBLIC}, and no retired package awaits npm deprecate there.\n`);
    }
  });

  it('without changesets, publishes only the versions the registry lacks: no new cycle, no versioning', async () => {
    const release = fakeRelease({ published: { '@switchyard/sdk': ['1.0.0'] } });
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.output()).toContain(`Not on the registry yet, so changeset publish publishes them too:\n  @switchyard/firewall@0.1.0 (${LOCAL})\n`);
    expect(release.ran).toEqual(['npm run check', 'npx nx run-many -t build --projects=@switchyard/sdk,@switchyard/firewall --output-style=static', 'npx changeset publish']);
  });

  it('applies empty changesets (a retirement note) though they change no version', async () => {
    const release = fakeRelease({ changesets: 1 });
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.ran).toContain('npx changeset version');
    expect(release.ran.some((line) => line.includes('publish'))).toBe(false);
  });
});

describe('runRelease deprecates what retired.json records', () => {
  const recordedOn = (registry: string): RetiredEntry => ({ ...RETIRED_DNS, deprecated: [{ registry, versions: ['0.3.1'] }] });

  it('runs npm deprecate after publishing for each retired package not deprecated on that registry yet, and records it', async () => {
    const release = fakeRelease({ rows: [MINOR_SDK], retired: [RETIRED_DNS, { ...recordedOn(LOCAL), package: '@switchyard/old' }], published: { '@switchyard/sdk': ['1.0.0'], '@switchyard/firewall': ['0.1.0'], '@switchyard/dns': ['0.2.0', '0.3.1', '0.4.0-next.0'] } });
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.ran).toEqual([...FULL_RELEASE, `npm deprecate @switchyard/dns@<=0.3.1 ${RETIRED_DNS.deprecate.message}`]);
    expect(release.envs.at(-1)).toEqual({ npm_config_registry: LOCAL });
    expect(release.recorded).toEqual([{ packageName: '@switchyard/dns', range: '<=0.3.1', message: RETIRED_DNS.deprecate.message, registry: LOCAL, versions: ['0.2.0', '0.3.1'] }]);
  });

  it('prints the deprecate commands in the dry run, and runs them with nothing else pending', async () => {
    const release = fakeRelease({ retired: [RETIRED_DNS], published: { '@switchyard/sdk': ['1.0.0'], '@switchyard/firewall': ['0.1.0'], '@switchyard/dns': ['0.3.1'] } });
    expect(await runRelease(['--dry-run'], release.io)).toBe(0);
    expect(release.output()).toContain('Retired (retired.json), not deprecated there yet:\n  @switchyard/dns@<=0.3.1: 0.3.1\n');
    expect(release.output()).toContain(`  2. deprecate @switchyard/dns@<=0.3.1 on ${LOCAL} (0.3.1): npm deprecate "@switchyard/dns@<=0.3.1" "${RETIRED_DNS.deprecate.message}"`);
    expect(release.ran).toEqual(['npm run check']);
    expect(release.recorded).toEqual([]);
  });

  it('only records a retired package that was never published: there is nothing to deprecate', async () => {
    const release = fakeRelease({ retired: [RETIRED_DNS] });
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.ran).toEqual(['npm run check']);
    expect(release.output()).toContain(`@switchyard/dns@<=0.3.1: no version on ${LOCAL}, nothing to deprecate (recorded in retired.json)`);
    expect(release.recorded.map((entry) => entry.versions)).toEqual([[]]);
  });

  it('does not repeat a deprecation retired.json records for that registry', async () => {
    const release = fakeRelease({ retired: [recordedOn('http://127.0.0.1:4873')] });
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.output()).toMatch(/^Nothing to release/);
  });

  it('--deprecate-only runs only the deprecations, and after a failed one says the release is out', async () => {
    const retired = [RETIRED_DNS];
    const published = { '@switchyard/dns': ['0.3.1'] };
    const only = fakeRelease({ rows: [MINOR_SDK], retired, published });
    expect(await runRelease(['--deprecate-only'], only.io)).toBe(0);
    expect(only.ran).toEqual([`npm deprecate @switchyard/dns@<=0.3.1 ${RETIRED_DNS.deprecate.message}`]);
    const failed = fakeRelease({ rows: [MINOR_SDK], retired, published: { ...published, '@switchyard/sdk': ['1.0.0'], '@switchyard/firewall': ['0.1.0'] }, failOn: 'deprecate' });
    expect(await runRelease([], failed.io)).toBe(2);
    expect(failed.recorded).toEqual([]);
    expect(failed.errors()).toContain('what ran before is done (published, recorded): commit it, then finish with npm run release -- --deprecate-only');
  });

  it('--deprecate-only on the public registry needs --public too', async () => {
    const release = fakeRelease({ registry: PUBLIC, retired: [RETIRED_DNS], published: { '@switchyard/dns': ['0.3.1'] } });
    expect(await runRelease(['--deprecate-only'], release.io)).toBe(1);
    expect(release.errors()).toContain('Add --public');
    expect(await runRelease(['--deprecate-only', '--public'], release.io)).toBe(0);
  });
});
