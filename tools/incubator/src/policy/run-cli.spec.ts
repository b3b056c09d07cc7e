import { describe, expect, it } from 'vitest';
import { config, edge, snapshotOf } from '../../tests/policy/snapshot-builders.js';
import { type SnapshotOptions, runCli } from './run-cli.js';
import type { WorkspaceSnapshot } from './workspace-snapshot.js';

async function run(argv: string[], snapshot: WorkspaceSnapshot = snapshotOf()) {
  let out = '';
  let err = '';
  const asked: SnapshotOptions[] = [];
  const readSnapshot = async (options: SnapshotOptions) => {
    asked.push(options);
    return snapshot;
  };
  const code = await runCli(argv, { readSnapshot, write: (text) => (out += text), writeError: (text) => (err += text) });
  return { code, out, err, asked };
}

const broken = snapshotOf({ dependencies: [edge('server', 'firewall', 'static', ['packages/core/server/src/a.ts'])] });

describe('policy check CLI', () => {
  it('exits 0 and says so when every rule passes', async () => {
    expect(await run([])).toEqual({ code: 0, out: 'Lifecycle policy: all rules pass.\n0 errors, 0 warnings\n', err: '', asked: [{ cachedGraph: false }] });
  });

  it('prints a table with the fix under each finding, and exits 1 on an error', async () => {
    const { code, out } = await run([], broken);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      'SEVERITY  RULE                  FILE                           MESSAGE',
      'error     no-stable-to-preview  packages/core/server/src/a.ts  @switchyard/server is stable but depends on the preview @switchyard/firewall through an import, export ... from or require(); stable code must work with no preview installed.',
      '          fix: move @switchyard/firewall to packages/core first (npx nx g @switchyard/incubator:promote firewall), or drop the dependency at packages/core/server/src/a.ts',
      '',
      '1 error, 0 warnings',
      '',
    ]);
  });

  it('exits 0 with only warnings', async () => {
    const { code, out } = await run([], snapshotOf({ config: { ...config, currentReleaseCycle: 3 } }));
    expect(code).toBe(0);
    expect(out).toMatch(/\n0 errors, 1 warning\n$/);
  });

  it('prints JSON for machines with --json', async () => {
    const { code, out } = await run(['--json'], broken);
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as { findings: Array<{ rule: string; file: string }>; summary: unknown };
    expect(parsed.findings.map((finding) => [finding.rule, finding.file])).toEqual([['no-stable-to-preview', 'packages/core/server/src/a.ts']]);
    expect(parsed.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
  });

  it('reads the cached graph only with --cached-graph', async () => {
    expect((await run(['--cached-graph'])).asked).toEqual([{ cachedGraph: true }]);
  });

  it('prints how long the snapshot and the rules took to stderr with --timing, output unchanged', async () => {
    const { code, out, err } = await run(['--json', '--timing'], broken);
    expect(code).toBe(1);
    expect(JSON.parse(out).summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(err).toMatch(/^timing: snapshot \d+ ms, rules \d+ ms\n$/);
  });

  it('refuses an unknown option with the usage', async () => {
    const { code, err } = await run(['--jsn']);
    expect(code).toBe(1);
    expect(err).toMatch(/^Unknown option "--jsn"\.\n\nUsage: npm run check/);
  });
});
