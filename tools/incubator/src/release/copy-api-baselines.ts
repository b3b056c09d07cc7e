import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_FOLDER, API_HISTORY, listApiFiles, RELEASED_FOLDER, RELEASED_MARKER } from '../compat/api-layout.js';
import { diffApiFiles, formatApiHistory, parseApiHistory } from '../compat/api-history.js';
import type { ReleasePackage } from './release-plan.js';

export interface BaselineCopy {
  packageName: string;
  version: string;
  /** Absolute paths, from api/<file> to api/released/<file>. */
  files: { from: string; to: string }[];
  /** Absolute paths of released API files whose current file is gone (a dropped subpath): left, the gate would report them forever. */
  removed: string[];
  marker: string;
  /** Absolute path of api/released/history.json, which gains this release. */
  history: string;
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
      history: path.join(released, API_HISTORY),
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

/** `cycle`: the release cycle this release opened, recorded with each package's API changes. */
export function applyBaselineCopies(copies: readonly BaselineCopy[], cycle: number): void {
  for (const copy of copies) {
    mkdirSync(path.dirname(copy.marker), { recursive: true });
    // Before the copy: the changes are the current API against the baseline it replaces.
    recordRelease(copy, cycle);
    for (const file of copy.files) copyFileSync(file.from, file.to);
    for (const file of copy.removed) rmSync(file);
    writeFileSync(copy.marker, `${JSON.stringify({ version: copy.version }, null, 2)}\n`);
  }
}

/** Appends the release to api/released/history.json: its version, its cycle, every change since the previous baseline. */
function recordRelease(copy: BaselineCopy, cycle: number): void {
  const released = path.dirname(copy.marker);
  const current = path.join(released, '..');
  const names = [...copy.files.map((file) => path.basename(file.to)), ...copy.removed.map((file) => path.basename(file))];
  const read = (side: 'released' | 'current', file: string) => readIfExists(path.join(side === 'released' ? released : current, file));
  const history = parseApiHistory(readIfExists(copy.history), copy.history);
  history.releases.push({ version: copy.version, cycle, changes: diffApiFiles(names, read) });
  writeFileSync(copy.history, formatApiHistory(history));
}

function readIfExists(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}
