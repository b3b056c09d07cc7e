import { readNxJson, type Tree } from '@nx/devkit';
import { normalizeOptions } from '../generators/promote/lib/normalize-options.js';
import { checkPromotionCriteria } from '../generators/promote/lib/check-promotion-criteria.js';
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

export function readBoard(tree: Tree): Board {
  const config = readIncubatorConfig(readNxJson(tree), readReleaseCycleFromTree(tree));
  const context = { tree, currentCycle: config.currentReleaseCycle, maxAge: config.maxPreviewAgeCycles };
  const packages = listWorkspacePackages(tree);
  const rows = [
    ...packages.filter((candidate) => metadataOf(candidate).stability === 'preview').map((preview) => previewRow(context, preview)),
    ...packages.filter((candidate) => isRecentlyPromoted(candidate, context.currentCycle)).map(promotedRow),
    ...readRetiredPackages(tree).filter((entry) => context.currentCycle - entry.cycle <= RECENT_CYCLES).map(retiredRow),
  ];
  return { currentCycle: config.currentReleaseCycle, maxPreviewAgeCycles: config.maxPreviewAgeCycles, rows };
}

function previewRow(context: { tree: Tree; currentCycle: number; maxAge: number }, preview: WorkspacePackage): BoardRow {
  const metadata = metadataOf(preview);
  const since = Math.max(metadata.enteredCycle ?? context.currentCycle, ...(metadata.renewals ?? []).map((renewal) => renewal.cycle));
  const cyclesLeft = context.maxAge - (context.currentCycle - since);
  const name = preview.root.split('/').pop() as string;
  const unmet = promotionRefusals(context.tree, name);
  const base = { package: preview.name, stability: 'preview' as const, version: preview.version, blueprint: metadata.blueprint ?? null, enteredCycle: metadata.enteredCycle ?? null, cyclesLeft, unmet };
  if (unmet.length === 0) return { ...base, next: 'promote: every criterion promote checks is met', command: `npx nx g @switchyard/incubator:promote ${name}` };
  if (cyclesLeft <= 0) {
    return { ...base, next: 'renew under a new approved blueprint, or retire: the stagnation limit is reached', command: `npx nx g @switchyard/incubator:renew ${name} --blueprint <BP-NNNN>` };
  }
  return { ...base, next: `keep developing: ${unmet.length} criteria left before promote`, command: null };
}

/** What `promote` would say today, without writing: its refusal, one line per unmet criterion. */
function promotionRefusals(tree: Tree, name: string): string[] {
  try {
    checkPromotionCriteria(tree, normalizeOptions(tree, { name }));
    return [];
  } catch (error) {
    if (!(error instanceof GeneratorRefusal)) throw error;
    const lines = error.message.split('\n').filter((line) => line.startsWith('  - '));
    return lines.length > 0 ? lines.map((line) => line.slice(4)) : [error.message];
  }
}

function isRecentlyPromoted(candidate: WorkspacePackage, currentCycle: number): boolean {
  const metadata = metadataOf(candidate);
  return metadata.stability === 'stable' && metadata.promotedFrom !== undefined && currentCycle - (metadata.enteredCycle ?? 0) <= RECENT_CYCLES;
}

function promotedRow(promoted: WorkspacePackage): BoardRow {
  const metadata = metadataOf(promoted);
  return {
    package: promoted.name,
    stability: 'stable',
    version: promoted.version,
    blueprint: metadata.blueprint ?? null,
    enteredCycle: metadata.promotedFrom?.enteredCycle ?? null,
    cyclesLeft: null,
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
    unmet: [],
    next: `retired in cycle ${entry.cycle}: ${entry.reason}`,
    command: null,
  };
}

function metadataOf(candidate: WorkspacePackage): SwitchyardMetadata {
  const metadata = (candidate.packageJson as { switchyard?: unknown }).switchyard;
  return typeof metadata === 'object' && metadata !== null ? (metadata as SwitchyardMetadata) : {};
}
