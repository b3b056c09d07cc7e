import { joinPathFragments, type Tree } from '@nx/devkit';
import type { ApiChange } from '../compat/api-change.js';
import { type ApiRelease, diffApiFiles, parseApiHistory } from '../compat/api-history.js';
import { API_FOLDER, API_HISTORY, RELEASED_FOLDER } from '../compat/api-layout.js';

/** The last breaking change of a package's API: the release that shipped it, or the current sources (version null). */
export interface ApiBreak {
  cycle: number;
  version: string | null;
  changes: ApiChange[];
}

/** How long a package's API has held, from the release history and the unreleased diff. */
export interface ApiSoak {
  historyFile: string;
  releases: ApiRelease[];
  /** The current api/ against the last released baseline: changes no release has shipped yet. */
  unreleased: ApiChange[];
  lastBreak?: ApiBreak;
  /** Cycles, up to the current one, since the last break (or since the package entered, when none). */
  soakedCycles: number;
}

/**
 * Reads `<root>/api/released/history.json` and diffs api/ against api/released/ with the gate's
 * diffs. An unreleased break counts as one in the current cycle: it would ship with the next
 * release. Returns the sentence to report when the history or an API file cannot be read.
 */
export function readApiSoak(tree: Tree, root: string, cycles: { entered: number; current: number }): ApiSoak | { failure: string } {
  const historyFile = joinPathFragments(root, RELEASED_FOLDER, API_HISTORY);
  try {
    const { releases } = parseApiHistory(tree.read(historyFile, 'utf-8'), historyFile);
    const unreleased = unreleasedChanges(tree, root);
    const lastBreak = findLastBreak(releases, unreleased, cycles.current);
    const since = Math.max(cycles.entered, lastBreak?.cycle ?? cycles.entered);
    return { historyFile, releases, unreleased, ...(lastBreak === undefined ? {} : { lastBreak }), soakedCycles: Math.max(0, cycles.current - since) };
  } catch (caught) {
    return { failure: `the API history of ${root} cannot be read: ${(caught as Error).message}` };
  }
}

function unreleasedChanges(tree: Tree, root: string): ApiChange[] {
  const folders = { released: joinPathFragments(root, RELEASED_FOLDER), current: joinPathFragments(root, API_FOLDER) };
  const names = [...tree.children(folders.current), ...tree.children(folders.released)];
  return diffApiFiles(names, (side, file) => tree.read(joinPathFragments(folders[side], file), 'utf-8'));
}

function findLastBreak(releases: readonly ApiRelease[], unreleased: readonly ApiChange[], currentCycle: number): ApiBreak | undefined {
  const pending = unreleased.filter((change) => change.breaking);
  if (pending.length > 0) return { cycle: currentCycle, version: null, changes: pending };
  const release = [...releases].reverse().find((candidate) => candidate.changes.some((change) => change.breaking));
  return release === undefined ? undefined : { cycle: release.cycle, version: release.version, changes: release.changes.filter((change) => change.breaking) };
}

/** `cycle 3 (0.3.0)`, or `cycle 3 (unreleased)` for a break in the current sources. */
export function describeBreak(lastBreak: ApiBreak): string {
  return `cycle ${lastBreak.cycle} (${lastBreak.version ?? 'unreleased'})`;
}

/** `http GET /v2.0/x: operation removed`, the first few of them: a refusal stays readable. */
export function listChanges(changes: readonly ApiChange[], limit = 3): string {
  const shown = changes.slice(0, limit).map((change) => `${change.surface} ${change.element}: ${change.change}`);
  return changes.length > limit ? `${shown.join('; ')}; and ${changes.length - limit} more` : shown.join('; ');
}
