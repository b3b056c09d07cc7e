import { invalidInput } from '@switchyard/sdk';
import { type Cidr, canonicalIp, formatCidr, formatIp, parseCidr, parseIp } from '../ipam/address.js';
import { type AddressRange, checkGateway, checkPools, defaultGateway, defaultPools } from '../ipam/ranges.js';
import { checkIpv6Modes } from './ipv6-modes.js';
import type { AllocationPool, HostRoute, SubnetChanges, SubnetCreation, SubnetDetails } from './resource.js';

/** A subnet's addressing, validated and in canonical form, ready to store. */
export interface SubnetPlan {
  cidr: Cidr;
  gateway: bigint | undefined;
  pools: AddressRange[];
  dnsNameservers: string[];
  hostRoutes: HostRoute[];
}

/** Validates a new subnet's addressing and fills in Neutron's defaults. */
export function planNewSubnet(input: SubnetCreation): SubnetPlan {
  const cidr = parseCidr(input.cidr);
  if (cidr.version !== input.ip_version) {
    throw invalidInput(`Invalid input for cidr: ${input.cidr} is an IPv${cidr.version} cidr but ip_version is ${input.ip_version}.`);
  }
  checkIpv6Modes({ ...input, cidr });
  const gateway = input.gateway_ip === undefined ? defaultGateway(cidr) : parseGateway(cidr, input.gateway_ip);
  const pools = input.allocation_pools === undefined ? defaultPools(cidr, gateway) : parsePools(cidr, input.allocation_pools);
  checkPools(cidr, pools, gateway);
  return {
    cidr,
    gateway,
    pools,
    dnsNameservers: parseNameservers(input.dns_nameservers ?? []),
    hostRoutes: parseHostRoutes(cidr, input.host_routes ?? []),
  };
}

/** Applies an update to the current plan; attributes not sent keep their value. */
export function planSubnetUpdate(current: SubnetPlan, changes: SubnetChanges): SubnetPlan {
  const { cidr } = current;
  const gateway = changes.gateway_ip === undefined ? current.gateway : parseGateway(cidr, changes.gateway_ip);
  const pools = changes.allocation_pools === undefined ? current.pools : parsePools(cidr, changes.allocation_pools);
  checkPools(cidr, pools, gateway);
  return {
    cidr,
    gateway,
    pools,
    dnsNameservers: changes.dns_nameservers === undefined ? current.dnsNameservers : parseNameservers(changes.dns_nameservers),
    hostRoutes: changes.host_routes === undefined ? current.hostRoutes : parseHostRoutes(cidr, changes.host_routes),
  };
}

function parseGateway(cidr: Cidr, text: string | null): bigint | undefined {
  if (text === null) return undefined;
  const gateway = parseIp(text, 'gateway_ip');
  checkGateway(cidr, gateway, text);
  return gateway.value;
}

function parsePools(cidr: Cidr, pools: readonly AllocationPool[]): AddressRange[] {
  return pools.map((pool) => ({
    first: parseSameVersion(cidr, pool.start, 'allocation_pools.start'),
    last: parseSameVersion(cidr, pool.end, 'allocation_pools.end'),
  }));
}

function parseNameservers(nameservers: readonly string[]): string[] {
  const canonical = nameservers.map((text) => canonicalIp(parseIp(text, 'dns_nameservers')));
  const duplicate = canonical.find((address, index) => canonical.indexOf(address) !== index);
  if (duplicate !== undefined) throw invalidInput(`Invalid input for dns_nameservers: duplicate nameserver '${duplicate}'.`);
  return canonical;
}

function parseHostRoutes(cidr: Cidr, routes: readonly HostRoute[]): HostRoute[] {
  const parsed = routes.map((route) => {
    const destination = parseCidr(route.destination, 'host_routes.destination');
    const nexthop = parseSameVersion(cidr, route.nexthop, 'host_routes.nexthop');
    if (destination.version !== cidr.version) {
      throw invalidInput(`Invalid input for host_routes.destination: '${route.destination}' is not an IPv${cidr.version} cidr like the subnet.`);
    }
    return { destination: formatCidr(destination), nexthop: formatIp(cidr.version, nexthop) };
  });
  const keys = parsed.map((route) => `${route.destination} via ${route.nexthop}`);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) throw invalidInput(`Invalid input for host_routes: duplicate route ${duplicate}.`);
  return parsed;
}

function parseSameVersion(cidr: Cidr, text: string, attribute: string): bigint {
  const address = parseIp(text, attribute);
  if (address.version !== cidr.version) {
    throw invalidInput(`Invalid input for ${attribute}: '${text}' is not an IPv${cidr.version} address like the subnet ${formatCidr(cidr)}.`);
  }
  return address.value;
}

/** The plan of a stored subnet, so an update is checked against what is there. */
export function storedPlan(cidrText: string, gatewayIp: string | null, details: SubnetDetails): SubnetPlan {
  const cidr = parseCidr(cidrText);
  return {
    cidr,
    gateway: gatewayIp === null ? undefined : parseIp(gatewayIp, 'gateway_ip').value,
    pools: parsePools(cidr, details.allocation_pools),
    dnsNameservers: details.dns_nameservers,
    hostRoutes: details.host_routes,
  };
}

/** The stored, canonical form of a plan. */
export function planDetails(plan: SubnetPlan): SubnetDetails & { gateway_ip: string | null } {
  const { version } = plan.cidr;
  return {
    gateway_ip: plan.gateway === undefined ? null : formatIp(version, plan.gateway),
    allocation_pools: plan.pools.map((pool) => ({ start: formatIp(version, pool.first), end: formatIp(version, pool.last) })),
    dns_nameservers: plan.dnsNameservers,
    host_routes: plan.hostRoutes,
  };
}
