import { readJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { movePackage } from './move-package.js';
import { updateTsconfigReferences } from './update-tsconfig-references.js';

describe('updateTsconfigReferences', () => {
  it('points the root and the dependents at the new folder, in their own spelling', async () => {
    const tree = previewWorkspace();
    await movePackage(tree, FIREWALL_OPTIONS);
    expect(updateTsconfigReferences(tree, FIREWALL_OPTIONS)).toEqual(['tsconfig.json', 'packages/preview/vpn/tsconfig.json']);
    expect(readJson(tree, 'tsconfig.json').references).toEqual([
      { path: './packages/core/sdk' },
      { path: './packages/core/firewall' },
      { path: './packages/preview/vpn' },
    ]);
    expect(readJson(tree, 'packages/preview/vpn/tsconfig.json').references).toEqual([{ path: '../../core/firewall' }]);
  });

  it('also follows references written to a tsconfig file rather than a folder', async () => {
    const tree = previewWorkspace();
    tree.write('packages/preview/vpn/tsconfig.spec.json', '{ "references": [{ "path": "../firewall/tsconfig.json" }] }');
    await movePackage(tree, FIREWALL_OPTIONS);
    updateTsconfigReferences(tree, FIREWALL_OPTIONS);
    expect(readJson(tree, 'packages/preview/vpn/tsconfig.spec.json').references).toEqual([{ path: '../../core/firewall' }]);
  });

  it('leaves the package own references alone', async () => {
    const tree = previewWorkspace();
    await movePackage(tree, FIREWALL_OPTIONS);
    updateTsconfigReferences(tree, FIREWALL_OPTIONS);
    expect(readJson(tree, 'packages/core/firewall/tsconfig.json').references).toEqual([{ path: '../../core/sdk' }]);
  });
});
