import { readJson } from '@nx/devkit';
import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { addRenewal } from './add-renewal.js';
import { checkRenewable } from './check-renewable.js';
import { normalizeRenewOptions } from './normalize-options.js';

describe('addRenewal', () => {
  it('appends the renewal and keeps the rest of package.json', () => {
    const tree = createSwitchyardWorkspace();
    const options = normalizeRenewOptions(tree, { name: 'dns', blueprint: 'BP-0008' });
    const target = checkRenewable(tree, options);
    addRenewal(tree, target, options);
    addRenewal(tree, target, { ...options, cycle: 5, blueprint: 'BP-0010' });
    const packageJson = readJson(tree, 'packages/preview/dns/package.json');
    expect(packageJson.switchyard.renewals).toEqual([
      { cycle: 3, blueprint: 'BP-0008' },
      { cycle: 5, blueprint: 'BP-0010' },
    ]);
    expect(packageJson).toMatchObject({ name: '@switchyard/dns', version: '0.3.1', nx: { tags: ['stability:preview'] } });
  });
});
