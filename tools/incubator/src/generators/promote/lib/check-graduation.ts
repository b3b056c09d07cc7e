import { joinPathFragments, type Tree } from '@nx/devkit';
import { blueprintPath } from '../../../lib/approved-blueprint.js';
import { readBlueprintGraduation } from '../../../lib/blueprint-graduation.js';
import { type GraduationCriteria, parseGraduationCriteria } from '../../../lib/graduation-criteria.js';
import type { GraduationEvidence } from './graduation-evidence.js';
import type { NormalizedPromoteOptions } from './normalize-options.js';
import { failedTestTargets } from './check-tests.js';
import { type RequiredFigure, unmetBenchmarks } from './check-benchmarks.js';

/**
 * The graduation criteria promote verifies, the defaults (nx.json) tightened by the blueprint's
 * `graduation:`: every README section `docs` names exists as a `## <title>` heading (case aside),
 * the preview spent `min_cycles_in_preview` release cycles since it entered, and the evidence
 * gathered before (graduation-evidence.ts) shows the `tests` targets passing. One sentence per
 * unmet criterion, each naming who requires it and the evidence read.
 */
export function checkGraduation(
  tree: Tree,
  options: NormalizedPromoteOptions,
  preview: { blueprint: string; enteredCycle: unknown },
  evidence: GraduationEvidence = {},
): string[] {
  const { blueprint } = preview;
  const file = blueprintPath(blueprint);
  const readme = tree.read(joinPathFragments(options.previewRoot, 'README.md'), 'utf-8');
  const read = readBlueprintCriteria(tree, blueprint);
  // A missing blueprint or README is reported by the rules about them.
  if (read === undefined || readme === null) return [];
  if ('failure' in read) return [read.failure];
  const { criteria } = read;
  const readmePath = joinPathFragments(options.previewRoot, 'README.md');
  const required = [
    ...(options.graduation.docs ?? []).map((section) => ({ section, by: 'the default graduation criteria in nx.json' })),
    ...(criteria.docs ?? []).map((section) => ({ section, by: `${file} (graduation.docs)` })),
  ];
  const testsBy = options.graduation.tests === true ? 'the default graduation criteria in nx.json' : `${file} (graduation.tests)`;
  return [
    ...missingCycles(options, preview.enteredCycle, criteria.min_cycles_in_preview, file),
    ...missingSections(readmePath, readme, required),
    ...failedTestTargets(evidence.testRuns ?? [], testsBy),
    ...unmetBenchmarks(evidence.benchRun, requiredFigures(options, criteria, file)),
  ];
}

/** Every bound on a bench figure, nx.json's and the blueprint's: both must hold, the blueprint's being the stricter. */
function requiredFigures(options: NormalizedPromoteOptions, criteria: GraduationCriteria, file: string): RequiredFigure[] {
  const fromDefaults = Object.entries(options.graduation.benchmarks ?? {}).map(([name, threshold]) => ({ name, threshold, by: 'the default graduation criteria in nx.json' }));
  const fromBlueprint = Object.entries(criteria.benchmarks ?? {}).map(([name, threshold]) => ({ name, threshold, by: `${file} (graduation.benchmarks.${name})` }));
  return [...fromBlueprint, ...fromDefaults.filter(({ name }) => !fromBlueprint.some((other) => other.name === name))];
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

function missingCycles(options: NormalizedPromoteOptions, enteredCycle: unknown, fromBlueprint: number | undefined, file: string): string[] {
  const wanted = Math.max(options.graduation.min_cycles_in_preview ?? 0, fromBlueprint ?? 0);
  // A missing or wrong enteredCycle is the policy check's to report (stability-metadata).
  if (wanted === 0 || typeof enteredCycle !== 'number') return [];
  const spent = options.currentCycle - enteredCycle;
  if (spent >= wanted) return [];
  const by = (fromBlueprint ?? 0) >= (options.graduation.min_cycles_in_preview ?? 0) ? `${file} (graduation.min_cycles_in_preview)` : 'the default graduation criteria in nx.json';
  return [
    `${options.packageName} entered preview in cycle ${enteredCycle} and the current cycle is ${options.currentCycle}: ${spent} cycles in preview, and ${by} requires ${wanted}; promote it in cycle ${enteredCycle + wanted} or later.`,
  ];
}

function missingSections(readmePath: string, readme: string, required: ReadonlyArray<{ section: string; by: string }>): string[] {
  const headings = new Set(readme.split(/\r?\n/).flatMap((line) => /^##\s+(.+?)\s*#*\s*$/.exec(line)?.[1]?.toLowerCase() ?? []));
  const firstOf = (section: string) => required.findIndex((other) => other.section.toLowerCase() === section.toLowerCase());
  return required
    .filter(({ section }, index) => !headings.has(section.toLowerCase()) && firstOf(section) === index)
    .map(({ section, by }) => `${readmePath} has no "## ${section}" section, which ${by} requires: write it before promoting.`);
}
