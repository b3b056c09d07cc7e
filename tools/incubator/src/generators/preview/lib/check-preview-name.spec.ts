import { describe, expect, it } from 'vitest';
import { createSwitchyardWorkspace } from '../../../lib/switchyard-test-workspace.js';
import { checkNameIsFree, checkPreviewName } from './check-preview-name.js';
import { normalizePreviewOptions } from './normalize-options.js';

const tree = createSwitchyardWorkspace();
const options = (name: string) => normalizePreviewOptions(tree, { name, blueprint: 'BP-0007' });

describe('checkPreviewName', () => {
  it('accepts names the SDK accepts as service names', () => {
    for (const name of ['dns', 'dns-zones', 'l2-gateway', `a${'b'.repeat(39)}`]) expect(() => checkPreviewName(options(name))).not.toThrow();
  });

  it('refuses upper case, underscores, dots, a leading digit, a trailing dash and the wrong length', () => {
    for (const name of ['DNS', 'dns_zones', 'dns.zones', '1dns', 'dns-', 'ab', `a${'b'.repeat(40)}`]) {
      expect(() => checkPreviewName(options(name)), name).toThrow(`Cannot create preview "${name}": a service name is 3-40 lower-case letters`);
    }
  });
});

describe('checkNameIsFree', () => {
  it('accepts a new name', () => {
    expect(() => checkNameIsFree(tree, options('vpn'))).not.toThrow();
  });

  it('refuses the name of an existing package folder', () => {
    expect(() => checkNameIsFree(tree, options('firewall'))).toThrow('Cannot create preview "firewall": packages/preview/firewall already exists. Choose another name.');
  });
});
