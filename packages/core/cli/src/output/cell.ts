/** What a table cell shows for one attribute value: `-` for nothing, lists joined by commas. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined || value === '') return '-';
  if (Array.isArray(value)) return value.length === 0 ? '-' : value.map(formatListItem).join(',');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function formatListItem(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/**
 * Reads a column from a row. `fixed_ips.ip_address` reads `ip_address` of each element of
 * the `fixed_ips` list (or of the object), so a table can show the useful part of a nested value.
 */
export function readColumn(row: Record<string, unknown>, column: string): unknown {
  return column.split('.').reduce<unknown>(readProperty, row);
}

function readProperty(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((item) => readProperty(item, key));
  if (typeof value === 'object' && value !== null) return (value as Record<string, unknown>)[key];
  return undefined;
}
