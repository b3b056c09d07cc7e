import { type Stats, accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseLocationError } from './database-errors.js';

/**
 * Makes sure `file` (absolute) can hold a SQLite database, creating its missing folders one at a
 * time. Not `mkdirSync(..., { recursive: true })`: under /proc, mkdir answers ENOENT for a folder
 * whose parent exists, and Node's recursive mkdir then retries forever.
 */
export function prepareSqliteLocation(file: string): void {
  const existing = statIfPresent(file);
  if (existing !== undefined) return checkExistingFile(file, existing);
  const { ancestor, missing } = findExistingAncestor(path.dirname(file));
  checkFolder(ancestor);
  for (const folder of missing) createFolder(folder);
}

function checkExistingFile(file: string, stats: Stats): void {
  if (stats.isDirectory()) throw new DatabaseLocationError(`${file} is a folder, not a SQLite file`);
  if (!stats.isFile()) throw new DatabaseLocationError(`${file} is not a regular file`);
  checkAccess(file, 'cannot write to the file');
  // SQLite writes its -wal and -shm files beside the database.
  checkFolder(path.dirname(file));
}

/** The nearest folder that exists, and the missing ones below it, outermost first. */
function findExistingAncestor(folder: string): { ancestor: string; missing: string[] } {
  const missing: string[] = [];
  let current = folder;
  while (statIfPresent(current) === undefined && path.dirname(current) !== current) {
    missing.unshift(current);
    current = path.dirname(current);
  }
  return { ancestor: current, missing };
}

function checkFolder(folder: string): void {
  const stats = statIfPresent(folder);
  if (stats !== undefined && !stats.isDirectory()) throw new DatabaseLocationError(`${folder} is a file, not a folder`);
  checkAccess(folder, 'cannot write to the folder');
}

function createFolder(folder: string): void {
  try {
    mkdirSync(folder);
  } catch (error) {
    // Another process may have created it in the meantime; that is fine.
    if (statIfPresent(folder)?.isDirectory()) return;
    throw new DatabaseLocationError(`cannot create the folder ${folder} (${describeSystemError(error)})`, { cause: error });
  }
}

function checkAccess(target: string, what: string): void {
  try {
    accessSync(target, constants.W_OK);
  } catch (error) {
    throw new DatabaseLocationError(`${what} ${target} (${describeSystemError(error)})`, { cause: error });
  }
}

/** Undefined when nothing is there, also when a file stands where a folder of the path should be. */
function statIfPresent(target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new DatabaseLocationError(`cannot look at ${target} (${describeSystemError(error)})`, { cause: error });
  }
}

/** `ENOENT: no such file or directory`, without the path Node repeats after it. */
export function describeSystemError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (typeof code !== 'string') return String(message ?? error);
  const reason = message.startsWith(`${code}: `) ? message.slice(code.length + 2).split(',')[0] : message;
  return `${code}: ${reason}`;
}
