// Types only: the policy check's CLI reads changesets through this module and must not load Nx's devkit.
import type { Tree } from '@nx/devkit';

export type BumpType = 'major' | 'minor' | 'patch' | 'none';

export interface PendingRelease {
  /** The changeset file, relative to the workspace root. */
  file: string;
  packageName: string;
  type: BumpType;
}

/** `"@switchyard/firewall": major`, quoted or not, as @changesets/write and `npx changeset` write it. */
const RELEASE_LINE = /^\s*(["']?)([^"':]+)\1\s*:\s*(major|minor|patch|none)\s*$/;

/**
 * Every release the pending changesets (.changeset/*.md) ask for, read from the Nx Tree so a
 * generator sees its own earlier writes. Only the front matter is read: the summary is prose.
 */
export function readPendingReleases(tree: Tree): PendingRelease[] {
  if (!tree.exists('.changeset')) return [];
  return tree
    .children('.changeset')
    .filter((file) => file.endsWith('.md') && file !== 'README.md')
    .flatMap((file) => readChangesetReleases(`.changeset/${file}`, tree.read(`.changeset/${file}`, 'utf-8') ?? ''));
}

/** The releases one changeset's front matter asks for; `file` is only recorded, for messages. */
export function readChangesetReleases(file: string, text: string): PendingRelease[] {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end === -1 ? lines.length : end).flatMap((line) => {
    const match = RELEASE_LINE.exec(line);
    return match ? [{ file, packageName: match[2].trim(), type: match[3] as BumpType }] : [];
  });
}
