import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { type RetiredPackage, findRetiredPackage, readRetiredPackages, recordRetiredPackage } from './retired-packages.js';

const dns: RetiredPackage = {
  name: 'dns',
  package: '@switchyard/dns',
  lastVersion: '0.3.0',
  reason: 'superseded',
  cycle: 4,
  deprecate: { range: '<=0.3.0', message: 'retired' },
};

describe('retired packages', () => {
  it('reads nothing when no package was ever retired', () => {
    expect(readRetiredPackages(createTreeWithEmptyWorkspace())).toEqual([]);
  });

  it('appends entries to retired.json and finds them by name', () => {
    const tree = createTreeWithEmptyWorkspace();
    recordRetiredPackage(tree, dns);
    recordRetiredPackage(tree, { ...dns, name: 'vpn', package: '@switchyard/vpn' });
    expect(readJson(tree, 'retired.json').retired.map((entry: RetiredPackage) => entry.name)).toEqual(['dns', 'vpn']);
    expect(findRetiredPackage(tree, 'dns')).toEqual(dns);
    expect(findRetiredPackage(tree, 'lb')).toBeUndefined();
  });
});
