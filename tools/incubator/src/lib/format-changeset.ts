import type { Tree } from '@nx/devkit';

export interface ChangesetRelease {
  name: string;
  type: 'major' | 'minor' | 'patch';
}

export interface ChangesetContent {
  releases: ChangesetRelease[];
  summary: string;
}

/**
 * The text @changesets/write produces (after its prettier pass), built here so the file goes
 * through the Nx Tree: writeChangeset writes straight to disk, which --dry-run and a refused run
 * could not undo. Package names are quoted, as changesets requires for scoped names.
 */
export function formatChangeset({ releases, summary }: ChangesetContent): string {
  const header = releases.map((release) => `"${release.name}": ${release.type}`).join('\n');
  return `---\n${header}${releases.length > 0 ? '\n' : ''}---\n\n${summary.trim()}\n`;
}

/** Writes `.changeset/<slug>.md`; the slug is chosen by the generator so reruns are predictable. */
export function writeChangesetToTree(tree: Tree, slug: string, changeset: ChangesetContent): string {
  const path = `.changeset/${slug}.md`;
  tree.write(path, formatChangeset(changeset));
  return path;
}
