import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS } from '../promote-fixture.js';
import { findPreviewMentions } from './find-preview-mentions.js';

describe('findPreviewMentions', () => {
  it('lists each line of src and tests that still says preview, and nothing else', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('packages/core/firewall/src/index.ts', "export const a = 1;\nexport const previewed = 'Preview';\n");
    tree.write('packages/core/firewall/tests/api/host.spec.ts', "expect(header).toBe('preview');\n");
    tree.write('packages/core/firewall/README.md', 'preview\n');
    tree.write('packages/core/firewall/src/notes.md', 'preview\n');
    expect(findPreviewMentions(tree, FIREWALL_OPTIONS)).toEqual([
      'packages/core/firewall/src/index.ts:2',
      'packages/core/firewall/tests/api/host.spec.ts:1',
    ]);
  });
});
