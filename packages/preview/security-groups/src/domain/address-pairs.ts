import { invalidInput } from '@switchyard/sdk';
import { addressPairsExhausted, duplicateAddressPair } from '../errors.js';
import type { StoredAddressPair } from '../store/address-pairs-store.js';
import { normalizePrefix } from './remote-prefix.js';

/** Neutron's max_allowed_address_pair default. */
export const MAX_ADDRESS_PAIRS = 10;

const MAC_ADDRESS = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/;

/** An allowed address pair as a request sends it (the schema made ip_address a string). */
export interface SentAddressPair {
  ip_address: string;
  mac_address?: string;
}

/**
 * Checks the pairs as Neutron's _validate_allowed_address_pairs does: an address or CIDR, a MAC
 * when one is given (lower-cased; none means the port's own), at most MAX_ADDRESS_PAIRS, no pair
 * twice (the port's MAC counting for a pair without one).
 */
export function checkAddressPairs(sent: readonly SentAddressPair[], portMac: string): StoredAddressPair[] {
  if (sent.length > MAX_ADDRESS_PAIRS) throw addressPairsExhausted(MAX_ADDRESS_PAIRS);
  const seen = new Set<string>();
  return sent.map((pair, index) => {
    if (normalizePrefix(pair.ip_address) === undefined) {
      throw invalidInput(`allowed_address_pairs[${index}].ip_address '${pair.ip_address}' is not an IP address or CIDR; send one such as 10.0.0.5 or 10.0.0.0/24.`);
    }
    const mac = pair.mac_address?.toLowerCase();
    if (mac !== undefined && !MAC_ADDRESS.test(mac)) {
      throw invalidInput(`allowed_address_pairs[${index}].mac_address '${pair.mac_address}' is not a MAC address; send six hex pairs such as fa:16:3e:00:00:01, or leave it out for the port's own.`);
    }
    const key = `${pair.ip_address} ${mac ?? portMac}`;
    if (seen.has(key)) throw duplicateAddressPair(pair.ip_address, mac ?? portMac);
    seen.add(key);
    return { ip_address: pair.ip_address, mac_address: mac ?? null };
  });
}
