import { readJson, updateJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { FIREWALL_OPTIONS, previewWorkspace } from '../promote-fixture.js';
import { updateDependentRanges } from './update-dependent-ranges.js';

describe('updateDependentRanges', () => {
  it('asks for ^1.0.0 in every dependency field of every dependent, and nowhere else', () => {
    const tree = previewWorkspace();
    updateJson(tree, 'packages/preview/vpn/package.json', (packageJson) => ({ ...packageJson, peerDependencies: { '@switchyard/firewall': '>=0.1.0' } }));
    const sdkBefore = tree.read('packages/core/sdk/package.json', 'utf-8');
    expect(updateDependentRanges(tree, FIREWALL_OPTIONS)).toEqual(['packages/preview/vpn/package.json']);
    const vpn = readJson(tree, 'packages/preview/vpn/package.json');
    expect(vpn.dependencies).toEqual({ '@switchyard/firewall': '^1.0.0' });
    expect(vpn.peerDependencies).toEqual({ '@switchyard/firewall': '^1.0.0' });
    expect(tree.read('packages/core/sdk/package.json', 'utf-8')).toBe(sdkBefore);
  });

  it('reports nothing when dependents already ask for ^1.0.0', () => {
    const tree = previewWorkspace();
    updateDependentRanges(tree, FIREWALL_OPTIONS);
    expect(updateDependentRanges(tree, FIREWALL_OPTIONS)).toEqual([]);
  });
});
