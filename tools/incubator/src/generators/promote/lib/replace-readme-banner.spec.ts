import { describe, expect, it } from 'vitest';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { FIREWALL_OPTIONS } from '../promote-fixture.js';
import { replaceReadmeBanner } from './replace-readme-banner.js';

const README = 'packages/core/firewall/README.md';

describe('replaceReadmeBanner', () => {
  it('replaces the whole preview blockquote with a stable note and touches nothing else', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(README, '# @switchyard/firewall\n\n> **⚠ PREVIEW.** A preview.\n> May change.\n\nText about PREVIEW.\n\n> A quote.\n');
    expect(replaceReadmeBanner(tree, FIREWALL_OPTIONS)).toBe(true);
    expect(tree.read(README, 'utf-8')).toBe(
      '# @switchyard/firewall\n\n' +
        '> **Stable** since release cycle 3 (promoted from preview). Its API and stored data\n' +
        '> follow semantic versioning: breaking changes come only with a new major version.\n\n' +
        'Text about PREVIEW.\n\n> A quote.\n',
    );
  });

  it('leaves a README without a banner alone', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write(README, '# @switchyard/firewall\n\n> A quote.\n');
    expect(replaceReadmeBanner(tree, FIREWALL_OPTIONS)).toBe(false);
    expect(tree.read(README, 'utf-8')).toBe('# @switchyard/firewall\n\n> A quote.\n');
  });
});
