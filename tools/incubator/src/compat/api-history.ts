import type { ApiChange } from './api-change.js';
import { apiSurfacesOf } from './api-surfaces.js';

/** One release of a package as the release recorded it in api/released/history.json. */
export interface ApiRelease {
  version: string;
  /** The release cycle it opened (release-cycle.json after open-cycle). */
  cycle: number;
  /** Its API against the release before, breaking or not; empty for the first release. */
  changes: ApiChange[];
}

export interface ApiHistory {
  releases: ApiRelease[];
}

export class ApiHistoryError extends Error {
  override name = 'ApiHistoryError';
}

/** The file's history; none recorded when there is no file. Throws, naming `source`, on a file that is not one. */
export function parseApiHistory(text: string | null, source: string): ApiHistory {
  if (text === null) return { releases: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (caught) {
    throw new ApiHistoryError(`${source} is not valid JSON (${(caught as Error).message}); the release writes it, restore it from git.`);
  }
  const releases = (parsed as { releases?: unknown } | null)?.releases;
  if (!Array.isArray(releases) || !releases.every(isRelease)) {
    throw new ApiHistoryError(`${source} is not an API history; expected {"releases": [{"version": "0.2.0", "cycle": 2, "changes": [...]}]}, as the release writes it.`);
  }
  return { releases };
}

function isRelease(value: unknown): value is ApiRelease {
  const release = value as Partial<ApiRelease> | null;
  return typeof release?.version === 'string' && Number.isInteger(release.cycle) && Array.isArray(release.changes);
}

/** The history with one more release, as the file holds it: one change per line, so a diff reads like a changelog. */
export function formatApiHistory(history: ApiHistory): string {
  const release = ({ version, cycle, changes }: ApiRelease) => {
    const lines = changes.map((change) => `        ${JSON.stringify(change)}`).join(',\n');
    return `    { "version": ${JSON.stringify(version)}, "cycle": ${cycle}, "changes": [${changes.length === 0 ? '' : `\n${lines}\n    `}] }`;
  };
  return `{\n  "releases": [\n${history.releases.map(release).join(',\n')}\n  ]\n}\n`;
}

/**
 * Every change between two readings of a package's API files (api/released/ and api/), by the
 * gate's own diffs: a surface only the current side has is new (no baseline, nothing to compare),
 * one only the released side has was removed, which breaks its users.
 */
export function diffApiFiles(names: Iterable<string>, read: (side: 'released' | 'current', file: string) => string | null): ApiChange[] {
  return apiSurfacesOf(names).flatMap((surface) => {
    const released = read('released', surface.file);
    const current = read('current', surface.file);
    if (released === null) return [];
    if (current === null) return [{ surface: surface.file.endsWith('openapi.json') ? 'http' : 'typescript', element: surface.name, change: `removed (${surface.file})`, breaking: true } satisfies ApiChange];
    return surface.diff(released, current);
  });
}
