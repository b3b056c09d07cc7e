import { type MigrationHistoryEntry, listMigrationHistory, openDatabase } from '@switchyard/db';
import type { SwitchyardConfig } from './config/config.js';

/**
 * Every migration the configured database has seen, core and plugins alike, including those
 * of plugins no longer enabled: what `switchyard-server --list-migrations` prints.
 *
 * @public
 */
export async function readMigrationHistory(config: SwitchyardConfig): Promise<MigrationHistoryEntry[]> {
  const database = await openDatabase({ url: config.database.url, baseDir: config.baseDir });
  try {
    return await listMigrationHistory(database.db);
  } finally {
    await database.close();
  }
}

const COLUMNS = ['OWNER', 'MIGRATION', 'STABILITY', 'APPLIED AT'] as const;

/**
 * An aligned table, one migration a line, oldest first; the stability is the owner's when it ran.
 *
 * @public
 */
export function formatMigrationHistory(entries: readonly MigrationHistoryEntry[]): string {
  if (entries.length === 0) return 'No migrations have run on this database yet.\n';
  const rows = entries.map((entry) => [entry.owner, entry.name, entry.stability, entry.appliedAt]);
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(COLUMNS), ...rows.map(line)].join('\n') + '\n';
}
