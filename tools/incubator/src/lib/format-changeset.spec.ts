import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readChangesets from '@changesets/read';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { renderChangeset, writeChangesetToTree } from './format-changeset.js';

let directory: string | undefined;
afterEach(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

/** Reads the text back with the real @changesets/read, as `changeset version` will. */
async function parseWithChangesets(text: string) {
  directory = mkdtempSync(path.join(tmpdir(), 'changeset-'));
  mkdirSync(path.join(directory, '.changeset'));
  writeFileSync(path.join(directory, '.changeset', 'sample.md'), text);
  return readChangesets(directory);
}

describe('renderChangeset', () => {
  it('renders with @changesets/write: quoted scoped names, one blank line, trimmed summary', async () => {
    expect(await renderChangeset({ releases: [{ name: '@switchyard/dns', type: 'minor' }], summary: 'New preview.\n' })).toBe(
      '---\n"@switchyard/dns": minor\n---\n\nNew preview.\n',
    );
  });

  it('is read back by @changesets/read with its releases and summary', async () => {
    const text = await renderChangeset({ releases: [{ name: '@switchyard/dns', type: 'minor' }], summary: 'New preview: DNS zones.' });
    expect(await parseWithChangesets(text)).toEqual([
      { id: 'sample', summary: 'New preview: DNS zones.', releases: [{ name: '@switchyard/dns', type: 'minor' }] },
    ]);
  });

  it('writes an empty changeset (a note without a release) that changesets accepts', async () => {
    const text = await renderChangeset({ releases: [], summary: 'Retired @switchyard/dns.' });
    expect(text).toBe('---\n---\n\nRetired @switchyard/dns.\n');
    expect(await parseWithChangesets(text)).toEqual([{ id: 'sample', summary: 'Retired @switchyard/dns.', releases: [] }]);
  });

  it('writes into the tree under .changeset/', async () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(await writeChangesetToTree(tree, 'preview-dns', { releases: [], summary: 'x' })).toBe('.changeset/preview-dns.md');
    expect(tree.read('.changeset/preview-dns.md', 'utf-8')).toBe('---\n---\n\nx\n');
  });
});
