import type { TargetRun } from '../../../lib/target-runner.js';
import { type CriterionResult, judged, notGathered } from './criterion-result.js';

/** The targets the `tests` criterion runs, in this order: the quickest to fail first. */
export const GRADUATION_TEST_TARGETS = ['lint', 'typecheck', 'test'] as const;

/** Lines of a failed target's output shown in the refusal: enough for the error, short enough to read. */
const OUTPUT_TAIL_LINES = 15;

/** Vitest's summary line, `Tests  41 passed (41)` or `Tests  1 failed | 40 passed (41)`; Nx replays it from its cache too. */
const VITEST_SUMMARY = /^\s*Tests\s+(.*?)\s*\((\d+)\)\s*$/gm;

/** The `tests` criterion: every run passed (with the test count vitest printed), or not run yet. */
export function testsResult(runs: readonly TargetRun[] | undefined, requiredBy: string): CriterionResult {
  const required = `${GRADUATION_TEST_TARGETS.join(', ')} pass (${requiredBy})`;
  if (runs === undefined) return notGathered('tests', required, 'not run here (promote runs them; `npm run lifecycle -- --verify` too)');
  const evidence = runs.map((run) => `${run.target} ${run.exitCode === 0 ? 'passed' : `failed (exit code ${run.exitCode})`}${run.target === 'test' ? countedTests(run.output) : ''}`).join(', ');
  return judged('tests', required, `${evidence} (nx run, cache hits count)`, failedTestTargets(runs, requiredBy));
}

/** The tests vitest counted in a run's output, summed over its summaries: ` (412 tests, 412 passed)`, or nothing when it printed none. */
export function countTests(output: string): { total: number; passed: number } | undefined {
  const summaries = [...output.matchAll(VITEST_SUMMARY)];
  if (summaries.length === 0) return undefined;
  return summaries.reduce(
    (sum, [, outcome, total]) => ({ total: sum.total + Number(total), passed: sum.passed + Number(/(\d+) passed/.exec(outcome as string)?.[1] ?? 0) }),
    { total: 0, passed: 0 },
  );
}

function countedTests(output: string): string {
  const counted = countTests(output);
  return counted === undefined ? '' : ` (${counted.total} tests, ${counted.passed} passed)`;
}

/** One sentence per failed run: which target, its exit code, the end of its output and the fix. */
export function failedTestTargets(runs: readonly TargetRun[], requiredBy: string): string[] {
  return runs
    .filter((run) => run.exitCode !== 0)
    .map(
      (run) =>
        `${run.project}:${run.target} failed (exit code ${run.exitCode}), and ${requiredBy} requires its ${GRADUATION_TEST_TARGETS.join(', ')} targets to pass (graduation.tests). ` +
        `The end of its output:\n${outputTail(run.output)
          .map((line) => `      | ${line}`)
          .join('\n')}\n    Fix it until \`npx nx run ${run.project}:${run.target}\` passes, then promote again.`,
    );
}

export function outputTail(output: string, lines = OUTPUT_TAIL_LINES): string[] {
  const meaningful = output.split(/\r?\n/).map((line) => line.trimEnd()).filter((line) => line.trim() !== '');
  return meaningful.length === 0 ? ['(no output)'] : meaningful.slice(-lines);
}
