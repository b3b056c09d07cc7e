import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { readPendingReleases } from './read-pending-changesets.js';

describe('readPendingReleases', () => {
  it('reads the releases of every changeset, quoted or not, and skips the README', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('.changeset/README.md', '---\n"a": major\n---\n');
    tree.write('.changeset/config.json', '{}');
    tree.write('.changeset/one.md', '---\n"@switchyard/firewall": major\n\'@switchyard/sdk\': patch\n---\n\nsummary: minor\n');
    tree.write('.changeset/two.md', '---\nplain-name: minor\n---\n');
    expect(readPendingReleases(tree)).toEqual([
      { file: '.changeset/one.md', packageName: '@switchyard/firewall', type: 'major' },
      { file: '.changeset/one.md', packageName: '@switchyard/sdk', type: 'patch' },
      { file: '.changeset/two.md', packageName: 'plain-name', type: 'minor' },
    ]);
  });

  it('is empty without a .changeset folder', () => {
    expect(readPendingReleases(createTreeWithEmptyWorkspace())).toEqual([]);
  });
});
