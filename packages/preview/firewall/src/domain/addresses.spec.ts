import { describe, expect, it } from 'vitest';
import { networkContains, parseIpAddress, parseIpNetwork } from './addresses.js';

function network(text: string) {
  const parsed = parseIpNetwork(text);
  if (!parsed) throw new Error(`test fixture ${text} does not parse`);
  return parsed;
}

describe('parseIpNetwork', () => {
  it('reads addresses as full-length networks and CIDRs with their prefix', () => {
    expect(parseIpNetwork('10.0.0.1')).toMatchObject({ version: 4, prefixLength: 32 });
    expect(parseIpNetwork('10.0.0.0/8')).toMatchObject({ version: 4, prefixLength: 8 });
    expect(parseIpNetwork('2001:db8::1')).toMatchObject({ version: 6, prefixLength: 128 });
    expect(parseIpNetwork('2001:db8::/32')).toMatchObject({ version: 6, prefixLength: 32 });
  });

  it.each(['10', '10.0.0', '0x0a.0.0.1', '10.0.0.256', '10.0.0.0/33', '2001:db8::/129', '10.0.0.0/8/8', 'fe80::1%eth0', '', 'any', '10.0.0.0/'])(
    'refuses %j',
    (text) => {
      expect(parseIpNetwork(text)).toBeUndefined();
    },
  );

  it('parseIpAddress refuses a prefix', () => {
    expect(parseIpAddress('10.0.0.1/32')).toBeUndefined();
    expect(parseIpAddress('10.0.0.1')).toMatchObject({ version: 4 });
  });
});

describe('networkContains', () => {
  it('contains IPv4 addresses inside the prefix only', () => {
    expect(networkContains(network('192.0.2.0/24'), network('192.0.2.77'))).toBe(true);
    expect(networkContains(network('192.0.2.0/24'), network('192.0.3.1'))).toBe(false);
    expect(networkContains(network('0.0.0.0/0'), network('203.0.113.9'))).toBe(true);
  });

  it('treats a plain address as a /32 (or /128) that only contains itself', () => {
    expect(networkContains(network('192.0.2.7'), network('192.0.2.7'))).toBe(true);
    expect(networkContains(network('192.0.2.7'), network('192.0.2.8'))).toBe(false);
    expect(networkContains(network('2001:db8::1'), network('2001:db8::1'))).toBe(true);
  });

  it('contains IPv6 addresses inside the prefix only', () => {
    expect(networkContains(network('2001:db8::/32'), network('2001:db8:ffff::1'))).toBe(true);
    expect(networkContains(network('2001:db8::/32'), network('2001:db9::1'))).toBe(false);
  });

  it('ignores host bits of a CIDR, as iptables does', () => {
    expect(networkContains(network('192.0.2.5/24'), network('192.0.2.200'))).toBe(true);
  });

  it('never mixes versions, not even for IPv4-mapped IPv6 addresses', () => {
    expect(networkContains(network('0.0.0.0/0'), network('::ffff:192.0.2.1'))).toBe(false);
    expect(networkContains(network('::/0'), network('192.0.2.1'))).toBe(false);
  });

  it('does not let a wider network fit in a narrower one', () => {
    expect(networkContains(network('192.0.2.0/25'), network('192.0.2.0/24'))).toBe(false);
    expect(networkContains(network('192.0.2.0/24'), network('192.0.2.0/25'))).toBe(true);
  });
});
