import type { TargetRun } from '../../../lib/target-runner.js';

/** The targets the `tests` criterion runs, in this order: the quickest to fail first. */
export const GRADUATION_TEST_TARGETS = ['lint', 'typecheck', 'test'] as const;

/** Lines of a failed target's output shown in the refusal: enough for the error, short enough to read. */
const OUTPUT_TAIL_LINES = 15;

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
