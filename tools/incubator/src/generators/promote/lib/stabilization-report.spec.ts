import { logger, type Tree } from '@nx/devkit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TargetRun } from '../../../lib/target-runner.js';
import { PREVIEW_README, previewWorkspace } from '../promote-fixture.js';
import { createPromoteGenerator } from '../promote.js';

const ROOT = 'packages/preview/firewall';
const BENCH = '{"evaluate_p50_ms":0.8,"evaluate_p99_ms":2.5,"list_ratio_vs_bare":0.71,"evaluations":1800}';

/** Targets that pass: the test run prints vitest's summary, the bench its figures last. */
async function passingTarget(_root: string, project: string, target: string): Promise<TargetRun> {
  const output = target === 'test' ? ' Test Files  12 passed (12)\n      Tests  87 passed (87)\n' : target === 'bench' ? `round 1\n${BENCH}\n` : 'ok';
  return { project, target, exitCode: 0, output: `> nx run ${project}:${target}\n${output}\n NX   Successfully ran target ${target}` };
}

/** The fixture firewall with every kind of criterion, a limitations section and one release that added an operation. */
function reportWorkspace(): Tree {
  const tree = previewWorkspace();
  tree.write(
    'blueprints/BP-0002.md',
    '---\nstatus: approved\ngraduation:\n  min_cycles_in_preview: 1\n  api_soak_cycles: 1\n  tests: true\n  docs: [Known limitations]\n  benchmarks:\n    evaluate_p99_ms: "<= 10"\n    list_ratio_vs_bare: ">= 0.5"\n---\n# Firewall\n',
  );
  tree.write(`${ROOT}/README.md`, `${PREVIEW_README}\n## Known limitations\n\n- No rule \`position\` attribute.\n- No logging.\n\n## Data\n\nTables.\n`);
  tree.write(`${ROOT}/api/released/openapi.json`, '{"openapi":"3.0.3","paths":{}}');
  tree.write(
    `${ROOT}/api/released/history.json`,
    JSON.stringify({ releases: [{ version: '0.1.0', cycle: 2, changes: [{ surface: 'http', element: 'POST /v2.0/fwaas/evaluate', change: 'operation added', breaking: false }] }] }),
  );
  return tree;
}

describe('the stabilization report promote writes', () => {
  let info: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    return () => vi.restoreAllMocks();
  });

  it('holds the cycles, every API change, test counts, figures against bounds, limitations and the criteria table', async () => {
    const tree = reportWorkspace();
    await createPromoteGenerator({ runTarget: passingTarget })(tree, { name: 'firewall' });
    const report = tree.read('docs/stabilization/firewall.md', 'utf-8') ?? '';
    expect(report).toMatch(/^# Stabilization report: @switchyard\/firewall\n\n@switchyard\/firewall 0\.1\.0 was promoted to stable in release cycle 3, under blueprint \[BP-0002\]\(\.\.\/\.\.\/blueprints\/BP-0002\.md\), after entering preview in cycle 1\./);
    expect(report).toContain('## Cycles in preview\n\nEntered in cycle 1, renewed in cycle 2 (BP-0002): 2 release cycles in preview.');
    expect(report).toContain('| 0.1.0 | 2 | http | POST /v2.0/fwaas/evaluate | operation added | no |');
    expect(report).toContain('## Tests\n\nlint passed, typecheck passed, test passed (87 tests, 87 passed) (nx run, cache hits count). 87 of 87 tests passed.');
    expect(report).toContain('| evaluate_p99_ms | 2.5 (@switchyard/firewall:bench) | <= 10 (blueprints/BP-0002.md (graduation.benchmarks.evaluate_p99_ms)) | met |');
    expect(report).toContain('Also printed: evaluate_p50_ms 0.8, evaluations 1800.');
    expect(report).toContain('## Open limitations\n\nFrom packages/preview/firewall/README.md, "Known limitations":\n\n- No rule `position` attribute.\n- No logging.\n\n## Graduation criteria');
    const criteria = report.slice(report.indexOf('## Graduation criteria'));
    for (const criterion of ['min_cycles_in_preview', 'api_soak_cycles', 'docs', 'tests', 'benchmarks.evaluate_p99_ms', 'benchmarks.list_ratio_vs_bare']) {
      expect(criteria).toMatch(new RegExp(`^\\| ${criterion.replace('.', '\\.')} \\| [^\\n]* \\| met \\|$`, 'm'));
    }
  });

  it('is summarised in the 1.0.0 changeset and printed, so a dry run shows it', async () => {
    const tree = reportWorkspace();
    await createPromoteGenerator({ runTarget: passingTarget })(tree, { name: 'firewall' });
    expect(tree.read('.changeset/promote-firewall.md', 'utf-8')).toContain(
      '\n\nStabilization report: docs/stabilization/firewall.md (2 release cycles in preview; 1 API changes recorded (0 breaking); 87 tests passing; ' +
        'benchmarks evaluate_p99_ms 2.5 (<= 10), list_ratio_vs_bare 0.71 (>= 0.5); 6 of 6 graduation criteria met).\n',
    );
    expect(info).toHaveBeenCalledWith(`\n${tree.read('docs/stabilization/firewall.md', 'utf-8')}`);
  });

  it('says what it lacks rather than leaving it out: no criteria, no history, no limitations section', async () => {
    const tree = previewWorkspace();
    await createPromoteGenerator({ runTarget: passingTarget })(tree, { name: 'firewall' });
    const report = tree.read('docs/stabilization/firewall.md', 'utf-8') ?? '';
    expect(report).toContain('No change: no release recorded, and api/ matches the last.');
    expect(report).toContain('## Tests\n\nNot required by the graduation criteria, so promote did not run them.');
    expect(report).toContain('## Open limitations\n\nThe README names none (it has no limitations section).');
    expect(report).toContain('## Graduation criteria\n\nNo graduation criterion applies (nx.json and the blueprint name none).');
  });
});
