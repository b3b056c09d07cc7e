import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS } from '../promote-fixture.js';
import { checkPreviewOnlyMarks, dropPreviewOnlyPassages } from './drop-preview-only-passages.js';

const START = '<!-- preview-only -->';
const END = '<!-- /preview-only -->';

describe('checkPreviewOnlyMarks', () => {
  it('passes a preview README whose marks pair up, or that has none', () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(() => checkPreviewOnlyMarks(tree, FIREWALL_OPTIONS)).not.toThrow();
    tree.write('packages/preview/firewall/README.md', `# x\n${START}\na\n${END}\n`);
    expect(() => checkPreviewOnlyMarks(tree, FIREWALL_OPTIONS)).not.toThrow();
  });

  it('refuses unbalanced marks, naming each line and its fix', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('packages/preview/firewall/README.md', `# x\n${START}\na\n${START}\nb\n`);
    expect(() => checkPreviewOnlyMarks(tree, FIREWALL_OPTIONS)).toThrow(
      [
        'Cannot promote @switchyard/firewall: the preview-only marks of packages/preview/firewall/README.md do not pair up, so promote cannot tell which lines to drop:',
        `  - line 4 opens a preview-only passage inside the one opened at line 2 (passages do not nest): close the passage of line 2 with a "${END}" line first, or remove this mark`,
        `  - line 2 opens a preview-only passage that is never closed, so promote could not tell where it ends: add a "${END}" line after the passage's last line`,
      ].join('\n'),
    );
  });
});

describe('dropPreviewOnlyPassages', () => {
  it("drops the moved README's passages and counts them", () => {
    const tree = createTreeWithEmptyWorkspace();
    const readme = ['# @switchyard/firewall', '', 'Configure it:', '', START, '```toml', '[preview]', 'enabled = ["firewall"]', '```', END, '', '```toml', '[plugins.firewall]', '```', ''].join('\n');
    tree.write('packages/core/firewall/README.md', readme);
    expect(dropPreviewOnlyPassages(tree, FIREWALL_OPTIONS)).toBe(1);
    expect(tree.read('packages/core/firewall/README.md', 'utf-8')).toBe('# @switchyard/firewall\n\nConfigure it:\n\n```toml\n[plugins.firewall]\n```\n');
  });

  it('leaves a README without passages, or no README, alone', () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(dropPreviewOnlyPassages(tree, FIREWALL_OPTIONS)).toBe(0);
    tree.write('packages/core/firewall/README.md', '# x\n');
    expect(dropPreviewOnlyPassages(tree, FIREWALL_OPTIONS)).toBe(0);
    expect(tree.read('packages/core/firewall/README.md', 'utf-8')).toBe('# x\n');
  });
});
