import { describe, expect, it } from 'vitest';
import { parsePacket } from './packet.js';

describe('parsePacket', () => {
  it('derives the IP version from the addresses', () => {
    expect(parsePacket({ protocol: 'udp', source_ip_address: '2001:db8::1', destination_ip_address: '2001:db8::2' }).ipVersion).toBe(6);
  });

  it('refuses mixed IP versions', () => {
    expect(() => parsePacket({ protocol: 'tcp', source_ip_address: '10.0.0.1', destination_ip_address: '2001:db8::2' })).toThrow(
      'source_ip_address is IPv4 but destination_ip_address is IPv6',
    );
  });

  it('refuses prefixes and garbage as addresses, naming the field', () => {
    expect(() => parsePacket({ protocol: 'tcp', source_ip_address: '10.0.0.0/24', destination_ip_address: '10.0.0.2' })).toThrow(
      'packet.source_ip_address: "10.0.0.0/24" is not an IP address',
    );
    expect(() => parsePacket({ protocol: 'tcp', source_ip_address: '10.0.0.1', destination_ip_address: 'router' })).toThrow(
      'packet.destination_ip_address',
    );
  });

  it('refuses ports on ICMP packets', () => {
    expect(() =>
      parsePacket({ protocol: 'icmp', source_ip_address: '10.0.0.1', destination_ip_address: '10.0.0.2', destination_port: 7 }),
    ).toThrow('ICMP packets have no source_port or destination_port');
  });
});
