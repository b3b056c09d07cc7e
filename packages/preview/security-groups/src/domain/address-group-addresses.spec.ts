import { describe, expect, it } from 'vitest';
import { checkCreatedAddresses, normalizeAddresses } from './address-group-addresses.js';

function refusal(check: () => unknown): string | undefined {
  try {
    check();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('checkCreatedAddresses (neutron-lib type:subnet_list, then _process_requested_addresses)', () => {
  it('keeps each CIDR as its network, once', () => {
    expect(checkCreatedAddresses(['192.0.2.7/24', '192.0.2.0/24', '2001:DB8::1/64', '0.0.0.0/0'])).toEqual(['192.0.2.0/24', '2001:db8::/64', '0.0.0.0/0']);
    expect(checkCreatedAddresses([])).toEqual([]);
  });

  it.each([['192.0.2.7'], ['2001:db8::1'], ['192.0.2.0/33'], ['010.0.0.0/8'], ['10.0.0.0/08'], ['10.0.0.0/'], ['fe80::1%eth0/64'], [' 10.0.0.0/8'], ['constructor']])('refuses %j, saying what to send', (address) => {
    expect(refusal(() => checkCreatedAddresses([address]))).toMatch(/is not a valid IP subnet\. Send CIDRs such as/);
  });

  it('refuses the same item twice, naming it', () => {
    expect(refusal(() => checkCreatedAddresses(['192.0.2.0/24', '192.0.2.0/24']))).toContain("Duplicate items in the list: '192.0.2.0/24'");
  });
});

describe('normalizeAddresses (add_addresses, remove_addresses)', () => {
  it('takes addresses as their /32 or /128 and CIDRs as their network, each once', () => {
    expect(normalizeAddresses(['192.0.2.7', '192.0.2.7/32', '2001:db8::1', '198.51.100.9/24'])).toEqual(['192.0.2.7/32', '2001:db8::1/128', '198.51.100.0/24']);
  });

  it('refuses what is no address or CIDR, naming its position', () => {
    expect(refusal(() => normalizeAddresses(['192.0.2.0/24', 'nope']))).toContain("addresses[1] 'nope' is not an IP address or CIDR");
  });
});
