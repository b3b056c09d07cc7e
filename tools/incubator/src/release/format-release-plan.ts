import { previewsLeavingZero } from './preview-guard.js';
import type { ReleaseRow } from './release-plan.js';

const HEADERS = ['package', 'version', 'bump', 'stability'];

/** The plan as an aligned table; a preview that would reach 1.0.0 is flagged (the policy check refuses it). */
export function formatReleasePlan(rows: readonly ReleaseRow[]): string {
  if (rows.length === 0) return 'No pending changesets: no version changes.\n';
  const cells = rows.map((row) => [row.packageName, `${row.oldVersion} -> ${row.newVersion}`, row.bump, stabilityCell(row)]);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...cells.map((line) => line[column].length)));
  const format = (line: string[]) => line.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [format(HEADERS), format(widths.map((width) => '-'.repeat(width))), ...cells.map(format)].join('\n') + '\n';
}

function stabilityCell(row: ReleaseRow): string {
  return previewsLeavingZero([row]).length > 0 ? `${row.stability} (REFUSED: only promote may leave 0.x)` : row.stability;
}
