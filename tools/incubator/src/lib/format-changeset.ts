import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
// Named imports: Nx loads local generators as CommonJS, where a default import of a built-in is undefined.
import { join } from 'node:path';
import writeChangeset from '@changesets/write';
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
 * The changeset text exactly as `changeset add` writes it: @changesets/write renders it (front
 * matter, quoting of scoped names, its prettier pass) into a scratch folder, and the text is read
 * back. The file itself then goes through the Nx Tree, so it shows in --dry-run and a refused
 * run cannot leave it behind, which writing straight into the workspace could not promise.
 */
export async function renderChangeset(changeset: ChangesetContent): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'switchyard-changeset-'));
  try {
    const id = await writeChangeset({ releases: changeset.releases, summary: changeset.summary.trim() }, scratch);
    return await readFile(join(scratch, '.changeset', `${id}.md`), 'utf-8');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Writes `.changeset/<slug>.md`; the slug is chosen by the generator so reruns are predictable. */
export async function writeChangesetToTree(tree: Tree, slug: string, changeset: ChangesetContent): Promise<string> {
  const file = `.changeset/${slug}.md`;
  tree.write(file, await renderChangeset(changeset));
  return file;
}
