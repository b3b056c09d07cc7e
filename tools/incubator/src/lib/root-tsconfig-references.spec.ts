import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readJson, writeJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { addRootTsconfigReference, removeRootTsconfigReference } from './root-tsconfig-references.js';

/** The layout of the real root tsconfig.json. */
const ROOT_TSCONFIG = `{
  "extends": "./tsconfig.base.json",
  "files": [],
  "references": [
    { "path": "./packages/core/sdk" },
    { "path": "./packages/preview/firewall" },
    { "path": "./tools/incubator" }
  ]
}
`;

describe('root tsconfig references', () => {
  it('adds one line after the last reference, keeping the layout, and only once', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('tsconfig.json', ROOT_TSCONFIG);
    addRootTsconfigReference(tree, 'packages/preview/dns');
    addRootTsconfigReference(tree, 'packages/preview/dns');
    expect(tree.read('tsconfig.json', 'utf-8')).toBe(
      ROOT_TSCONFIG.replace('{ "path": "./tools/incubator" }', '{ "path": "./tools/incubator" },\n    { "path": "./packages/preview/dns" }'),
    );
  });

  it('removes the line of a package, in the middle or at the end', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.write('tsconfig.json', ROOT_TSCONFIG);
    removeRootTsconfigReference(tree, 'packages/preview/firewall');
    expect(tree.read('tsconfig.json', 'utf-8')).toBe(ROOT_TSCONFIG.replace('    { "path": "./packages/preview/firewall" },\n', ''));
    removeRootTsconfigReference(tree, 'tools/incubator');
    expect(readJson(tree, 'tsconfig.json').references).toEqual([{ path: './packages/core/sdk' }]);
    expect(tree.read('tsconfig.json', 'utf-8')).toContain('    { "path": "./packages/core/sdk" }\n  ]');
  });

  it('falls back to rewriting JSON in another layout, whichever way a path is written', () => {
    const tree = createTreeWithEmptyWorkspace();
    writeJson(tree, 'tsconfig.json', { references: [{ path: 'packages/preview/dns/' }, { path: './tools/incubator' }] });
    removeRootTsconfigReference(tree, 'packages/preview/dns');
    addRootTsconfigReference(tree, 'packages/preview/vpn');
    expect(readJson(tree, 'tsconfig.json')).toEqual({ references: [{ path: './tools/incubator' }, { path: './packages/preview/vpn' }] });
  });

  it('does nothing without a root tsconfig.json', () => {
    const tree = createTreeWithEmptyWorkspace();
    tree.delete('tsconfig.json');
    addRootTsconfigReference(tree, 'packages/preview/dns');
    expect(tree.exists('tsconfig.json')).toBe(false);
  });
});
