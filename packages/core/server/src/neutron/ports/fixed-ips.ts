import { conflict, invalidInput } from '@switchyard/sdk';
import { firstFreeAddress } from '../ipam/allocate.js';
import { type Cidr, cidrContains, formatIp, parseCidr, parseIp } from '../ipam/address.js';
import { type AddressRange, usableRange } from '../ipam/ranges.js';
import { eui64Address } from '../ipam/eui64.js';
import { isAutoAddressSubnet } from '../subnets/ipv6-modes.js';
import { listNetworkSubnets, loadSubnetDetails } from '../subnets/store.js';
import type { CoreDb } from '../shared/tables.js';
import { type AddressedPort, allocationOnAutoAddressSubnet, choosesOnAutoAddressSubnets, takesAutoAddresses } from './auto-addresses.js';
import { type FixedIp, type FixedIpRequest, invalidFixedIpSubnet } from './resource.js';
import { listTakenAddresses } from './store.js';

interface AddressableSubnet {
  id: string;
  cidr: Cidr;
  pools: AddressRange[];
  /** SLAAC or DHCPv6-stateless: a port's address here is the EUI-64 one of its MAC, not one from the pools. */
  autoAddress: boolean;
}

export interface FixedIpOptions {
  networkId: string;
  /** Undefined means Neutron's default: one IPv4 address and one per IPv6 subnet (the automatic ones come in any case). */
  requests: readonly FixedIpRequest[] | undefined;
  /** The port the addresses are for: its owner decides whether it takes automatic addresses, its MAC makes them. */
  port: AddressedPort;
}

/**
 * Chooses the port's addresses. Run inside the transaction that stores them, with the network
 * locked (`lockRow`, so concurrent ports do not keep picking the same free address and a subnet
 * cannot be deleted meanwhile) and after the port's previous addresses were released; the UNIQUE
 * (subnet_id, ip_address) key still guards correctness on its own.
 */
export async function chooseFixedIps(db: CoreDb, options: FixedIpOptions): Promise<FixedIp[]> {
  const subnets = await loadAddressableSubnets(db, options.networkId);
  const book = new AddressBook(db);
  const chosen =
    options.requests === undefined
      ? await chooseDefault(
          book,
          subnets.filter((subnet) => !subnet.autoAddress),
          options.networkId,
        )
      : await chooseRequested(book, subnets, options.requests, options);
  // Neutron adds these whatever was asked for, also to a port that asked for an IPv4 address only or for none.
  return [...chosen, ...(await claimAutoAddresses(book, subnets, chosen, options.port))];
}

async function chooseRequested(
  book: AddressBook,
  subnets: AddressableSubnet[],
  requests: readonly FixedIpRequest[],
  { networkId, port }: FixedIpOptions,
): Promise<FixedIp[]> {
  const targets = requests
    .map((request) => ({ request, subnet: subnetFor(subnets, request, networkId) }))
    .filter(({ request, subnet }) => isChosenOnSubnet(subnet, request, port));
  const chosen: FixedIp[] = [];
  // Exact addresses first, so an allocation in the same request cannot take one of them.
  for (const [index, { request, subnet }] of targets.entries()) {
    if (request.ip_address !== undefined) chosen[index] = await claimRequested(book, subnet, request.ip_address);
  }
  for (const [index, { request, subnet }] of targets.entries()) {
    if (request.ip_address === undefined) chosen[index] = await allocateOrFail(book, subnet);
  }
  return chosen;
}

/**
 * Neutron's `_test_fixed_ips_for_port` on an auto-address subnet: only a router interface chooses
 * its address there; any other port's request for the subnet is met by its EUI-64 address, and a
 * named address is refused unless the port holds it already (an update listing its fixed_ips).
 */
function isChosenOnSubnet(subnet: AddressableSubnet, request: FixedIpRequest, port: AddressedPort): boolean {
  if (!subnet.autoAddress || choosesOnAutoAddressSubnets(port.deviceOwner)) return true;
  if (request.ip_address === undefined) return !takesAutoAddresses(port.deviceOwner);
  const requested = formatIp(subnet.cidr.version, parseIp(request.ip_address, 'fixed_ips.ip_address').value);
  if (port.held.some((held) => held.subnet_id === subnet.id && held.ip_address === requested)) return true;
  throw allocationOnAutoAddressSubnet(request.ip_address, subnet.id);
}

/** The EUI-64 address of the port's MAC on each auto-address subnet it has no address on yet; none for a router's port. */
async function claimAutoAddresses(book: AddressBook, subnets: AddressableSubnet[], chosen: FixedIp[], port: AddressedPort): Promise<FixedIp[]> {
  if (!takesAutoAddresses(port.deviceOwner)) return [];
  const covered = new Set(chosen.map((fixedIp) => fixedIp.subnet_id));
  const claimed: FixedIp[] = [];
  for (const subnet of subnets.filter((candidate) => candidate.autoAddress && !covered.has(candidate.id))) {
    claimed.push(await claimOrFail(book, subnet, eui64Address(subnet.cidr, port.macAddress)));
  }
  return claimed;
}

async function chooseDefault(book: AddressBook, subnets: AddressableSubnet[], networkId: string): Promise<FixedIp[]> {
  const chosen: FixedIp[] = [];
  const ipv4 = subnets.filter((subnet) => subnet.cidr.version === 4);
  if (ipv4.length > 0) {
    const address = await firstAllocation(book, ipv4);
    if (!address) throw conflict('IpAddressGenerationFailure', `No more IP addresses available on network ${networkId}.`);
    chosen.push(address);
  }
  for (const subnet of subnets.filter((candidate) => candidate.cidr.version === 6)) chosen.push(await allocateOrFail(book, subnet));
  return chosen;
}

async function firstAllocation(book: AddressBook, subnets: AddressableSubnet[]): Promise<FixedIp | undefined> {
  for (const subnet of subnets) {
    const address = await book.allocate(subnet);
    if (address) return address;
  }
  return undefined;
}

async function allocateOrFail(book: AddressBook, subnet: AddressableSubnet): Promise<FixedIp> {
  const address = await book.allocate(subnet);
  if (!address) throw conflict('IpAddressGenerationFailure', `No more IP addresses available for subnet ${subnet.id}.`);
  return address;
}

/** Any port may hold the gateway address, as in Neutron: such a port can then become a router's interface. */
async function claimRequested(book: AddressBook, subnet: AddressableSubnet, text: string): Promise<FixedIp> {
  const address = parseIp(text, 'fixed_ips.ip_address');
  const usable = usableRange(subnet.cidr);
  if (!cidrContains(subnet.cidr, address) || !usable || address.value < usable.first || address.value > usable.last) {
    throw invalidInput(`IP address ${text} is not a valid IP for the specified subnet ${subnet.id}.`);
  }
  return claimOrFail(book, subnet, address.value);
}

async function claimOrFail(book: AddressBook, subnet: AddressableSubnet, value: bigint): Promise<FixedIp> {
  const ipAddress = formatIp(subnet.cidr.version, value);
  if (!(await book.claim(subnet.id, value))) {
    throw conflict('IpAddressAlreadyAllocated', `IP address ${ipAddress} already allocated in subnet ${subnet.id}.`);
  }
  return { subnet_id: subnet.id, ip_address: ipAddress };
}

function subnetFor(subnets: AddressableSubnet[], request: FixedIpRequest, networkId: string): AddressableSubnet {
  if (request.subnet_id !== undefined) {
    const subnet = subnets.find((candidate) => candidate.id === request.subnet_id);
    if (!subnet) throw invalidFixedIpSubnet(networkId, request.subnet_id);
    return subnet;
  }
  const address = parseIp(request.ip_address ?? '', 'fixed_ips.ip_address');
  const subnet = subnets.find((candidate) => cidrContains(candidate.cidr, address));
  if (!subnet) {
    throw invalidInput(`IP address ${request.ip_address} is not a valid IP for any of the subnets on the specified network ${networkId}.`);
  }
  return subnet;
}

async function loadAddressableSubnets(db: CoreDb, networkId: string): Promise<AddressableSubnet[]> {
  const rows = await listNetworkSubnets(db, networkId);
  const details = await loadSubnetDetails(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const cidr = parseCidr(row.cidr);
    const pools = details.get(row.id)?.allocation_pools ?? [];
    return {
      id: row.id,
      cidr,
      pools: pools.map((pool) => ({ first: parseIp(pool.start, 'start').value, last: parseIp(pool.end, 'end').value })),
      // Only a /64 holds an EUI-64 address; subnets stored before that was checked keep allocating from their pools.
      autoAddress: isAutoAddressSubnet(row) && cidr.prefixLength === 64,
    };
  });
}

/** What is taken on each subnet, read once per request and updated as this request claims addresses. */
class AddressBook {
  readonly #taken = new Map<string, Set<bigint>>();

  constructor(private readonly db: CoreDb) {}

  async allocate(subnet: AddressableSubnet): Promise<FixedIp | undefined> {
    const taken = await this.#takenOn(subnet.id);
    const value = firstFreeAddress(subnet.pools, taken);
    if (value === undefined) return undefined;
    taken.add(value);
    return { subnet_id: subnet.id, ip_address: formatIp(subnet.cidr.version, value) };
  }

  /** False when the address is already taken. */
  async claim(subnetId: string, value: bigint): Promise<boolean> {
    const taken = await this.#takenOn(subnetId);
    if (taken.has(value)) return false;
    taken.add(value);
    return true;
  }

  async #takenOn(subnetId: string): Promise<Set<bigint>> {
    let taken = this.#taken.get(subnetId);
    if (!taken) {
      const addresses = await listTakenAddresses(this.db, subnetId);
      taken = new Set(addresses.map((address) => parseIp(address, 'ip_address').value));
      this.#taken.set(subnetId, taken);
    }
    return taken;
  }
}
