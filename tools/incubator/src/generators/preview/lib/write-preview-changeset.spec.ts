import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizePreviewOptions } from './normalize-options.js';
import { writePreviewChangeset } from './write-preview-changeset.js';

describe('writePreviewChangeset', () => {
  it('writes .changeset/preview-<name>.md with a minor release of the new package', async () => {
    const tree = createSwitchyardWorkspace();
    const path = await writePreviewChangeset(tree, normalizePreviewOptions(tree, { name: 'vpn', blueprint: 'BP-0007', description: 'VPN.' }));
    expect(path).toBe('.changeset/preview-vpn.md');
    expect(tree.read(path, 'utf-8')).toMatch(/^---\n"@switchyard\/vpn": minor\n---\n\nNew preview service @switchyard\/vpn \(blueprint BP-0007, release cycle 3\): VPN\. /);
  });
});
