import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import writeChangeset from '@changesets/write';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS } from '../promote-fixture.js';
import { promotionChangeset, writePromotionChangeset } from './write-promotion-changeset.js';

describe('writePromotionChangeset', () => {
  it('bumps the package major with a "Promoted to stable" summary', async () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(await writePromotionChangeset(tree, FIREWALL_OPTIONS)).toBe('.changeset/promote-firewall.md');
    expect(tree.read('.changeset/promote-firewall.md', 'utf-8')).toBe(
      '---\n"@switchyard/firewall": major\n---\n\n' +
        'Promoted to stable: firewall (@switchyard/firewall) moves from packages/preview/firewall to packages/core/firewall ' +
        'and reaches 1.0.0. Its API and stored data now follow semantic versioning, and operators no longer need to list ' +
        '"firewall" under [preview] enabled.\n',
    );
  });

  it('writes exactly the text @changesets/write writes for the same changeset', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'promote-changeset-'));
    try {
      const id = await writeChangeset(promotionChangeset(FIREWALL_OPTIONS), directory);
      const tree = createTreeWithEmptyWorkspace();
      await writePromotionChangeset(tree, FIREWALL_OPTIONS);
      expect(tree.read('.changeset/promote-firewall.md', 'utf-8')).toBe(readFileSync(path.join(directory, '.changeset', `${id}.md`), 'utf-8'));
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
