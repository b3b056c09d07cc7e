import { joinPathFragments, readJson, type Tree } from '@nx/devkit';
import type { ApiChange } from '../../../compat/api-change.js';
import { type ApiSoak, readApiSoak } from '../../../lib/api-soak.js';
import { blueprintPath } from '../../../lib/approved-blueprint.js';
import { readBenchFigures } from './check-benchmarks.js';
import { countTests } from './check-tests.js';
import { evaluateGraduation } from './check-graduation.js';
import type { CriterionResult } from './criterion-result.js';
import type { GraduationEvidence } from './graduation-evidence.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';

/** Where promote writes each report, one file per promoted package, kept in git beside the code. */
export const STABILIZATION_FOLDER = 'docs/stabilization';

/** What the report is made from, read before the package moves. */
export interface ReportInput {
  options: NormalizedPromoteOptions;
  packageJson: { version?: string; switchyard?: { enteredCycle?: unknown; blueprint?: unknown; renewals?: Array<{ cycle: number; blueprint: string }> } | null };
  results: readonly CriterionResult[];
  evidence: GraduationEvidence;
}

export interface StabilizationReport {
  file: string;
  markdown: string;
  /** A paragraph for the 1.0.0 changeset. */
  summary: string;
}

/**
 * Rust's stabilization report, made from the evidence promote checked: cycles spent, every API
 * change of the preview (api/released/history.json and the unreleased diff), test counts,
 * benchmark figures against their bounds, the README's open limitations, the criteria table.
 */
export function buildStabilizationReport(tree: Tree, input: ReportInput): StabilizationReport {
  const { options, packageJson } = input;
  const entered = typeof packageJson.switchyard?.enteredCycle === 'number' ? packageJson.switchyard.enteredCycle : options.currentCycle;
  const soak = readApiSoak(tree, options.previewRoot, { entered, current: options.currentCycle });
  const changes = 'failure' in soak ? undefined : apiChangeRows(soak, options.currentCycle);
  const tests = input.evidence.testRuns?.find((run) => run.target === 'test');
  const counted = tests === undefined ? undefined : countTests(tests.output);
  const sections = [
    heading(input, entered),
    cyclesSection(input, entered),
    apiSection(soak, changes),
    testsSection(input.results, counted),
    benchmarksSection(input),
    limitationsSection(tree, options),
    criteriaSection(input.results),
  ];
  const file = joinPathFragments(STABILIZATION_FOLDER, `${options.name}.md`);
  return { file, markdown: `${sections.join('\n\n')}\n`, summary: summarize(input, file, options.currentCycle - entered, changes, counted) };
}

/** The report of the preview promote is about to move: its package.json and criteria read from the tree, as checked. */
export function prepareStabilizationReport(tree: Tree, options: NormalizedPromoteOptions, evidence: GraduationEvidence): StabilizationReport {
  const packageJson = readJson<ReportInput['packageJson']>(tree, joinPathFragments(options.previewRoot, 'package.json'));
  const blueprint = packageJson.switchyard?.blueprint;
  const evaluated = typeof blueprint === 'string' ? evaluateGraduation(tree, options, { blueprint, enteredCycle: packageJson.switchyard?.enteredCycle }, evidence) : undefined;
  const results = evaluated !== undefined && 'results' in evaluated ? evaluated.results : [];
  return buildStabilizationReport(tree, { options, packageJson, results, evidence });
}

export function writeStabilizationReport(tree: Tree, report: StabilizationReport): string {
  tree.write(report.file, report.markdown);
  return report.file;
}

interface ChangeRow {
  release: string;
  cycle: number;
  change: ApiChange;
}

/** Released changes at their release; unreleased ones in the current cycle, whose release will ship them. */
function apiChangeRows(soak: ApiSoak, currentCycle: number): ChangeRow[] {
  const released = soak.releases.flatMap((release) => release.changes.map((change) => ({ release: release.version, cycle: release.cycle, change })));
  return [...released, ...soak.unreleased.map((change) => ({ release: 'unreleased', cycle: currentCycle, change }))];
}

function heading({ options, packageJson }: ReportInput, entered: number): string {
  const blueprint = typeof packageJson.switchyard?.blueprint === 'string' ? packageJson.switchyard.blueprint : 'unknown';
  return [
    `# Stabilization report: ${options.packageName}`,
    '',
    `${options.packageName} ${packageJson.version ?? ''} was promoted to stable in release cycle ${options.currentCycle}, under blueprint ` +
      `[${blueprint}](../../${blueprintPath(blueprint)}), after entering preview in cycle ${entered}. It moves from ${options.previewRoot} ` +
      `to ${options.stableRoot}, and its next release is 1.0.0. \`nx g @switchyard/incubator:promote ${options.name}\` wrote this ` +
      'report from the evidence it checked.',
  ].join('\n');
}

function cyclesSection({ options, packageJson }: ReportInput, entered: number): string {
  const renewals = packageJson.switchyard?.renewals ?? [];
  const renewed = renewals.length === 0 ? 'never renewed' : `renewed in ${renewals.map((renewal) => `cycle ${renewal.cycle} (${renewal.blueprint})`).join(', ')}`;
  return `## Cycles in preview\n\nEntered in cycle ${entered}, ${renewed}: ${options.currentCycle - entered} release cycles in preview.`;
}

function apiSection(soak: ApiSoak | { failure: string }, rows: ChangeRow[] | undefined): string {
  const title = '## API changes during the preview';
  if ('failure' in soak || rows === undefined) return `${title}\n\nUnknown: ${'failure' in soak ? soak.failure : ''}.`;
  const source = `From ${soak.historyFile} (each release against the one before) and the unreleased diff (api/ against the last release).`;
  const releases = soak.releases.map((release) => `${release.version} (cycle ${release.cycle})`).join(', ');
  if (rows.length === 0) return `${title}\n\n${source} No change: ${soak.releases.length === 0 ? 'no release recorded' : `releases ${releases}`}, and api/ matches the last.`;
  const table = rows.map(({ release, cycle, change }) => row([release, String(cycle), change.surface, change.element, change.change, change.breaking ? 'yes' : 'no']));
  return [title, '', `${source} Releases: ${releases || 'none'}.`, '', row(['release', 'cycle', 'surface', 'element', 'change', 'breaking']), row(Array(6).fill('---')), ...table].join('\n');
}

function testsSection(results: readonly CriterionResult[], counted: { total: number; passed: number } | undefined): string {
  const tests = results.find((result) => result.criterion === 'tests');
  if (tests === undefined) return '## Tests\n\nNot required by the graduation criteria, so promote did not run them.';
  const count = counted === undefined ? '' : ` ${counted.passed} of ${counted.total} tests passed.`;
  return `## Tests\n\n${tests.evidence}.${count}`;
}

function benchmarksSection({ results, evidence }: ReportInput): string {
  const bounded = results.filter((result) => result.criterion.startsWith('benchmarks.'));
  const printed = evidence.benchRun === undefined ? undefined : readBenchFigures(evidence.benchRun.output);
  if (bounded.length === 0) return '## Benchmarks\n\nNo figure is bounded by the graduation criteria, so promote did not run the bench.';
  const table = bounded.map((result) => row([result.criterion.slice('benchmarks.'.length), result.evidence, result.required, result.status]));
  const others = Object.entries(printed ?? {}).filter(([name]) => !bounded.some((result) => result.criterion === `benchmarks.${name}`));
  const rest = others.length === 0 ? '' : `\n\nAlso printed: ${others.map(([name, value]) => `${name} ${value}`).join(', ')}.`;
  return ['## Benchmarks', '', row(['figure', 'value', 'bound', 'status']), row(Array(4).fill('---')), ...table].join('\n') + rest;
}

/** The README's limitations section as written (`## Known limitations`, `## Limitations`). */
function limitationsSection(tree: Tree, options: NormalizedPromoteOptions): string {
  const readme = tree.read(joinPathFragments(options.previewRoot, 'README.md'), 'utf-8') ?? '';
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((line) => /^##\s+.*limitations/i.test(line));
  if (start === -1) return '## Open limitations\n\nThe README names none (it has no limitations section).';
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  const body = lines.slice(start + 1, end === -1 ? undefined : end).join('\n').trim();
  return `## Open limitations\n\nFrom ${options.previewRoot}/README.md, "${(lines[start] as string).replace(/^##\s+/, '')}":\n\n${body === '' ? '(empty)' : body}`;
}

function criteriaSection(results: readonly CriterionResult[]): string {
  if (results.length === 0) return '## Graduation criteria\n\nNo graduation criterion applies (nx.json and the blueprint name none).';
  return ['## Graduation criteria', '', row(['criterion', 'required', 'evidence', 'status']), row(Array(4).fill('---')), ...results.map((result) => row([result.criterion, result.required, result.evidence, result.status]))].join('\n');
}

function summarize(input: ReportInput, file: string, cycles: number, changes: ChangeRow[] | undefined, counted: { total: number; passed: number } | undefined): string {
  const breaking = changes?.filter(({ change }) => change.breaking).length ?? 0;
  const printed = input.evidence.benchRun === undefined ? undefined : readBenchFigures(input.evidence.benchRun.output);
  // `required` reads "<= 10 (who requires it)": the bound is its first part.
  const figures = input.results
    .filter((result) => result.criterion.startsWith('benchmarks.'))
    .map((result) => {
      const name = result.criterion.slice('benchmarks.'.length);
      return `${name} ${printed?.[name] ?? 'unknown'} (${result.required.split(' (')[0]})`;
    });
  const parts = [
    `${cycles} release cycles in preview`,
    changes === undefined ? 'API history unreadable' : `${changes.length} API changes recorded (${breaking} breaking)`,
    ...(counted === undefined ? [] : [`${counted.passed} tests passing`]),
    ...(figures.length === 0 ? [] : [`benchmarks ${figures.join(', ')}`]),
  ];
  const met = input.results.filter((result) => result.status === 'met').length;
  return `Stabilization report: ${file} (${parts.join('; ')}; ${met} of ${input.results.length} graduation criteria met).`;
}

/** A Markdown table row; a cell's pipes are escaped and its line breaks joined. */
function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
}
