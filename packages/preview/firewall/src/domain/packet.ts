import { invalidInput } from '@switchyard/sdk';
import { type IpNetwork, type IpVersion, parseIpAddress } from './addresses.js';
import type { EvaluationRequest } from '../resources/evaluation.js';
import type { RuleProtocol } from './rule.js';

export type Direction = EvaluationRequest['direction'];

/** A packet as the evaluate endpoint receives it, without the port and direction it crosses. */
export type PacketInput = Omit<EvaluationRequest, 'port_id' | 'direction'>;

/** A packet whose addresses are parsed and known to share one IP version. */
export interface Packet {
  protocol: RuleProtocol;
  ipVersion: IpVersion;
  source: IpNetwork;
  destination: IpNetwork;
  sourcePort?: number;
  destinationPort?: number;
}

/** Validates a packet description; throws a 400 naming the field that is wrong. */
export function parsePacket(input: PacketInput): Packet {
  const source = parseAddress('source_ip_address', input.source_ip_address);
  const destination = parseAddress('destination_ip_address', input.destination_ip_address);
  if (source.version !== destination.version) {
    throw invalidInput(
      `Invalid input for packet: source_ip_address is IPv${source.version} but destination_ip_address is IPv${destination.version}; ` +
        'a packet has one IP version.',
    );
  }
  if (input.protocol === 'icmp' && (input.source_port !== undefined || input.destination_port !== undefined)) {
    throw invalidInput('Invalid input for packet: ICMP packets have no source_port or destination_port.');
  }
  return {
    protocol: input.protocol,
    ipVersion: source.version,
    source,
    destination,
    sourcePort: input.source_port,
    destinationPort: input.destination_port,
  };
}

function parseAddress(field: string, text: string): IpNetwork {
  const address = parseIpAddress(text);
  if (!address) {
    throw invalidInput(`Invalid input for packet.${field}: ${JSON.stringify(text)} is not an IP address (no prefix).`);
  }
  return address;
}
