import type { Board, BoardRow } from './board.js';

const COLUMNS: ReadonlyArray<{ title: string; value: (row: BoardRow) => string }> = [
  { title: 'package', value: (row) => row.package },
  { title: 'stability', value: (row) => row.stability },
  { title: 'version', value: (row) => row.version },
  { title: 'blueprint', value: (row) => row.blueprint ?? '-' },
  { title: 'entered', value: (row) => (row.enteredCycle === null ? '-' : String(row.enteredCycle)) },
  { title: 'cycles left', value: (row) => (row.cyclesLeft === null ? '-' : String(row.cyclesLeft)) },
  { title: 'last API break', value: (row) => row.lastApiBreak ?? '-' },
  { title: 'criteria', value: (row) => (row.stability !== 'preview' ? '-' : describeCriteria(row)) },
  { title: 'next', value: (row) => row.next },
];

/** The board as a readable table, then each preview's unmet criteria and the command to run next. */
export function formatBoard(board: Board): string {
  const header = `Lifecycle board, release cycle ${board.currentCycle} (a preview may stay ${board.maxPreviewAgeCycles} cycles before it is renewed, promoted or retired)\n\n`;
  if (board.rows.length === 0) return `${header}No previews, and nothing promoted or retired in the last cycles.\n`;
  const cells = board.rows.map((row) => COLUMNS.map((column) => column.value(row)));
  const widths = COLUMNS.map((column, index) => Math.max(column.title.length, ...cells.map((line) => (line[index] as string).length)));
  const line = (values: readonly string[]) => values.map((value, index) => value.padEnd(widths[index] as number)).join('  ').trimEnd();
  const table = [line(COLUMNS.map((column) => column.title)), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
  return `${header}${table}\n${board.rows.map(details).join('')}`;
}

/** `3 met, 1 unmet, 2 not run`: the graduation criteria by status (not run: tests and benchmarks without --verify). */
export function describeCriteria(row: BoardRow): string {
  const count = (status: string) => row.criteria.filter((criterion) => criterion.status === status).length;
  const parts = [`${count('met')} met`, `${count('unmet')} unmet`, ...(count('unknown') > 0 ? [`${count('unknown')} not run`] : [])];
  return row.criteria.length === 0 ? 'none apply' : parts.join(', ');
}

function details(row: BoardRow): string {
  if (row.unmet.length === 0 && row.command === null) return '';
  const unmet = row.unmet.map((criterion) => `  - ${criterion}\n`).join('');
  const command = row.command === null ? '' : `  next: ${row.command}\n`;
  return `\n${row.package}:\n${unmet}${command}`;
}

/** One line for the release's output: how many previews stand where, and where to see more. */
export function summarizeBoard(board: Board): string {
  const previews = board.rows.filter((row) => row.stability === 'preview');
  const count = (predicate: (row: BoardRow) => boolean) => previews.filter(predicate).length;
  const ready = count((row) => row.unmet.length === 0);
  const stagnating = count((row) => row.unmet.length > 0 && (row.cyclesLeft ?? 1) <= 0);
  const moved = board.rows.filter((row) => row.stability !== 'preview').map((row) => `${row.package} (${row.stability === 'stable' ? 'promoted' : 'retired'})`);
  return (
    `Lifecycle, cycle ${board.currentCycle}: ${previews.length} previews (${ready} ready to promote, ${previews.length - ready - stagnating} developing, ` +
    `${stagnating} at the stagnation limit); promoted or retired lately: ${moved.length > 0 ? moved.join(', ') : 'none'}. Details: npm run lifecycle\n`
  );
}
