import { describe, expect, it } from 'vitest';
import type { ReleasePackage, ReleaseRow } from './release-plan.js';
import type { CommandStep } from './release-steps.js';
import { type ReleaseIo, runRelease } from './run-release.js';

const SDK: ReleasePackage = { name: '@switchyard/sdk', dir: '/ws/packages/core/sdk', version: '1.0.0', private: false, stability: 'stable' };
const FIREWALL: ReleasePackage = { name: '@switchyard/firewall', dir: '/ws/packages/preview/firewall', version: '0.1.0', private: false, stability: 'preview' };
const INCUBATOR: ReleasePackage = { name: '@switchyard/incubator', dir: '/ws/tools/incubator', version: '0.0.0', private: true, stability: 'private' };
const MINOR_SDK: ReleaseRow = { packageName: '@switchyard/sdk', oldVersion: '1.0.0', newVersion: '1.1.0', bump: 'minor', stability: 'stable' };

/** A release against fakes that records every command and copy, failing the command named in `failOn`. */
function fakeRelease(plan: ReleaseRow[], failOn?: string) {
  const ran: string[] = [];
  const envs: (Record<string, string> | undefined)[] = [];
  let out = '';
  let err = '';
  let versioned = false;
  const io: ReleaseIo = {
    readPlan: async () => plan,
    readPackages: async () => [versioned ? { ...SDK, version: '1.1.0' } : SDK, FIREWALL, INCUBATOR],
    currentCycle: () => 3,
    registry: () => 'http://127.0.0.1:4873/',
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
    write: (text) => (out += text),
    writeError: (text) => (err += text),
  };
  return { io, ran, envs, output: () => out, errors: () => err };
}

const MINOR_SERVER: ReleaseRow = { packageName: '@switchyard/server', oldVersion: '1.0.0', newVersion: '1.1.0', bump: 'minor', stability: 'stable' };

describe('runRelease', () => {
  it('records the upgrade fixture after the build when, and only when, the server is released', async () => {
    const withServer = fakeRelease([MINOR_SDK, MINOR_SERVER]);
    expect(await runRelease([], withServer.io)).toBe(0);
    const build = withServer.ran.findIndex((line) => line.startsWith('npx nx run-many -t build'));
    expect(withServer.ran[build + 1]).toBe('npx nx run @switchyard/server:snapshot-release-data --output-style=static');
    const withoutServer = fakeRelease([MINOR_SDK]);
    expect(await runRelease([], withoutServer.io)).toBe(0);
    expect(withoutServer.ran.some((line) => line.includes('snapshot-release-data'))).toBe(false);
  });

  it('--dry-run prints the plan and the steps and runs nothing', async () => {
    const release = fakeRelease([MINOR_SDK]);
    expect(await runRelease(['--dry-run'], release.io)).toBe(0);
    expect(release.ran).toEqual([]);
    expect(release.output()).toContain(
      ['package          version         bump   stability', '---------------  --------------  -----  ---------', '@switchyard/sdk  1.0.0 -> 1.1.0  minor  stable'].join('\n'),
    );
    expect(release.output()).toContain('Dry run: nothing was written.');
    expect(release.output()).toContain('  2. open release cycle 4: npx nx g @switchyard/incubator:open-cycle --cycle 4 --no-interactive');
    expect(release.output()).toContain('  7. publish to http://127.0.0.1:4873/: npx changeset publish');
  });

  it('runs the steps in order: check, cycle, version, lockfile, baselines, build of publishable packages only, publish', async () => {
    const release = fakeRelease([MINOR_SDK]);
    expect(await runRelease([], release.io)).toBe(0);
    expect(release.ran).toEqual([
      'npm run check',
      'npx nx g @switchyard/incubator:open-cycle --cycle 4 --no-interactive',
      'npx changeset version',
      'npm install --package-lock-only --ignore-scripts --no-audit --no-fund',
      'copy baselines of @switchyard/sdk',
      'npx nx run-many -t build --projects=@switchyard/sdk,@switchyard/firewall --output-style=static',
      'npx changeset publish',
    ]);
    expect(release.envs.at(-1)).toEqual({ npm_config_registry: 'http://127.0.0.1:4873/' });
    expect(release.output()).toContain('@switchyard/sdk 1.1.0: report.api.md, released.json');
  });

  it('stops at the first failing step and says which, and that later steps did not run', async () => {
    const release = fakeRelease([MINOR_SDK], 'changeset version');
    expect(await runRelease([], release.io)).toBe(2);
    expect(release.ran.at(-1)).toBe('npx changeset version');
    expect(release.errors()).toContain('Release stopped at step 3 (apply changesets (versions, CHANGELOGs)): "npx changeset version" exited with code 2; no later step ran.');
    expect(release.errors()).toContain('undo what the earlier steps changed (git checkout -- .');
  });

  it('says nothing changed when the policy check fails', async () => {
    const release = fakeRelease([MINOR_SDK], 'run check');
    expect(await runRelease([], release.io)).toBe(2);
    expect(release.ran).toEqual(['npm run check']);
    expect(release.errors()).toContain('nothing was changed yet');
  });

  it('refuses a plan that takes a preview out of 0.x, in the dry run too, before running anything', async () => {
    const plan: ReleaseRow[] = [{ packageName: '@switchyard/firewall', oldVersion: '0.1.0', newVersion: '1.0.0', bump: 'major', stability: 'preview' }];
    for (const argv of [[], ['--dry-run']]) {
      const release = fakeRelease(plan);
      expect(await runRelease(argv, release.io)).toBe(1);
      expect(release.ran).toEqual([]);
      expect(release.output()).toContain('@switchyard/firewall  0.1.0 -> 1.0.0  major  preview (REFUSED: only promote may leave 0.x)');
      expect(release.errors()).toContain('Release refused: a preview would leave 0.x.');
      expect(release.errors()).toContain('(npx nx g @switchyard/incubator:promote firewall)');
    }
  });

  it('rejects unknown options with the usage', async () => {
    const release = fakeRelease([]);
    expect(await runRelease(['--dryrun'], release.io)).toBe(1);
    expect(release.errors()).toMatch(/^Unknown option "--dryrun"\.\n\nUsage: npm run release \[-- --dry-run\]/);
  });
});
