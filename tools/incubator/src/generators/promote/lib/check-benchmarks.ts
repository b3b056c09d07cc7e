import type { Threshold } from '../../../lib/graduation-criteria.js';
import type { TargetRun } from '../../../lib/target-runner.js';
import { outputTail } from './check-tests.js';
import { type CriterionResult, judged, notGathered } from './criterion-result.js';

/** One figure's bound and who requires it (nx.json's defaults or the blueprint). */
export interface RequiredFigure {
  name: string;
  threshold: Threshold;
  by: string;
}

/**
 * The figures a `bench` run printed: the last line of its output that is a JSON object of numbers
 * (Nx frames the target's output with its own lines, and a bench may log progress before it).
 */
export function readBenchFigures(output: string): Record<string, number> | undefined {
  const lines = output.split(/\r?\n/).map((line) => line.trim());
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] as string;
    if (!line.startsWith('{')) continue;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) continue;
      // Null prototype: figure names come from the bench's output and are looked up by name.
      const figures: Record<string, number> = Object.create(null);
      for (const [name, value] of Object.entries(parsed)) if (typeof value === 'number' && Number.isFinite(value)) figures[name] = value;
      return figures;
    } catch {
      // Not JSON: a log line that happens to start with a brace.
    }
  }
  return undefined;
}

export function meets(value: number, threshold: Threshold): boolean {
  return threshold.comparison === '<=' ? value <= threshold.bound : value >= threshold.bound;
}

/** One sentence per figure missing or off its bound, or one for a bench that failed or printed no figures. */
export function unmetBenchmarks(run: TargetRun | undefined, required: readonly RequiredFigure[]): string[] {
  return benchmarkResults(run, required).flatMap((result) => result.failures);
}

/**
 * One result per bounded figure. A bench that failed or printed no figures leaves every figure
 * unmet, its one sentence on the first (a refusal says it once).
 */
export function benchmarkResults(run: TargetRun | undefined, required: readonly RequiredFigure[]): CriterionResult[] {
  const requirement = ({ threshold, by }: RequiredFigure) => `${threshold.comparison} ${threshold.bound} (${by})`;
  if (run === undefined) return required.map((figure) => notGathered(`benchmarks.${figure.name}`, requirement(figure), 'bench not run here (promote runs it; `npm run lifecycle -- --verify` too)'));
  const target = `${run.project}:bench`;
  const names = required.map(({ name }) => name).join(', ');
  const figures = run.exitCode === 0 ? readBenchFigures(run.output) : undefined;
  if (figures === undefined) {
    const failure =
      run.exitCode !== 0
        ? `${target} failed (exit code ${run.exitCode}), so the benchmark figures ${names} are unknown. The end of its output:\n${quote(run.output)}\n    Fix it until \`npx nx run ${target}\` prints its figures, then promote again.`
        : `${target} printed no JSON object of figures, so ${names} are unknown: make it print one line such as {"${required[0]?.name}": 1.2} last. The end of its output:\n${quote(run.output)}`;
    const evidence = run.exitCode !== 0 ? `${target} failed (exit code ${run.exitCode})` : `${target} printed no figures`;
    return required.map((figure, index) => ({ ...judged(`benchmarks.${figure.name}`, requirement(figure), evidence, index === 0 ? [failure] : []), status: 'unmet' as const }));
  }
  return required.map((figure) => judged(`benchmarks.${figure.name}`, requirement(figure), figureEvidence(figures, figure.name, target), figureFailures(figures, figure, target)));
}

function figureEvidence(figures: Record<string, number>, name: string, target: string): string {
  const value = figures[name];
  return value === undefined ? `${target} prints no "${name}"` : `${value} (${target})`;
}

function figureFailures(figures: Record<string, number>, { name, threshold, by }: RequiredFigure, target: string): string[] {
  const value = figures[name];
  const bound = `${threshold.comparison} ${threshold.bound}`;
  if (value === undefined) {
    const printed = Object.keys(figures);
    return [`${target} prints no figure "${name}", which ${by} bounds (${bound}); it prints ${printed.length === 0 ? 'none' : printed.join(', ')}. Rename the criterion or make the bench print it.`];
  }
  if (meets(value, threshold)) return [];
  return [`benchmark ${name} is ${value}, and ${by} requires ${bound}: make it faster, or argue a different bound in the blueprint (a blueprint may only tighten nx.json's).`];
}

function quote(output: string): string {
  return outputTail(output)
    .map((line) => `      | ${line}`)
    .join('\n');
}
