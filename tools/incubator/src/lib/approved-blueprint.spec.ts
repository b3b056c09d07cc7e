import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { describe, expect, it } from 'vitest';
import { checkApprovedBlueprint, readFrontMatterStatus } from './approved-blueprint.js';

describe('checkApprovedBlueprint', () => {
  it('accepts a blueprint whose front matter says status: approved', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('blueprints/BP-0007.md', '---\nref: BP-0007\nstatus: "approved"\n---\n# DNS\n');
    expect(() => checkApprovedBlueprint(tree, 'BP-0007')).not.toThrow();
  });

  it('refuses a missing blueprint and names the file it looked for', () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(() => checkApprovedBlueprint(tree, 'BP-0404')).toThrow(
      'Blueprint BP-0404 not found: expected blueprints/BP-0404.md with "status: approved" in its front matter. Write the blueprint and have it approved first.',
    );
  });

  it('refuses a draft and a blueprint without a status', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('blueprints/BP-0008.md', '---\nstatus: draft\n---\n');
    tree.write('blueprints/BP-0009.md', '# no front matter\nstatus: approved\n');
    expect(() => checkApprovedBlueprint(tree, 'BP-0008')).toThrow(
      'Blueprint BP-0008 is not approved: blueprints/BP-0008.md has status "draft"; only a blueprint with "status: approved" in its front matter can be used.',
    );
    expect(() => checkApprovedBlueprint(tree, 'BP-0009')).toThrow('Blueprint BP-0009 is not approved: blueprints/BP-0009.md has no status;');
  });

  it('refuses a reference that is not a plain name', () => {
    const tree = createTreeWithEmptyWorkspace();
    expect(() => checkApprovedBlueprint(tree, '../nx')).toThrow('Blueprint reference "../nx" is not valid: expected a reference such as "BP-0002"');
  });
});

describe('readFrontMatterStatus', () => {
  it('stops at the end of the front matter', () => {
    expect(readFrontMatterStatus('---\ntitle: x\n---\nstatus: approved\n')).toBeUndefined();
    expect(readFrontMatterStatus("---\r\nstatus: 'approved'\r\n---\r\n")).toBe('approved');
  });
});
