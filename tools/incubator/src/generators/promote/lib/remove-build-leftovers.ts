// Named imports: Nx loads local generators as CommonJS, where a default import of a built-in is undefined.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What builds and tests leave in a package folder (all git-ignored, so not in the Nx Tree). */
const BUILD_OUTPUT = new Set(['dist', 'out-tsc', 'node_modules', 'coverage', 'temp', '.switchyard']);

function isBuildOutput(entry: string): boolean {
  return BUILD_OUTPUT.has(entry) || entry.endsWith('.tsbuildinfo');
}

/**
 * Nx's move only moves the files it tracks, so the old preview folder keeps its ignored build
 * output (dist/, out-tsc/...), a stale copy of the package at the old path. Removed once the
 * Tree is written, and only when nothing else is left in it. Returns what was done, for the log.
 */
export function removeBuildLeftovers(workspaceRoot: string, previewRoot: string): string | undefined {
  const folder = join(workspaceRoot, previewRoot);
  if (!existsSync(folder)) return undefined;
  const entries = readdirSync(folder);
  const kept = entries.filter((entry) => !isBuildOutput(entry));
  if (kept.length > 0) return `${previewRoot} still holds ${kept.join(', ')}: left in place for you to review`;
  rmSync(folder, { recursive: true, force: true });
  return `removed ${previewRoot}, which held only build output (${entries.join(', ')})`;
}
