import { describe, expect, it } from 'vitest';
import { normalizeProtocol, protocolNumber } from './protocols.js';

describe('normalizeProtocol (neutron convert_protocol)', () => {
  it.each([
    ['tcp', 'tcp'],
    ['TCP', 'tcp'],
    ['icmpv6', 'icmpv6'],
    [6, '6'],
    ['17', '17'],
    ['006', '6'],
    [0, '0'],
    [255, '255'],
    [null, null],
    ['any', null],
  ])('takes %j as %j', (sent, stored) => {
    expect(normalizeProtocol(sent)).toBe(stored);
  });

  it.each([['tcpp'], [256], ['256'], [-1], [1.5], [''], [true], [{}], [['tcp']], ['constructor'], ['__proto__']])('refuses %j', (sent) => {
    expect(normalizeProtocol(sent)).toBeUndefined();
  });

  it('numbers names and digits alike, and any as undefined', () => {
    expect(protocolNumber('tcp')).toBe(6);
    expect(protocolNumber('6')).toBe(6);
    expect(protocolNumber('ipv6-icmp')).toBe(58);
    expect(protocolNumber('icmpv6')).toBe(58);
    expect(protocolNumber(null)).toBeUndefined();
  });
});
