import { multipleRemotes, securityGroupError } from '../errors.js';
import { ETHERTYPES } from '../resources/security-group-rule.js';
import { ICMP_PROTOCOLS, IPV6_ONLY_PROTOCOLS, PORT_PROTOCOLS, type StoredProtocol, normalizeProtocol, protocolNames, protocolNumber } from './protocols.js';
import { normalizePrefix } from './remote-prefix.js';

/** What a create request says about the traffic a rule matches, as sent. */
export interface SentMatch {
  ethertype: unknown;
  protocol: unknown;
  port_range_min: unknown;
  port_range_max: unknown;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  remote_address_group_id: string | null;
}

/** The same, converted and checked as Neutron does. */
export interface RuleMatch {
  ethertype: (typeof ETHERTYPES)[number];
  protocol: StoredProtocol;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  /** The network of remote_ip_prefix (security-groups-normalized-cidr); what duplicates compare. */
  normalized_cidr: string | null;
  remote_group_id: string | null;
  remote_address_group_id: string | null;
}

/** The converted fields, before the prefix is read. */
type ConvertedMatch = Omit<RuleMatch, 'normalized_cidr'>;

/** Neutron's _validate_security_group_rule: every conversion and cross-field check, in its order. */
export function checkRuleMatch(sent: SentMatch): RuleMatch {
  const ethertype = ethertypeOf(sent.ethertype);
  const protocol = protocolOf(sent.protocol);
  const match: ConvertedMatch = {
    ethertype,
    protocol,
    port_range_min: portOf('port_range_min', sent.port_range_min),
    port_range_max: portOf('port_range_max', sent.port_range_max),
    remote_ip_prefix: sent.remote_ip_prefix,
    remote_group_id: sent.remote_group_id,
    remote_address_group_id: sent.remote_address_group_id,
  };
  // Neutron's _validate_multiple_remote_entites: a rule names one remote end at most.
  if ([match.remote_ip_prefix, match.remote_group_id, match.remote_address_group_id].filter((remote) => remote !== null).length > 1) throw multipleRemotes();
  checkEthertypeAndProtocol(match);
  checkPortRange(match);
  const prefix = prefixOf(match);
  return { ...match, remote_ip_prefix: prefix?.given ?? null, normalized_cidr: prefix?.cidr ?? null };
}

function ethertypeOf(value: unknown): RuleMatch['ethertype'] {
  const found = ETHERTYPES.find((ethertype) => typeof value === 'string' && ethertype.toLowerCase() === value.toLowerCase());
  if (found === undefined) {
    throw securityGroupError('SecurityGroupRuleInvalidEtherType', `Security group rule for ethertype '${String(value)}' not supported. Allowed values are IPv4, IPv6.`);
  }
  return found;
}

function protocolOf(value: unknown): StoredProtocol {
  const protocol = normalizeProtocol(value);
  if (protocol === undefined) {
    throw securityGroupError(
      'SecurityGroupRuleInvalidProtocol',
      `Security group rule protocol ${JSON.stringify(value) ?? String(value)} not supported. Only protocol values [None, ${protocolNames()}] and integer representations [0 to 255] are supported.`,
    );
  }
  return protocol;
}

/** neutron's convert_validate_port_value: an integer (or its digits) from 0 to 65535, or null. */
function portOf(attribute: string, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const port = typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : value;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw securityGroupError('SecurityGroupInvalidPortValue', `Invalid value for port ${JSON.stringify(value) ?? String(value)} (${attribute}): give an integer from 0 to 65535.`);
  }
  return port;
}

function checkEthertypeAndProtocol(match: ConvertedMatch): void {
  const number = protocolNumber(match.protocol);
  if (match.ethertype === 'IPv4' && number !== undefined && IPV6_ONLY_PROTOCOLS.has(number)) {
    throw securityGroupError(
      'SecurityGroupEthertypeConflictWithProtocol',
      `Invalid ethertype IPv4 for protocol ${String(match.protocol)}: it is an IPv6 protocol, send "ethertype": "IPv6".`,
    );
  }
}

/** neutron's _validate_port_range: ports for port protocols, type and code for ICMP, nothing else. */
function checkPortRange({ protocol, port_range_min: min, port_range_max: max }: ConvertedMatch): void {
  if (min === null && max === null) return;
  const number = protocolNumber(protocol);
  if (number === undefined) {
    throw securityGroupError('SecurityGroupProtocolRequiredWithPorts', 'Must also specify protocol if port range is given (for example "protocol": "tcp").');
  }
  if (PORT_PROTOCOLS.has(number)) return checkTransportPorts(min, max);
  if (ICMP_PROTOCOLS.has(number)) return checkIcmpTypeAndCode(min, max);
  throw securityGroupError(
    'SecurityGroupInvalidProtocolForPort',
    `Invalid protocol ${String(protocol)} for port range, only supported for TCP, UDP, UDPLITE, SCTP and DCCP protocols (and ICMP type and code).`,
  );
}

function checkTransportPorts(min: number | null, max: number | null): void {
  if (min === 0 || max === 0) throw securityGroupError('SecurityGroupInvalidPortValue', 'Invalid value for port 0: TCP, UDP, UDP-Lite, SCTP and DCCP ports start at 1.');
  if (min !== null && max !== null && min <= max) return;
  throw securityGroupError(
    'SecurityGroupInvalidPortRange',
    'For TCP/UDP protocols, port_range_min must be <= port_range_max: give both ends (the same port twice for a single port).',
  );
}

function checkIcmpTypeAndCode(min: number | null, max: number | null): void {
  for (const [attribute, field, value] of [['port_range_min', 'type', min], ['port_range_max', 'code', max]] as const) {
    if (value !== null && value > 255) {
      throw securityGroupError('SecurityGroupInvalidIcmpValue', `Invalid value for ICMP ${field} (${attribute}) ${value}. It must be 0 to 255.`);
    }
  }
  if (min === null && max !== null) {
    throw securityGroupError('SecurityGroupMissingIcmpType', `ICMP code (port-range-max) ${max} is provided but ICMP type (port-range-min) is missing.`);
  }
}

function prefixOf(match: ConvertedMatch): { given: string; cidr: string } | null {
  if (match.remote_ip_prefix === null) return null;
  const prefix = normalizePrefix(match.remote_ip_prefix);
  if (prefix === undefined || `IPv${prefix.version}` !== match.ethertype) {
    throw securityGroupError(
      'SecurityGroupRuleParameterConflict',
      `Conflicting value ethertype ${match.ethertype} for CIDR ${match.remote_ip_prefix}: give an ${match.ethertype} address or CIDR, or the other ethertype.`,
    );
  }
  return prefix;
}
