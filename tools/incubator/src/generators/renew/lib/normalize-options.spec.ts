import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { normalizeRenewOptions } from './normalize-options.js';

describe('normalizeRenewOptions', () => {
  it('finds the package by service name and takes the current cycle', () => {
    const options = normalizeRenewOptions(createSwitchyardWorkspace(), { name: 'dns ', blueprint: ' BP-0008' });
    expect(options).toMatchObject({ requested: 'dns', packageName: '@switchyard/dns', blueprint: 'BP-0008', cycle: 3, target: { root: 'packages/preview/dns' } });
  });

  it('leaves an unknown package for the check step to refuse', () => {
    expect(normalizeRenewOptions(createSwitchyardWorkspace(), { name: 'nope', blueprint: 'BP-0008' }).target).toBeUndefined();
  });
});
