import { readNxJson, type Tree } from '@nx/devkit';
import { normalizeOptions } from '../generators/promote/lib/normalize-options.js';
import { checkPromotionCriteria } from '../generators/promote/lib/check-promotion-criteria.js';
import { evaluateGraduation } from '../generators/promote/lib/check-graduation.js';
import type { CriterionResult } from '../generators/promote/lib/criterion-result.js';
import { type GraduationEvidence, type PromoteDependencies, gatherEvidence } from '../generators/promote/lib/graduation-evidence.js';
import { describeBreak, readApiSoak } from '../lib/api-soak.js';
import { GeneratorRefusal } from '../lib/generator-refusal.js';
import { readIncubatorConfig } from '../lib/incubator-config.js';
import { readReleaseCycleFromTree } from '../lib/release-cycle.js';
import { readRetiredPackages } from '../lib/retired-packages.js';
import { listWorkspacePackages, type WorkspacePackage } from '../lib/workspace-packages.js';

/** One package on the board: where it stands in the lifecycle and what its maintainer does next. */
export interface BoardRow {
  package: string;
  stability: 'preview' | 'stable' | 'retired';
  version: string;
  blueprint: string | null;
  /** The cycle it entered preview (for a promoted package: entered before promotion). */
  enteredCycle: number | null;
  /** Cycles before the stagnation limit fails the policy check (previews only; 0 or less: over). */
  cyclesLeft: number | null;
  /** The last breaking change of its API (api/released/history.json, or `unreleased` in the sources), `none`, or null (retired). */
  lastApiBreak: string | null;
  /** Each graduation criterion, judged as promote judges it; `unknown` when its targets were not run (see --verify). */
  criteria: CriterionResult[];
  /** What promote would refuse today, one line per unmet criterion; empty when it would promote. */
  unmet: string[];
  next: string;
  /** The command that does it, when there is one. */
  command: string | null;
}

export interface Board {
  currentCycle: number;
  maxPreviewAgeCycles: number;
  rows: BoardRow[];
}

interface SwitchyardMetadata {
  stability?: string;
  enteredCycle?: number;
  blueprint?: string;
  renewals?: Array<{ cycle: number; blueprint: string }>;
  promotedFrom?: { enteredCycle?: number };
}

/** Promoted or retired this long ago still shows, so a maintainer sees the recent moves. */
const RECENT_CYCLES = 2;

interface BoardContext {
  tree: Tree;
  currentCycle: number;
  maxAge: number;
  /** What `--verify` ran, by preview folder name; without it, tests and benchmarks stay unknown. */
  evidence: ReadonlyMap<string, GraduationEvidence>;
}

/** `evidence`: the runs `gatherBoardEvidence` made (`npm run lifecycle -- --verify`); none by default, so the board writes and runs nothing. */
export function readBoard(tree: Tree, evidence: ReadonlyMap<string, GraduationEvidence> = new Map()): Board {
  const config = readIncubatorConfig(readNxJson(tree), readReleaseCycleFromTree(tree));
  const context: BoardContext = { tree, currentCycle: config.currentReleaseCycle, maxAge: config.maxPreviewAgeCycles, evidence };
  const packages = listWorkspacePackages(tree);
  const rows = [
    ...previewsOf(packages).map((preview) => previewRow(context, preview)),
    ...packages.filter((candidate) => isRecentlyPromoted(candidate, context.currentCycle)).map((promoted) => promotedRow(context, promoted)),
    ...readRetiredPackages(tree).filter((entry) => context.currentCycle - entry.cycle <= RECENT_CYCLES).map(retiredRow),
  ];
  return { currentCycle: config.currentReleaseCycle, maxPreviewAgeCycles: config.maxPreviewAgeCycles, rows };
}

/**
 * Runs, for every preview, what promote would run for its criteria (lint, typecheck, test, bench
 * through Nx), one preview after the other: `npm run lifecycle -- --verify`.
 */
export async function gatherBoardEvidence(tree: Tree, dependencies: PromoteDependencies): Promise<Map<string, GraduationEvidence>> {
  const evidence = new Map<string, GraduationEvidence>();
  for (const preview of previewsOf(listWorkspacePackages(tree))) {
    const name = folderName(preview);
    evidence.set(name, await gatherEvidence(tree, normalizeOptions(tree, { name }), dependencies));
  }
  return evidence;
}

function previewsOf(packages: readonly WorkspacePackage[]): WorkspacePackage[] {
  return packages.filter((candidate) => metadataOf(candidate).stability === 'preview');
}

function folderName(candidate: WorkspacePackage): string {
  return candidate.root.split('/').pop() as string;
}

function previewRow(context: BoardContext, preview: WorkspacePackage): BoardRow {
  const metadata = metadataOf(preview);
  const since = Math.max(metadata.enteredCycle ?? context.currentCycle, ...(metadata.renewals ?? []).map((renewal) => renewal.cycle));
  const cyclesLeft = context.maxAge - (context.currentCycle - since);
  const name = folderName(preview);
  const evidence = context.evidence.get(name) ?? {};
  const unmet = promotionRefusals(context.tree, name, evidence);
  const base = {
    package: preview.name,
    stability: 'preview' as const,
    version: preview.version,
    blueprint: metadata.blueprint ?? null,
    enteredCycle: metadata.enteredCycle ?? null,
    cyclesLeft,
    lastApiBreak: lastApiBreak(context, preview.root, metadata.enteredCycle),
    criteria: criteriaOf(context.tree, name, metadata, evidence),
    unmet,
  };
  const notRun = base.criteria.filter((criterion) => criterion.status === 'unknown').length;
  if (unmet.length === 0) {
    const next = notRun === 0 ? 'promote: every criterion promote checks is met' : `promote: every criterion read here is met; promote runs the ${notRun} not run (or --verify)`;
    return { ...base, next, command: `npx nx g @switchyard/incubator:promote ${name}` };
  }
  if (cyclesLeft <= 0) {
    return { ...base, next: 'renew under a new approved blueprint, or retire: the stagnation limit is reached', command: `npx nx g @switchyard/incubator:renew ${name} --blueprint <BP-NNNN>` };
  }
  return { ...base, next: `keep developing: ${unmet.length} criteria left before promote`, command: null };
}

/** What `promote` would say today, without writing: its refusal, one line per unmet criterion. */
function promotionRefusals(tree: Tree, name: string, evidence: GraduationEvidence): string[] {
  try {
    checkPromotionCriteria(tree, normalizeOptions(tree, { name }), evidence);
    return [];
  } catch (error) {
    if (!(error instanceof GeneratorRefusal)) throw error;
    const lines = error.message.split('\n').filter((line) => line.startsWith('  - '));
    return lines.length > 0 ? lines.map((line) => line.slice(4)) : [error.message];
  }
}

/** The graduation criteria as promote judges them; none when the blueprint cannot be read (the refusal says why). */
function criteriaOf(tree: Tree, name: string, metadata: SwitchyardMetadata, evidence: GraduationEvidence): CriterionResult[] {
  if (typeof metadata.blueprint !== 'string') return [];
  const evaluated = evaluateGraduation(tree, normalizeOptions(tree, { name }), { blueprint: metadata.blueprint, enteredCycle: metadata.enteredCycle }, evidence);
  return evaluated !== undefined && 'results' in evaluated ? evaluated.results : [];
}

function lastApiBreak(context: BoardContext, root: string, enteredCycle: number | undefined): string {
  const soak = readApiSoak(context.tree, root, { entered: enteredCycle ?? context.currentCycle, current: context.currentCycle });
  if ('failure' in soak) return 'unknown (history unreadable)';
  return soak.lastBreak === undefined ? 'none' : describeBreak(soak.lastBreak);
}

function isRecentlyPromoted(candidate: WorkspacePackage, currentCycle: number): boolean {
  const metadata = metadataOf(candidate);
  return metadata.stability === 'stable' && metadata.promotedFrom !== undefined && currentCycle - (metadata.enteredCycle ?? 0) <= RECENT_CYCLES;
}

function promotedRow(context: BoardContext, promoted: WorkspacePackage): BoardRow {
  const metadata = metadataOf(promoted);
  return {
    package: promoted.name,
    stability: 'stable',
    version: promoted.version,
    blueprint: metadata.blueprint ?? null,
    enteredCycle: metadata.promotedFrom?.enteredCycle ?? null,
    cyclesLeft: null,
    lastApiBreak: lastApiBreak(context, promoted.root, metadata.promotedFrom?.enteredCycle),
    criteria: [],
    unmet: [],
    next: `promoted in cycle ${metadata.enteredCycle}: stable, changes only backwards-compatibly`,
    command: null,
  };
}

function retiredRow(entry: ReturnType<typeof readRetiredPackages>[number]): BoardRow {
  return {
    package: entry.package,
    stability: 'retired',
    version: entry.lastVersion,
    blueprint: null,
    enteredCycle: null,
    cyclesLeft: null,
    lastApiBreak: null,
    criteria: [],
    unmet: [],
    next: `retired in cycle ${entry.cycle}: ${entry.reason}`,
    command: null,
  };
}

function metadataOf(candidate: WorkspacePackage): SwitchyardMetadata {
  const metadata = (candidate.packageJson as { switchyard?: unknown }).switchyard;
  return typeof metadata === 'object' && metadata !== null ? (metadata as SwitchyardMetadata) : {};
}
