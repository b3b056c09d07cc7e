import type { CorePort, PortAttributeDeclaration } from '@switchyard/sdk';
import { type SentAddressPair, checkAddressPairs } from '../domain/address-pairs.js';
import { type StoredAddressPair, pairsOfPorts } from '../store/address-pairs-store.js';
import type { SecurityGroupDb } from '../store/tables.js';

/** Neutron's allowed-address-pairs port attribute. */
export const addressPairsAttribute: PortAttributeDeclaration = {
  schema: {
    type: 'array',
    // Neutron allows 10 (AllowedAddressPairExhausted); the schema only bounds the work.
    maxItems: 1000,
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['ip_address'],
      properties: { ip_address: { type: 'string', minLength: 1, maxLength: 64 }, mac_address: { type: 'string', maxLength: 17 } },
    },
  },
  description: 'Further addresses or CIDRs (with a MAC, by default the port\'s) the port may send from; at most 10; needs port_security_enabled.',
};

/** The pairs the body sent, checked; undefined when it sent none. */
export function sentAddressPairs(attributes: ReadonlyMap<string, unknown>, port: CorePort): StoredAddressPair[] | undefined {
  const sent = attributes.get('allowed_address_pairs') as SentAddressPair[] | undefined;
  return sent === undefined ? undefined : checkAddressPairs(sent, port.mac_address ?? '');
}

/** The pairs of these ports as the API shows them: a pair without a MAC has the port's. */
export async function presentedAddressPairs(db: SecurityGroupDb, ports: readonly CorePort[]): Promise<Map<string, Array<{ ip_address: string; mac_address: string }>>> {
  const stored = await pairsOfPorts(db, ports.map((port) => port.id));
  return new Map(ports.map((port) => [port.id, (stored.get(port.id) ?? []).map((pair) => ({ ip_address: pair.ip_address, mac_address: pair.mac_address ?? port.mac_address ?? '' }))]));
}
