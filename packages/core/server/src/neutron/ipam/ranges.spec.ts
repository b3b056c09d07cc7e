import { describe, expect, it } from 'vitest';
import { type Cidr, parseCidr, parseIp } from './address.js';
import { checkGateway, checkPools, defaultGateway, defaultPools, formatRange, usableRange } from './ranges.js';

const v4 = parseCidr('192.168.1.0/24');
const v6 = parseCidr('2001:db8::/64');
const ip = (text: string): bigint => parseIp(text, 'test').value;
const usable = (cidr: Cidr): string => {
  const range = usableRange(cidr);
  return range ? formatRange(cidr, range) : 'none';
};
const pool = (start: string, end: string) => ({ first: ip(start), last: ip(end) });

describe('usable range and defaults', () => {
  it('leaves out the network and IPv4 broadcast addresses', () => {
    expect(usable(v4)).toBe('192.168.1.1-192.168.1.254');
    expect(usable(v6)).toBe('2001:db8::1-2001:db8::ffff:ffff:ffff:ffff');
  });

  it('uses every address of point-to-point subnets', () => {
    const p2p = parseCidr('10.0.0.0/31');
    expect(usable(p2p)).toBe('10.0.0.0-10.0.0.1');
  });

  it('defaults the gateway to the first host and the pools to the rest', () => {
    const gateway = defaultGateway(v4);
    expect(gateway).toBe(ip('192.168.1.1'));
    expect(defaultPools(v4, gateway).map((range) => formatRange(v4, range))).toEqual(['192.168.1.2-192.168.1.254']);
    expect(defaultPools(v4, undefined).map((range) => formatRange(v4, range))).toEqual(['192.168.1.1-192.168.1.254']);
  });

  it('splits the default pool around a gateway in the middle', () => {
    expect(defaultPools(v4, ip('192.168.1.100')).map((range) => formatRange(v4, range))).toEqual([
      '192.168.1.1-192.168.1.99',
      '192.168.1.101-192.168.1.254',
    ]);
  });
});

describe('checkGateway', () => {
  it('accepts a host address of the cidr', () => {
    expect(() => checkGateway(v4, parseIp('192.168.1.254', 'x'), '192.168.1.254')).not.toThrow();
  });

  it('accepts an address outside the cidr, as Neutron does since Newton', () => {
    expect(() => checkGateway(v4, parseIp('192.168.2.1', 'x'), '192.168.2.1')).not.toThrow();
  });

  it('refuses the network and the broadcast address, and another IP version', () => {
    for (const text of ['192.168.1.0', '192.168.1.255', '2001:db8::1']) {
      expect(() => checkGateway(v4, parseIp(text, 'x'), text), text).toThrow(`'${text}' is not a valid gateway for subnet 192.168.1.0/24`);
    }
  });
});

describe('checkPools', () => {
  it('accepts ordered, disjoint pools inside the cidr', () => {
    expect(() => checkPools(v4, [pool('192.168.1.10', '192.168.1.20'), pool('192.168.1.30', '192.168.1.40')], ip('192.168.1.1'))).not.toThrow();
  });

  it('refuses a pool whose start is after its end', () => {
    expect(() => checkPools(v4, [pool('192.168.1.20', '192.168.1.10')], undefined)).toThrow(
      'The allocation pool 192.168.1.20-192.168.1.10 is not valid: its start is after its end.',
    );
  });

  it('refuses a pool beyond the cidr or on the broadcast address', () => {
    expect(() => checkPools(v4, [pool('192.168.1.200', '192.168.1.255')], undefined)).toThrow(
      'The allocation pool 192.168.1.200-192.168.1.255 spans beyond the subnet cidr 192.168.1.0/24.',
    );
  });

  it('refuses overlapping pools with a 409 like Neutron', () => {
    let error: unknown;
    try {
      checkPools(v4, [pool('192.168.1.10', '192.168.1.20'), pool('192.168.1.15', '192.168.1.30')], undefined);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ statusCode: 409, type: 'OverlappingAllocationPools' });
  });

  it('refuses a pool that holds the gateway', () => {
    expect(() => checkPools(v4, [pool('192.168.1.1', '192.168.1.20')], ip('192.168.1.1'))).toThrow(
      'Gateway ip 192.168.1.1 conflicts with allocation pool 192.168.1.1-192.168.1.20.',
    );
  });
});
