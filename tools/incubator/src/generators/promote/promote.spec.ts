import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logger, readJson, readProjectConfiguration, type Tree } from '@nx/devkit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compareSchemaWithTypes } from '../../lib/schema-agreement.js';
import { MIGRATIONS_SOURCE, PLUGIN_SOURCE, previewWorkspace } from './promote-fixture.js';
import type { TargetRun } from '../../lib/target-runner.js';
import { NEXT_STEPS, createPromoteGenerator } from './promote.js';

/** Every target the generator asked to run; none really runs, and the given ones fail. */
function fakeRunner(failing: Record<string, string> = {}) {
  const ran: string[] = [];
  const runTarget = async (_root: string, project: string, target: string): Promise<TargetRun> => {
    ran.push(`${project}:${target}`);
    const output = failing[target];
    return { project, target, exitCode: output === undefined ? 0 : 1, output: output ?? 'Successfully ran target' };
  };
  return { ran, runTarget };
}

const runner = fakeRunner();
const promoteGenerator = createPromoteGenerator({ runTarget: runner.runTarget });

/** The fixture's blueprint, with front matter requiring passing tests. */
function requireTests(tree: Tree): void {
  tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  tests: true\n---\n# Firewall\n');
}

/** Every file of the tree as text, to prove a refused run leaves it exactly as it was. */
function snapshot(tree: Tree): Map<string, string | undefined> {
  return new Map(tree.listChanges().map((change) => [change.path, change.content?.toString()]));
}

describe('promote generator', () => {
  beforeEach(() => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  it('graduates the preview into packages/core with every surface relabelled stable', async () => {
    const tree = previewWorkspace();
    await promoteGenerator(tree, { name: 'firewall' });

    expect(tree.exists('packages/preview/firewall')).toBe(false);
    const project = readProjectConfiguration(tree, '@switchyard/firewall');
    expect(project.root).toBe('packages/core/firewall');
    expect(project.tags).toEqual(['stability:stable']);
    const packageJson = readJson(tree, 'packages/core/firewall/package.json');
    expect(packageJson).toMatchObject({ name: '@switchyard/firewall', version: '0.1.0', switchyard: { stability: 'stable', enteredCycle: 3 } });
    expect(tree.read('packages/core/firewall/README.md', 'utf-8')).not.toContain('PREVIEW.**');
    expect(tree.read('switchyard.toml', 'utf-8')).toContain('enabled = ["vpn"]');
    expect(readJson(tree, 'tsconfig.json').references).toContainEqual({ path: './packages/core/firewall' });
    expect(readJson(tree, 'packages/preview/vpn/package.json').dependencies).toEqual({ '@switchyard/firewall': '^1.0.0' });
    expect(tree.read('.changeset/promote-firewall.md', 'utf-8')).toMatch(/^---\n"@switchyard\/firewall": major\n---\n\nPromoted to stable: firewall /);
  });

  it('keeps the migration identity: service name and migration names unchanged', async () => {
    const tree = previewWorkspace();
    await promoteGenerator(tree, { name: 'firewall' });
    expect(tree.read('packages/core/firewall/src/index.ts', 'utf-8')).toBe(PLUGIN_SOURCE);
    expect(tree.read('packages/core/firewall/src/migrations/index.ts', 'utf-8')).toBe(MIGRATIONS_SOURCE);
  });

  it('refuses, listing every failed criterion, and leaves the tree untouched', async () => {
    const tree = previewWorkspace();
    tree.delete('packages/preview/firewall/tests/scenario/lifecycle.spec.ts');
    tree.write('blueprints/BP-0002.md', '---\nstatus: proposed\n---\n');
    const before = snapshot(tree);
    await expect(promoteGenerator(tree, { name: 'firewall' })).rejects.toThrow(
      [
        'Cannot promote @switchyard/firewall: 2 criteria not met. Fix each of these, then run the generator again:',
        '  - it has no scenario tests: add at least one packages/preview/firewall/tests/scenario/*.spec.ts that walks through a multi-step use.',
        '  - Blueprint BP-0002 is not approved: blueprints/BP-0002.md has status "proposed"; only a blueprint with "status: approved" in its front matter can be used.',
      ].join('\n'),
    );
    expect(snapshot(tree)).toEqual(before);
  });

  it('refuses an unknown package before reading anything else', async () => {
    await expect(promoteGenerator(previewWorkspace(), { name: 'dns' })).rejects.toThrow(
      'Cannot promote "dns": packages/preview/dns/package.json does not exist. Only a preview package in packages/preview/dns can be promoted; check the name.',
    );
  });

  it('prints a short list of what it changed, and writes only through the tree', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    try {
      const tree = previewWorkspace();
      const callback = await promoteGenerator(tree, { name: 'firewall' });
      expect(info).toHaveBeenCalledWith(
        [
          'Promoting @switchyard/firewall to stable:',
          '  - moved packages/preview/firewall to packages/core/firewall (still @switchyard/firewall)',
          '  - packages/core/firewall/package.json: tag stability:stable, switchyard.stability "stable" from cycle 3, promotedFrom recorded',
          '  - packages/core/firewall/README.md: preview banner replaced by a stable note',
          '  - switchyard.toml: "firewall" no longer labelled PREVIEW nor listed in [preview] enabled',
          '  - tsconfig.json: reference now points at packages/core/firewall',
          '  - packages/preview/vpn/tsconfig.json: reference now points at packages/core/firewall',
          '  - packages/preview/vpn/package.json: depends on @switchyard/firewall ^1.0.0',
          '  - packages/core/firewall/api/released: first stable API baseline (3 files of api/, 1.0.0 promoted from 0.1.0)',
          '  - docs/stabilization/firewall.md: the stabilization report (printed below)',
          '  - .changeset/promote-firewall.md: @switchyard/firewall major (0.x -> 1.0.0), "Promoted to stable: firewall ..." and the report\'s summary',
        ].join('\n'),
      );
      // Nx skips the callback on --dry-run; it prints the next step and removes build output left on disk (none here).
      const changes = snapshot(tree);
      await callback();
      expect(info).toHaveBeenLastCalledWith(NEXT_STEPS);
      expect(snapshot(tree)).toEqual(changes);
    } finally {
      info.mockRestore();
    }
  });
});

describe('promote generator, graduation.tests', () => {
  beforeEach(() => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  it('runs nothing when no criterion asks for tests', async () => {
    const { ran, runTarget } = fakeRunner();
    await createPromoteGenerator({ runTarget })(previewWorkspace(), { name: 'firewall' });
    expect(ran).toEqual([]);
  });

  it('runs lint, typecheck and test of the preview when the blueprint requires tests, and promotes when they pass', async () => {
    const { ran, runTarget } = fakeRunner();
    const tree = previewWorkspace();
    requireTests(tree);
    await createPromoteGenerator({ runTarget })(tree, { name: 'firewall' });
    expect(ran).toEqual(['@switchyard/firewall:lint', '@switchyard/firewall:typecheck', '@switchyard/firewall:test']);
    expect(tree.exists('packages/core/firewall/package.json')).toBe(true);
  });

  it('refuses when a target fails, with its exit code, the end of its output and the fix, and writes nothing', async () => {
    const output = ['RUN v4', ...Array.from({ length: 20 }, (_, index) => `line ${index}`), 'FAIL tests/api/rules.spec.ts > lists rules', 'Tests 1 failed | 3 passed'].join('\n');
    const { runTarget } = fakeRunner({ test: output });
    const tree = previewWorkspace();
    requireTests(tree);
    const before = snapshot(tree);
    const refusal = createPromoteGenerator({ runTarget })(tree, { name: 'firewall' });
    await expect(refusal).rejects.toThrow(
      [
        'Cannot promote @switchyard/firewall: 1 criteria not met. Fix each of these, then run the generator again:',
        '  - @switchyard/firewall:test failed (exit code 1), and blueprints/BP-0002.md (graduation.tests) requires its lint, typecheck, test targets to pass (graduation.tests). The end of its output:',
        ...['line 7', 'line 8', 'line 9', 'line 10', 'line 11', 'line 12', 'line 13', 'line 14', 'line 15', 'line 16', 'line 17', 'line 18', 'line 19'].map((line) => `      | ${line}`),
        '      | FAIL tests/api/rules.spec.ts > lists rules',
        '      | Tests 1 failed | 3 passed',
        '    Fix it until `npx nx run @switchyard/firewall:test` passes, then promote again.',
      ].join('\n'),
    );
    expect(snapshot(tree)).toEqual(before);
  });

  it('reports failed tests beside every other unmet criterion, the default in nx.json naming itself', async () => {
    const { runTarget } = fakeRunner({ lint: 'error  no-unused-vars' });
    const tree = previewWorkspace();
    const nxJson = readJson(tree, 'nx.json');
    nxJson.pluginsConfig['@switchyard/incubator'].graduation = { tests: true };
    tree.write('nx.json', JSON.stringify(nxJson));
    tree.delete('packages/preview/firewall/tests/scenario/lifecycle.spec.ts');
    await expect(createPromoteGenerator({ runTarget })(tree, { name: 'firewall' })).rejects.toThrow(
      /2 criteria not met[\s\S]*no scenario tests[\s\S]*@switchyard\/firewall:lint failed \(exit code 1\), and the default graduation criteria in nx.json requires/,
    );
  });

  it('runs nothing for a package that is not a preview here', async () => {
    const { ran, runTarget } = fakeRunner();
    await expect(createPromoteGenerator({ runTarget })(previewWorkspace(), { name: 'dns' })).rejects.toThrow('does not exist');
    expect(ran).toEqual([]);
  });
});

describe('promote generator, graduation.api_soak_cycles', () => {
  beforeEach(() => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  const ROOT = 'packages/preview/firewall';
  const openApi = (paths: string[]) => JSON.stringify({ openapi: '3.0.3', paths: Object.fromEntries(paths.map((route) => [route, { get: { responses: { 200: { description: 'ok' } } } }])) });
  const removedRules = { surface: 'http', element: 'GET /v2.0/fwaas/firewall_rules', change: 'operation removed', breaking: true };

  /** Cycle 3, the firewall entered in cycle 1; the blueprint asks for two quiet cycles; 0.2.0 (cycle `breakCycle`) removed an operation. */
  function soakWorkspace(breakCycle: number): Tree {
    const tree = previewWorkspace();
    tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  api_soak_cycles: 2\n---\n# Firewall\n');
    tree.write(`${ROOT}/api/openapi.json`, openApi(['/v2.0/fwaas/evaluate']));
    tree.write(`${ROOT}/api/released/openapi.json`, openApi(['/v2.0/fwaas/evaluate']));
    tree.write(
      `${ROOT}/api/released/history.json`,
      JSON.stringify({ releases: [{ version: '0.1.0', cycle: 1, changes: [] }, { version: '0.2.0', cycle: breakCycle, changes: [removedRules] }] }),
    );
    return tree;
  }

  it('refuses a preview whose API broke inside its soak window, naming the break, the history and the cycle it may be promoted in', async () => {
    const tree = soakWorkspace(2);
    const before = snapshot(tree);
    await expect(promoteGenerator(tree, { name: 'firewall' })).rejects.toThrow(
      [
        'Cannot promote @switchyard/firewall: 1 criteria not met. Fix each of these, then run the generator again:',
        "  - @switchyard/firewall's API broke in cycle 2 (0.2.0): http GET /v2.0/fwaas/firewall_rules: operation removed; blueprints/BP-0002.md (graduation.api_soak_cycles) requires 2 cycles without a breaking change, and it has 1 " +
          '(evidence: packages/preview/firewall/api/released/history.json): keep its API compatible and promote it in cycle 4 or later.',
      ].join('\n'),
    );
    expect(snapshot(tree)).toEqual(before);
  });

  it('counts a break in the sources not released yet as one in the current cycle', async () => {
    const tree = soakWorkspace(1);
    tree.write(`${ROOT}/api/openapi.json`, openApi([]));
    await expect(promoteGenerator(tree, { name: 'firewall' })).rejects.toThrow(
      "@switchyard/firewall's API broke in cycle 3 (unreleased): http GET /v2.0/fwaas/evaluate: operation removed; blueprints/BP-0002.md (graduation.api_soak_cycles) requires 2 cycles without a breaking change, and it has 0 " +
        '(evidence: the current api/ against packages/preview/firewall/api/released/): make the change additive or revert it; or release it and promote 2 cycles later.',
    );
  });

  it('promotes once the window has passed, and the stabilization report lists the break', async () => {
    const tree = soakWorkspace(1);
    await promoteGenerator(tree, { name: 'firewall' });
    const report = tree.read('docs/stabilization/firewall.md', 'utf-8') ?? '';
    expect(report).toContain('| 0.2.0 | 1 | http | GET /v2.0/fwaas/firewall_rules | operation removed | yes |');
    expect(report).toMatch(/\| api_soak_cycles \| >= 2 cycles without a breaking API change \(blueprints\/BP-0002\.md \(graduation\.api_soak_cycles\)\) \| last break in cycle 1 \(0\.2\.0\)[^|]*; 2 cycles since [^|]*\| met \|/);
  });
});

describe('promote generator, graduation.benchmarks', () => {
  beforeEach(() => {
    vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  /** The blueprint bounding two figures; the bench target prints `figures` as its last line, after Nx's own. */
  function benchWorkspace(figures: string) {
    const tree = previewWorkspace();
    tree.write('blueprints/BP-0002.md', '---\nstatus: approved\ngraduation:\n  benchmarks:\n    evaluate_p99_ms: "<= 5"\n    list_ratio_vs_bare: ">= 0.9"\n---\n# Firewall\n');
    const ran: string[] = [];
    const runTarget = async (_root: string, project: string, target: string): Promise<TargetRun> => {
      ran.push(`${project}:${target}`);
      return { project, target, exitCode: 0, output: `> nx run ${project}:${target}\n\nwarming up\n${figures}\n\n NX   Successfully ran target ${target}` };
    };
    return { tree, ran, generator: createPromoteGenerator({ runTarget }) };
  }

  it('runs the bench target and promotes when every figure meets its bound', async () => {
    const { tree, ran, generator } = benchWorkspace('{"evaluate_p50_ms":0.4,"evaluate_p99_ms":2.1,"list_ratio_vs_bare":0.95}');
    await generator(tree, { name: 'firewall' });
    expect(ran).toEqual(['@switchyard/firewall:bench']);
    expect(tree.exists('packages/core/firewall/package.json')).toBe(true);
  });

  it('refuses a figure that misses its bound, showing the figure and the bound, and one the bench does not print', async () => {
    const { tree, generator } = benchWorkspace('{"evaluate_p99_ms":7.25,"list_rps":1200}');
    const before = snapshot(tree);
    await expect(generator(tree, { name: 'firewall' })).rejects.toThrow(
      [
        'Cannot promote @switchyard/firewall: 2 criteria not met. Fix each of these, then run the generator again:',
        "  - benchmark evaluate_p99_ms is 7.25, and blueprints/BP-0002.md (graduation.benchmarks.evaluate_p99_ms) requires <= 5: make it faster, or argue a different bound in the blueprint (a blueprint may only tighten nx.json's).",
        '  - @switchyard/firewall:bench prints no figure "list_ratio_vs_bare", which blueprints/BP-0002.md (graduation.benchmarks.list_ratio_vs_bare) bounds (>= 0.9); it prints evaluate_p99_ms, list_rps. Rename the criterion or make the bench print it.',
      ].join('\n'),
    );
    expect(snapshot(tree)).toEqual(before);
  });

  it('refuses a bench that prints no figures, quoting its output', async () => {
    const { tree, generator } = benchWorkspace('p99 was 2 ms');
    await expect(generator(tree, { name: 'firewall' })).rejects.toThrow(
      /@switchyard\/firewall:bench printed no JSON object of figures, so evaluate_p99_ms, list_ratio_vs_bare are unknown[\s\S]*\| p99 was 2 ms/,
    );
  });
});

describe('promote generator review list', () => {
  it('names the lines of the moved code that still say preview', async () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    try {
      const tree = previewWorkspace();
      tree.write('packages/preview/firewall/tests/api/host.spec.ts', "it('labels', () => {\n  expect(header).toBe('preview');\n});\n");
      await promoteGenerator(tree, { name: 'firewall' });
      expect(info).toHaveBeenCalledWith(
        'Review these lines, which still say "preview" (tests expecting preview labels now fail):\n  - packages/core/firewall/tests/api/host.spec.ts:2',
      );
    } finally {
      info.mockRestore();
    }
  });
});

describe('schema', () => {
  const here = path.dirname(new URL(import.meta.url).pathname);
  it('schema.d.ts declares exactly the options of schema.json', () => {
    const schema = JSON.parse(readFileSync(path.join(here, 'schema.json'), 'utf-8'));
    expect(compareSchemaWithTypes(schema, readFileSync(path.join(here, 'schema.d.ts'), 'utf-8'), 'PromoteGeneratorSchema')).toEqual([]);
  });

  it('takes the name as the first positional argument', () => {
    const schema = JSON.parse(readFileSync(path.join(here, 'schema.json'), 'utf-8'));
    expect(schema.properties.name.$default).toEqual({ $source: 'argv', index: 0 });
    expect(schema.required).toEqual(['name']);
  });
});
