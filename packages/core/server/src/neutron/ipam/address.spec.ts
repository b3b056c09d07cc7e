import { describe, expect, it } from 'vitest';
import { canonicalIp, cidrContains, cidrsOverlap, formatCidr, parseCidr, parseIp, tryParseIp } from './address.js';

describe('addresses', () => {
  it('parses IPv4 and IPv6 and prints the canonical spelling', () => {
    expect(canonicalIp(parseIp('10.0.0.7', 'ip_address'))).toBe('10.0.0.7');
    expect(canonicalIp(parseIp('2001:DB8:0:0::1', 'ip_address'))).toBe('2001:db8::1');
    expect(parseIp('2001:db8::ff', 'ip_address')).toEqual({ version: 6, value: 0x20010db8_0000_0000_0000_0000_0000_00ffn });
  });

  it('rejects addresses that are not dotted quads or plain IPv6', () => {
    expect(tryParseIp('10.1')).toBeUndefined();
    expect(tryParseIp('fe80::1%eth0')).toBeUndefined();
    expect(tryParseIp('nonsense')).toBeUndefined();
    expect(() => parseIp('300.0.0.1', 'fixed_ips.ip_address')).toThrow(
      "Invalid input for fixed_ips.ip_address: '300.0.0.1' is not a valid IP address.",
    );
  });
});

describe('cidrs', () => {
  it('parses network, prefix and last address', () => {
    const cidr = parseCidr('10.0.0.0/24');
    expect(cidr).toEqual({ version: 4, prefixLength: 24, first: 0x0a000000n, last: 0x0a0000ffn });
    expect(formatCidr(parseCidr('2001:db8:0::/64'))).toBe('2001:db8::/64');
  });

  it('refuses host bits and recommends the network', () => {
    expect(() => parseCidr('10.0.0.5/24')).toThrow("'10.0.0.5/24' has host bits set; '10.0.0.0/24' is recommended.");
  });

  it('refuses malformed prefixes', () => {
    for (const text of ['10.0.0.0', '10.0.0.0/33', '10.0.0.0/x', '2001:db8::/129', '10.0.0.0/24/1']) {
      expect(() => parseCidr(text), text).toThrow('is not a valid CIDR');
    }
  });

  it('knows containment and overlap, never across versions', () => {
    const net = parseCidr('10.0.0.0/16');
    expect(cidrContains(net, parseIp('10.0.255.255', 'x'))).toBe(true);
    expect(cidrContains(net, parseIp('10.1.0.0', 'x'))).toBe(false);
    expect(cidrsOverlap(net, parseCidr('10.0.4.0/24'))).toBe(true);
    expect(cidrsOverlap(net, parseCidr('10.1.0.0/24'))).toBe(false);
    expect(cidrsOverlap(parseCidr('0.0.0.0/0'), parseCidr('::/0'))).toBe(false);
  });
});
