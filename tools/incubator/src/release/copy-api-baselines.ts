import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_FOLDER, listApiFiles, RELEASED_FOLDER, RELEASED_MARKER } from '../compat/api-layout.js';
import type { ReleasePackage } from './release-plan.js';

export interface BaselineCopy {
  packageName: string;
  version: string;
  /** Absolute paths, from api/<file> to api/released/<file>. */
  files: { from: string; to: string }[];
  /** Absolute paths of released API files whose current file is gone (a dropped subpath): left, the gate would report them forever. */
  removed: string[];
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

/** What to copy for each changed package: its API files, as listApiFiles picks them from api/. */
export function planBaselineCopies(changed: readonly ReleasePackage[], readFolder: (folder: string) => string[] = fileNamesIn): BaselineCopy[] {
  return changed.map((pkg) => {
    const api = path.join(pkg.dir, API_FOLDER);
    const released = path.join(pkg.dir, RELEASED_FOLDER);
    const current = listApiFiles(readFolder(api));
    return {
      packageName: pkg.name,
      version: pkg.version,
      files: current.map((file) => ({ from: path.join(api, file), to: path.join(released, file) })),
      removed: listApiFiles(readFolder(released))
        .filter((file) => !current.includes(file))
        .map((file) => path.join(released, file)),
      marker: path.join(released, RELEASED_MARKER),
    };
  });
}

/** Names of the files directly in a folder; none when it does not exist. */
function fileNamesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

export function applyBaselineCopies(copies: readonly BaselineCopy[]): void {
  for (const copy of copies) {
    mkdirSync(path.dirname(copy.marker), { recursive: true });
    for (const file of copy.files) copyFileSync(file.from, file.to);
    for (const file of copy.removed) rmSync(file);
    writeFileSync(copy.marker, `${JSON.stringify({ version: copy.version }, null, 2)}\n`);
  }
}
