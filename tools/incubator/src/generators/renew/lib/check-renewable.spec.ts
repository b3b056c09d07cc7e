import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { checkRenewable } from './check-renewable.js';
import { normalizeRenewOptions } from './normalize-options.js';

const tree = createSwitchyardWorkspace();
const check = (name: string, blueprint: string) => () => checkRenewable(tree, normalizeRenewOptions(tree, { name, blueprint }));

describe('checkRenewable', () => {
  it('returns the preview to renew', () => {
    expect(check('dns', 'BP-0008')().name).toBe('@switchyard/dns');
  });

  it('refuses unknown and stable packages, a reused blueprint and an unapproved one', () => {
    expect(check('nope', 'BP-0008')).toThrow('Cannot renew "nope": there is no workspace package @switchyard/nope.');
    expect(check('server', 'BP-0008')).toThrow('Cannot renew "server": @switchyard/server is stable (packages/core/server/package.json)');
    expect(check('dns', 'BP-0001')).toThrow('Cannot renew "dns": @switchyard/dns already used blueprint BP-0001 (when it entered preview in cycle 2)');
    expect(check('dns', 'BP-0009')).toThrow('Blueprint BP-0009 is not approved');
  });
});
