import { describe, expect, it } from 'vitest';
import { pluginQuotaKeys, quotaOwnerLine } from './plugin-quota-keys.js';
import { removeKeys } from './remove-keys.js';

const sample = [
  '[quotas]',
  '# How many networks.',
  'network = 100',
  '',
  '# [preview] How many zones.',
  quotaOwnerLine('dns', '@acme/dns'),
  'zone = 10',
  '',
  '# [preview] How many records.',
  quotaOwnerLine('dns', '@acme/dns'),
  'record = 100',
  '',
  '# How many tunnels.',
  quotaOwnerLine('vpn', '@acme/vpn'),
  'tunnel = 5',
  '',
  '[auth]',
  'default_project = "default"',
  '',
].join('\n');

describe('pluginQuotaKeys', () => {
  it("finds the [quotas] keys the config sample wrote for one plugin, by their owner line", () => {
    expect(pluginQuotaKeys(sample, 'dns', '@acme/dns')).toEqual(['zone', 'record']);
    expect(pluginQuotaKeys(sample, 'vpn', '@acme/vpn')).toEqual(['tunnel']);
  });

  it('finds nothing for a key written by hand or a plugin of the same name from another package', () => {
    expect(pluginQuotaKeys('[quotas]\nzone = 10\n', 'dns', '@acme/dns')).toEqual([]);
    expect(pluginQuotaKeys(sample, 'dns', '@other/dns')).toEqual([]);
  });
});

describe('removeKeys', () => {
  it('removes each key with its comment block and the blank line before it, leaving the rest as it was', () => {
    const removal = removeKeys(sample, ['quotas'], ['zone', 'record']);
    expect(removal).toEqual({
      text: ['[quotas]', '# How many networks.', 'network = 100', '', '# How many tunnels.', quotaOwnerLine('vpn', '@acme/vpn'), 'tunnel = 5', '', '[auth]', 'default_project = "default"', ''].join('\n'),
    });
  });

  it('skips a key that is not there and refuses one inside an inline table, naming the line', () => {
    expect(removeKeys('[quotas]\nnetwork = 1\n', ['quotas'], ['zone'])).toEqual({ text: '[quotas]\nnetwork = 1\n' });
    expect(removeKeys('[quotas]\nzone = 1 # mine\nnetwork = 2\n', ['quotas'], ['zone'])).toEqual({ text: '[quotas]\nnetwork = 2\n' });
    expect(removeKeys('quotas = { zone = 1 }\n', ['quotas'], ['zone'])).toEqual({ unsafe: 'line 1 holds quotas.zone inside an inline table' });
  });
});
