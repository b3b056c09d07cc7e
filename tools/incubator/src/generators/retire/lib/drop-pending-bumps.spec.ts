import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { dropPendingBumps } from './drop-pending-bumps.js';

describe('dropPendingBumps', () => {
  it("deletes a changeset that bumps only the retired package and takes its line out of one that bumps others too", () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('.changeset/preview-dns.md', '---\n"@switchyard/dns": minor\n---\n\nNew preview @switchyard/dns.\n');
    tree.write('.changeset/shared-fix.md', "---\n'@switchyard/server': patch\n\"@switchyard/dns\": patch\n---\n\nA fix in both.\n");
    tree.write('.changeset/other.md', '---\n"@switchyard/server": minor\n---\n\nUnrelated.\n');
    expect(dropPendingBumps(tree, '@switchyard/dns')).toEqual(['.changeset/preview-dns.md', '.changeset/shared-fix.md']);
    expect(tree.exists('.changeset/preview-dns.md')).toBe(false);
    expect(tree.read('.changeset/shared-fix.md', 'utf-8')).toBe("---\n'@switchyard/server': patch\n---\n\nA fix in both.\n");
    expect(tree.read('.changeset/other.md', 'utf-8')).toBe('---\n"@switchyard/server": minor\n---\n\nUnrelated.\n');
  });

  it('leaves the changesets alone when none bumps the package', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('.changeset/other.md', '---\n"@switchyard/server": minor\n---\n\nUnrelated.\n');
    expect(dropPendingBumps(tree, '@switchyard/dns')).toEqual([]);
    expect(tree.read('.changeset/other.md', 'utf-8')).toBe('---\n"@switchyard/server": minor\n---\n\nUnrelated.\n');
  });
});
