import { describe, expect, it } from 'vitest';
import { formatIp, parseCidr, parseIp } from './address.js';
import { eui64Address, isEui64Address } from './eui64.js';

// The vectors of Neutron's (and oslo.utils') IPv6byEUI64TestCase and TestIsEui64Address.
describe('EUI-64 addresses', () => {
  it('puts the MAC, with ff:fe in the middle and the universal/local bit inverted, after the prefix', () => {
    expect(formatIp(6, eui64Address(parseCidr('2001:db8::/64'), '00:16:3e:33:44:55'))).toBe('2001:db8::216:3eff:fe33:4455');
    expect(formatIp(6, eui64Address(parseCidr('2001:db8:1:2::/64'), 'FA:16:3E:AB:CD:EF'))).toBe('2001:db8:1:2:f816:3eff:feab:cdef');
    // A locally administered MAC (bit set) loses the bit: 02:... becomes 00...
    expect(formatIp(6, eui64Address(parseCidr('fd00::/64'), '02:00:00:00:00:01'))).toBe('fd00::ff:fe00:1');
  });

  it('refuses an IPv4 prefix and a malformed MAC', () => {
    expect(() => eui64Address(parseCidr('10.0.8.0/24'), '00:16:3e:33:44:55')).toThrow('IPv4 prefix');
    expect(() => eui64Address(parseCidr('2001:db8::/64'), '00:16:3e:33:44:5Z')).toThrow("'00:16:3e:33:44:5Z' is not a valid MAC address");
  });

  it('recognises EUI-64 addresses', () => {
    const valid = ['fffe::0cad:12ff:fe44:5566', formatIp(6, eui64Address(parseCidr('2001:db8::/64'), '00:16:3e:33:44:55'))];
    for (const text of valid) expect(isEui64Address(parseIp(text, 'ip_address')), text).toBe(true);
    const invalid = [
      '192.168.1.1',
      '192.168.1.0',
      '255.255.255.255',
      '0.0.0.0',
      'fffe::',
      'ff80::1',
      'fffe::0cad:12ff:ff44:5566',
      'fffe::0cad:12fe:fe44:5566',
      'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
    ];
    for (const text of invalid) expect(isEui64Address(parseIp(text, 'ip_address')), text).toBe(false);
  });
});
