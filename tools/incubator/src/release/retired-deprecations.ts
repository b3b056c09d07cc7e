import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { normalizeRegistry } from './registry-target.js';

/** retired.json at the workspace root, written by the retire generator. */
export const RETIRED_FILE = 'retired.json';

/** What the release reads of a retired.json entry, and the record it adds once deprecated. */
export interface RetiredEntry {
  package: string;
  deprecate: { range: string; message: string };
  /** Registries where the release ran `npm deprecate` (or found nothing to deprecate). */
  deprecated?: DeprecationRecord[];
}

export interface DeprecationRecord {
  registry: string;
  /** The versions deprecated there; empty when none had been published. */
  versions: string[];
}

/** One `npm deprecate` the release still owes a registry. */
export interface PendingDeprecation {
  packageName: string;
  range: string;
  message: string;
  registry: string;
  /** Published versions in the range: none means there is nothing to deprecate, only to record. */
  versions: string[];
}

export function readRetiredEntries(root: string): RetiredEntry[] {
  const file = path.join(root, RETIRED_FILE);
  if (!existsSync(file)) return [];
  const retired = (JSON.parse(readFileSync(file, 'utf8')) as { retired?: unknown }).retired;
  if (!Array.isArray(retired) || !retired.every(isRetiredEntry)) {
    throw new Error(`${RETIRED_FILE}: expected {"retired": [{"package": "...", "deprecate": {"range": "...", "message": "..."}}, ...]} as the retire generator writes it.`);
  }
  return retired;
}

function isRetiredEntry(value: unknown): value is RetiredEntry {
  const entry = value as RetiredEntry;
  return typeof entry?.package === 'string' && typeof entry.deprecate?.range === 'string' && typeof entry.deprecate.message === 'string';
}

/** Entries not yet deprecated on `registry`, with their published versions in range. */
export function pendingDeprecations(entries: readonly RetiredEntry[], registry: string, publishedVersions: (name: string) => string[]): PendingDeprecation[] {
  const target = normalizeRegistry(registry);
  return entries
    .filter((entry) => !(entry.deprecated ?? []).some((record) => normalizeRegistry(record.registry) === target))
    .map((entry) => ({
      packageName: entry.package,
      range: entry.deprecate.range,
      message: entry.deprecate.message,
      registry: target,
      versions: publishedVersions(entry.package).filter((version) => semver.satisfies(version, entry.deprecate.range, { includePrerelease: true })),
    }));
}

/** `npm deprecate "<pkg>@<range>" "<message>"`, as the release runs it and the dry run prints it. */
export function deprecateArgs(pending: PendingDeprecation): string[] {
  return ['deprecate', `${pending.packageName}@${pending.range}`, pending.message];
}

/** Adds the record to the package's retired.json entry, so the next release does not repeat it. */
export function recordDeprecation(root: string, pending: PendingDeprecation): void {
  const file = path.join(root, RETIRED_FILE);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { retired: RetiredEntry[] };
  const entry = json.retired.find((candidate) => candidate.package === pending.packageName && candidate.deprecate.range === pending.range);
  if (!entry) throw new Error(`${RETIRED_FILE} no longer lists ${pending.packageName}@${pending.range}; its deprecation on ${pending.registry} was not recorded.`);
  entry.deprecated = [...(entry.deprecated ?? []), { registry: pending.registry, versions: pending.versions }];
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
