import semver from 'semver';
import type { ReleaseRow } from './release-plan.js';

/**
 * Releases that would take a preview from 0.x to a stable-looking version. The policy check
 * refuses an explicit major changeset; this also catches the major Changesets adds by itself
 * when an sdk major leaves a preview's peer range.
 */
export function previewsLeavingZero(rows: readonly ReleaseRow[]): ReleaseRow[] {
  return rows.filter((row) => row.stability === 'preview' && semver.major(row.oldVersion) === 0 && semver.major(row.newVersion) > 0);
}

export function formatPreviewRefusal(rows: readonly ReleaseRow[]): string {
  const lines = rows.map(
    (row) =>
      `  ${row.packageName} ${row.oldVersion} -> ${row.newVersion}: only promotion releases a preview as 1.0.0 (npx nx g @switchyard/incubator:promote ${row.packageName.replace(/^@[^/]+\//, '')}). ` +
      `If a major changeset names it, make it minor; if an @switchyard/sdk major leaves its peer range, widen that range in its package.json (e.g. "^1.0.0 || ^2.0.0") with a minor changeset.`,
  );
  return `Release refused: ${rows.length === 1 ? 'a preview' : 'previews'} would leave 0.x.\n${lines.join('\n')}\n`;
}
