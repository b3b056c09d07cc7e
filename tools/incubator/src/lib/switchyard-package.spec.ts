import { describe, expect, it } from 'vitest';
import { findSwitchyardPackage, serviceNameOf, switchyardPackageName } from './switchyard-package.js';
import { addSwitchyardPackage, createSwitchyardWorkspace } from './switchyard-test-workspace.js';

describe('switchyard packages', () => {
  it('maps service names and package names both ways', () => {
    expect(switchyardPackageName('dns')).toBe('@switchyard/dns');
    expect(switchyardPackageName('@switchyard/dns')).toBe('@switchyard/dns');
    expect(serviceNameOf('@switchyard/dns')).toBe('dns');
  });

  it('finds a package with its stability metadata, by either name', () => {
    const tree = createSwitchyardWorkspace();
    addSwitchyardPackage(tree, 'vpn', { version: '0.1.0', stability: 'preview', enteredCycle: 2, renewals: [{ cycle: 3, blueprint: 'BP-0008' }] });
    expect(findSwitchyardPackage(tree, ' vpn ')).toMatchObject({
      root: 'packages/preview/vpn',
      packageJsonPath: 'packages/preview/vpn/package.json',
      metadata: { stability: 'preview', enteredCycle: 2, blueprint: 'BP-0001', renewals: [{ cycle: 3, blueprint: 'BP-0008' }] },
    });
    expect(findSwitchyardPackage(tree, '@switchyard/sdk')?.metadata.stability).toBe('stable');
    expect(findSwitchyardPackage(tree, 'nope')).toBeUndefined();
  });

  it('names the file when the metadata is broken', () => {
    const tree = createSwitchyardWorkspace();
    tree.write('packages/preview/dns/package.json', '{"name": "@switchyard/dns", "version": "0.1.0"}');
    expect(() => findSwitchyardPackage(tree, 'dns')).toThrow('packages/preview/dns/package.json: missing "switchyard" field');
  });
});
