import { joinPathFragments, type Tree } from '@nx/devkit';
import { blueprintPath } from '../../../lib/approved-blueprint.js';
import { type ApiSoak, describeBreak, listChanges, readApiSoak } from '../../../lib/api-soak.js';
import { readBlueprintGraduation } from '../../../lib/blueprint-graduation.js';
import { type GraduationCriteria, parseGraduationCriteria } from '../../../lib/graduation-criteria.js';
import type { GraduationEvidence } from './graduation-evidence.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';
import { testsResult } from './check-tests.js';
import { type RequiredFigure, benchmarkResults } from './check-benchmarks.js';
import { type CriterionResult, judged, notGathered } from './criterion-result.js';

const DEFAULTS = 'the default graduation criteria in nx.json';

/** What checkGraduation needs of the preview's package.json. */
export interface PreviewStanding {
  blueprint: string;
  enteredCycle: unknown;
}

/**
 * The graduation criteria promote verifies, the defaults (nx.json) tightened by the blueprint's
 * `graduation:`, one sentence per unmet criterion, each naming who requires it and the evidence read.
 */
export function checkGraduation(tree: Tree, options: NormalizedPromoteOptions, preview: PreviewStanding, evidence: GraduationEvidence = {}): string[] {
  const evaluated = evaluateGraduation(tree, options, preview, evidence);
  if (evaluated === undefined) return [];
  return 'failure' in evaluated ? [evaluated.failure] : evaluated.results.flatMap((result) => result.failures);
}

/**
 * Every criterion that applies, judged: every README section `docs` names exists as a `## <title>`
 * heading (case aside), the preview spent `min_cycles_in_preview` cycles since it entered, its API
 * held `api_soak_cycles` (api/released/history.json and the unreleased diff), and the evidence
 * gathered before (graduation-evidence.ts) shows the `tests` targets passing and the `benchmarks`
 * within bounds. Undefined when the blueprint or README is missing (their own rules report that).
 */
export function evaluateGraduation(
  tree: Tree,
  options: NormalizedPromoteOptions,
  preview: PreviewStanding,
  evidence: GraduationEvidence = {},
): { results: CriterionResult[] } | { failure: string } | undefined {
  const file = blueprintPath(preview.blueprint);
  const readmePath = joinPathFragments(options.previewRoot, 'README.md');
  const readme = tree.read(readmePath, 'utf-8');
  const read = readBlueprintCriteria(tree, preview.blueprint);
  if (read === undefined || readme === null) return undefined;
  if ('failure' in read) return read;
  const { criteria } = read;
  const testsBy = options.graduation.tests === true ? DEFAULTS : `${file} (graduation.tests)`;
  const results = [
    ...cyclesResult(options, preview.enteredCycle, criteria.min_cycles_in_preview, file),
    ...soakResult(tree, options, preview.enteredCycle, criteria.api_soak_cycles, file),
    ...docsResult(readmePath, readme, requiredSections(options, criteria, file)),
    ...(options.graduation.tests === true || criteria.tests === true ? [testsResult(evidence.testRuns, testsBy)] : []),
    ...benchmarkResults(evidence.benchRun, requiredFigures(options, criteria, file)),
  ];
  return { results };
}

/** Every bound on a bench figure, nx.json's and the blueprint's: both must hold, the blueprint's being the stricter. */
function requiredFigures(options: NormalizedPromoteOptions, criteria: GraduationCriteria, file: string): RequiredFigure[] {
  const fromDefaults = Object.entries(options.graduation.benchmarks ?? {}).map(([name, threshold]) => ({ name, threshold, by: DEFAULTS }));
  const fromBlueprint = Object.entries(criteria.benchmarks ?? {}).map(([name, threshold]) => ({ name, threshold, by: `${file} (graduation.benchmarks.${name})` }));
  return [...fromBlueprint, ...fromDefaults.filter(({ name }) => !fromBlueprint.some((other) => other.name === name))];
}

function requiredSections(options: NormalizedPromoteOptions, criteria: GraduationCriteria, file: string) {
  return [
    ...(options.graduation.docs ?? []).map((section) => ({ section, by: DEFAULTS })),
    ...(criteria.docs ?? []).map((section) => ({ section, by: `${file} (graduation.docs)` })),
  ];
}

/**
 * The blueprint's own criteria, or the sentence saying why they cannot be read; undefined when
 * the blueprint file is missing (the approved-blueprint rule reports that).
 */
export function readBlueprintCriteria(tree: Tree, blueprint: string): { criteria: GraduationCriteria } | { failure: string } | undefined {
  const file = blueprintPath(blueprint);
  const text = tree.read(file, 'utf-8');
  if (text === null) return undefined;
  const { graduation, frontMatterError } = readBlueprintGraduation(text);
  if (frontMatterError !== undefined) return { failure: `${file}: the front matter is not valid YAML (${frontMatterError}); correct it, \`npm run check\` shows where.` };
  const { criteria, problems } = parseGraduationCriteria(graduation);
  if (problems.length > 0) return { failure: `${file}: its graduation criteria are not valid; \`npm run check\` lists each problem (rule graduation-criteria).` };
  return { criteria };
}

/** The stricter of nx.json's and the blueprint's count, and who asks for it; undefined when neither names one. */
function wantedCycles(fromDefaults: number | undefined, fromBlueprint: number | undefined, blueprintKey: string): { wanted: number; by: string } | undefined {
  if (fromDefaults === undefined && fromBlueprint === undefined) return undefined;
  const wanted = Math.max(fromDefaults ?? 0, fromBlueprint ?? 0);
  return { wanted, by: (fromBlueprint ?? -1) >= (fromDefaults ?? 0) ? blueprintKey : DEFAULTS };
}

function cyclesResult(options: NormalizedPromoteOptions, enteredCycle: unknown, fromBlueprint: number | undefined, file: string): CriterionResult[] {
  const asked = wantedCycles(options.graduation.min_cycles_in_preview, fromBlueprint, `${file} (graduation.min_cycles_in_preview)`);
  if (asked === undefined) return [];
  const required = `>= ${asked.wanted} release cycles in preview (${asked.by})`;
  // A missing or wrong enteredCycle is the policy check's to report (stability-metadata).
  if (typeof enteredCycle !== 'number') return [notGathered('min_cycles_in_preview', required, 'switchyard.enteredCycle is missing (npm run check reports it)')];
  const spent = options.currentCycle - enteredCycle;
  const evidence = `entered in cycle ${enteredCycle}, current cycle ${options.currentCycle}: ${spent} cycles`;
  const failures =
    spent >= asked.wanted
      ? []
      : [
          `${options.packageName} entered preview in cycle ${enteredCycle} and the current cycle is ${options.currentCycle}: ${spent} cycles in preview, and ${asked.by} requires ${asked.wanted}; promote it in cycle ${enteredCycle + asked.wanted} or later.`,
        ];
  return [judged('min_cycles_in_preview', required, evidence, failures)];
}

function soakResult(tree: Tree, options: NormalizedPromoteOptions, enteredCycle: unknown, fromBlueprint: number | undefined, file: string): CriterionResult[] {
  const asked = wantedCycles(options.graduation.api_soak_cycles, fromBlueprint, `${file} (graduation.api_soak_cycles)`);
  if (asked === undefined) return [];
  const required = `>= ${asked.wanted} cycles without a breaking API change (${asked.by})`;
  if (typeof enteredCycle !== 'number') return [notGathered('api_soak_cycles', required, 'switchyard.enteredCycle is missing (npm run check reports it)')];
  const soak = readApiSoak(tree, options.previewRoot, { entered: enteredCycle, current: options.currentCycle });
  if ('failure' in soak) return [judged('api_soak_cycles', required, soak.failure, [`${soak.failure}.`])];
  const { lastBreak, soakedCycles, historyFile } = soak;
  const evidence =
    lastBreak === undefined
      ? `no breaking change in ${soak.releases.length} recorded releases (${historyFile}) nor unreleased: ${soakedCycles} cycles since it entered`
      : `last break in ${describeBreak(lastBreak)}: ${listChanges(lastBreak.changes)}; ${soakedCycles} cycles since (${historyFile})`;
  return [judged('api_soak_cycles', required, evidence, soakedCycles >= asked.wanted ? [] : [soakRefusal(options, soak, asked, enteredCycle)])];
}

/** The break (released, or in the current api/), the cycles it leaves, the evidence and the fix. */
function soakRefusal(options: NormalizedPromoteOptions, soak: ApiSoak, asked: { wanted: number; by: string }, enteredCycle: number): string {
  const { lastBreak, soakedCycles, historyFile } = soak;
  const unreleased = lastBreak?.version === null;
  const fix = unreleased
    ? `make the change additive or revert it; or release it and promote ${asked.wanted} cycles later`
    : `keep its API compatible and promote it in cycle ${(lastBreak?.cycle ?? enteredCycle) + asked.wanted} or later`;
  const history = lastBreak === undefined ? `has had ${soakedCycles} cycles since it entered in cycle ${enteredCycle}` : `broke in ${describeBreak(lastBreak)}: ${listChanges(lastBreak.changes)}`;
  const evidence = unreleased ? `the current api/ against ${options.previewRoot}/api/released/` : historyFile;
  return `${options.packageName}'s API ${history}; ${asked.by} requires ${asked.wanted} cycles without a breaking change, and it has ${soakedCycles} (evidence: ${evidence}): ${fix}.`;
}

function docsResult(readmePath: string, readme: string, required: ReadonlyArray<{ section: string; by: string }>): CriterionResult[] {
  if (required.length === 0) return [];
  const headings = new Set(readme.split(/\r?\n/).flatMap((line) => /^##\s+(.+?)\s*#*\s*$/.exec(line)?.[1]?.toLowerCase() ?? []));
  const firstOf = (section: string) => required.findIndex((other) => other.section.toLowerCase() === section.toLowerCase());
  const unique = required.filter(({ section }, index) => firstOf(section) === index);
  const missing = unique.filter(({ section }) => !headings.has(section.toLowerCase()));
  const present = unique.filter(({ section }) => headings.has(section.toLowerCase()));
  const by = [...new Set(unique.map((entry) => entry.by))].join('; ');
  const evidence = `${readmePath}: ${present.length === 0 ? 'none of them' : `has ${present.map(({ section }) => `"${section}"`).join(', ')}`}${missing.length === 0 ? '' : `, lacks ${missing.map(({ section }) => `"${section}"`).join(', ')}`}`;
  const failures = missing.map(({ section, by: who }) => `${readmePath} has no "## ${section}" section, which ${who} requires: write it before promoting.`);
  return [judged('docs', `README sections ${unique.map(({ section }) => `"${section}"`).join(', ')} (${by})`, evidence, failures)];
}
