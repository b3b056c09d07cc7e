import { formatCell, readColumn } from './cell.js';

/** Column headings: the attribute path in capitals, as `NETWORK_ID` or `FIXED_IPS.IP_ADDRESS`. */
export function heading(column: string): string {
  return column.toUpperCase();
}

/**
 * Rows as aligned columns separated by two spaces, headings first; the last column is not
 * padded so no line ends in spaces. Returns the text with a trailing newline.
 */
export function formatTable(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
  const cells = [columns.map(heading), ...rows.map((row) => columns.map((column) => formatCell(readColumn(row, column))))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => line[index].length)));
  const lines = cells.map((line) => line.map((cell, index) => (index === line.length - 1 ? cell : cell.padEnd(widths[index]))).join('  '));
  return `${lines.join('\n')}\n`;
}

/** One resource as FIELD/VALUE lines, in the server's attribute order. */
export function formatFields(resource: Record<string, unknown>): string {
  return formatTable(
    Object.entries(resource).map(([field, value]) => ({ field, value })),
    ['field', 'value'],
  );
}
