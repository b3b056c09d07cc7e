import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_FOLDER, OPENAPI_DOCUMENT, RELEASED_FOLDER, RELEASED_MARKER, TYPESCRIPT_MODEL, TYPESCRIPT_REPORT } from '../compat/api-layout.js';
import type { ReleasePackage } from './release-plan.js';

/** The API files a release keeps as the baseline the compatibility gate compares against. */
export const API_FILES = [TYPESCRIPT_REPORT, TYPESCRIPT_MODEL, OPENAPI_DOCUMENT] as const;

export interface BaselineCopy {
  packageName: string;
  version: string;
  /** Absolute paths, from api/<file> to api/released/<file>. */
  files: { from: string; to: string }[];
  marker: string;
}

/**
 * Published packages whose version `changeset version` changed, compared by name. Private
 * tools and packages that did not exist before are left out: they have no release to record.
 */
export function changedPackages(before: readonly ReleasePackage[], after: readonly ReleasePackage[]): ReleasePackage[] {
  return after.filter((pkg) => {
    const previous = before.find((candidate) => candidate.name === pkg.name);
    return !pkg.private && previous !== undefined && previous.version !== pkg.version;
  });
}

/** What to copy for each changed package; files a package does not have are skipped. */
export function planBaselineCopies(changed: readonly ReleasePackage[], exists: (file: string) => boolean = existsSync): BaselineCopy[] {
  return changed.map((pkg) => ({
    packageName: pkg.name,
    version: pkg.version,
    files: API_FILES.map((file) => ({ from: path.join(pkg.dir, API_FOLDER, file), to: path.join(pkg.dir, RELEASED_FOLDER, file) })).filter((copy) =>
      exists(copy.from),
    ),
    marker: path.join(pkg.dir, RELEASED_FOLDER, RELEASED_MARKER),
  }));
}

export function applyBaselineCopies(copies: readonly BaselineCopy[]): void {
  for (const copy of copies) {
    mkdirSync(path.dirname(copy.marker), { recursive: true });
    for (const file of copy.files) copyFileSync(file.from, file.to);
    writeFileSync(copy.marker, `${JSON.stringify({ version: copy.version }, null, 2)}\n`);
  }
}
