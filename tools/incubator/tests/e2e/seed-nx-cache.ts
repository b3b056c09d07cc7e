import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, workspaceRoot } from '@nx/devkit';
import Database from 'better-sqlite3';
import { workspaceDataDirectory } from 'nx/src/devkit-internals';

/**
 * Starts a copy's Nx cache as a snapshot of this workspace's: the cached outputs and Nx's task
 * database, whose `cache_outputs` rows say which of them exist. A task this workspace already ran
 * on the same inputs is then replayed in the copy (task hashes hold file contents, not paths), so a
 * whole `npm test` there runs only what a lifecycle step changed.
 *
 * The database is in WAL mode and this workspace's Nx may still be writing it (the e2e targets run
 * inside `npm test`), so it is copied with SQLite's online backup, which reads a consistent state,
 * and the tasks it records as running here are dropped.
 */
export async function seedNxCache(copyRoot: string): Promise<void> {
  if (!existsSync(cacheDir)) return;
  const copyCache = path.join(copyRoot, path.relative(workspaceRoot, cacheDir));
  const copyData = path.join(copyRoot, path.relative(workspaceRoot, workspaceDataDirectory));
  mkdirSync(copyData, { recursive: true });
  // The database first: every output it lists was complete before it was read, so the copy below has it whole.
  for (const file of readdirSync(workspaceDataDirectory).filter((name) => name.endsWith('.db'))) {
    await snapshotDatabase(path.join(workspaceDataDirectory, file), path.join(copyData, file));
  }
  cpSync(cacheDir, copyCache, { recursive: true });
}

async function snapshotDatabase(source: string, target: string): Promise<void> {
  const live = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await live.backup(target);
  } finally {
    live.close();
  }
  const snapshot = new Database(target);
  try {
    snapshot.exec('DELETE FROM running_tasks');
  } finally {
    snapshot.close();
  }
}
