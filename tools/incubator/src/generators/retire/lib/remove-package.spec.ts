import { readJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { checkRetirable } from './check-retirable.js';
import { normalizeRetireOptions } from './normalize-options.js';
import { removePackage } from './remove-package.js';

describe('removePackage', () => {
  it('deletes the folder and the root tsconfig reference, and nothing else', () => {
    const tree = createSwitchyardWorkspace();
    removePackage(tree, checkRetirable(tree, normalizeRetireOptions(tree, { name: 'dns' })));
    expect(tree.exists('packages/preview/dns/src/index.ts')).toBe(false);
    expect(tree.exists('packages/preview/firewall/package.json')).toBe(true);
    expect(readJson(tree, 'tsconfig.json').references.map((reference: { path: string }) => reference.path)).toEqual([
      './packages/core/sdk',
      './packages/core/db',
      './packages/core/server',
      './packages/preview/firewall',
    ]);
  });
});
