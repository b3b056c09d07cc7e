import { conflict, invalidInput } from '@switchyard/sdk';
import { firstFreeAddress } from '../ipam/allocate.js';
import { type Cidr, cidrContains, formatIp, parseCidr, parseIp } from '../ipam/address.js';
import { type AddressRange, usableRange } from '../ipam/ranges.js';
import { listNetworkSubnets, loadSubnetDetails } from '../subnets/store.js';
import type { CoreDb } from '../shared/tables.js';
import { type FixedIp, type FixedIpRequest, invalidFixedIpSubnet } from './resource.js';
import { listTakenAddresses } from './store.js';

interface AddressableSubnet {
  id: string;
  cidr: Cidr;
  pools: AddressRange[];
}

export interface FixedIpOptions {
  networkId: string;
  /** Undefined means Neutron's default: one IPv4 address and one per IPv6 subnet. */
  requests: readonly FixedIpRequest[] | undefined;
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
  if (options.requests === undefined) return chooseDefault(book, subnets, options.networkId);
  const targets = options.requests.map((request) => ({ request, subnet: subnetFor(subnets, request, options.networkId) }));
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
  const ipAddress = formatIp(subnet.cidr.version, address.value);
  if (!(await book.claim(subnet.id, address.value))) {
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
