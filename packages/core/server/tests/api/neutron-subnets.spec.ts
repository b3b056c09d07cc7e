import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

describe('/v2.0/subnets', () => {
  let app: FastifyInstance;
  let networkId: string;
  beforeEach(async () => {
    app = await buildTestApp();
    networkId = (await create(app, projectA, 'network', { name: 'net' })).id;
  });
  afterEach(async () => {
    await app.close();
  });

  const createSubnet = (attributes: Record<string, unknown>) =>
    call(app, projectA, 'POST', '/v2.0/subnets', { subnet: { network_id: networkId, ...attributes } });

  it('creates an IPv4 subnet with the default gateway and pool', async () => {
    const response = await createSubnet({ ip_version: 4, cidr: '192.168.10.0/24', name: 'v4' });
    expect(response.statusCode).toBe(201);
    expect(response.json().subnet).toMatchObject({
      name: 'v4',
      network_id: networkId,
      project_id: 'project-a',
      tenant_id: 'project-a',
      ip_version: 4,
      cidr: '192.168.10.0/24',
      gateway_ip: '192.168.10.1',
      allocation_pools: [{ start: '192.168.10.2', end: '192.168.10.254' }],
      enable_dhcp: true,
      dns_nameservers: [],
      host_routes: [],
      ipv6_ra_mode: null,
      ipv6_address_mode: null,
    });
  });

  it('creates an IPv6 subnet with canonical addresses', async () => {
    const response = await createSubnet({ ip_version: 6, cidr: '2001:DB8:0:1::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
    expect(response.statusCode).toBe(201);
    expect(response.json().subnet).toMatchObject({
      cidr: '2001:db8:0:1::/64',
      gateway_ip: '2001:db8:0:1::1',
      allocation_pools: [{ start: '2001:db8:0:1::2', end: '2001:db8:0:1:ffff:ffff:ffff:ffff' }],
      ipv6_ra_mode: 'slaac',
      ipv6_address_mode: 'slaac',
    });
  });

  it('accepts no gateway, given pools, nameservers and host routes', async () => {
    const response = await createSubnet({
      ip_version: 4,
      cidr: '10.1.0.0/24',
      gateway_ip: null,
      allocation_pools: [{ start: '10.1.0.10', end: '10.1.0.20' }],
      dns_nameservers: ['8.8.8.8', '1.1.1.1'],
      host_routes: [{ destination: '172.16.0.0/16', nexthop: '10.1.0.254' }],
      enable_dhcp: false,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().subnet).toMatchObject({
      gateway_ip: null,
      allocation_pools: [{ start: '10.1.0.10', end: '10.1.0.20' }],
      dns_nameservers: ['8.8.8.8', '1.1.1.1'],
      host_routes: [{ destination: '172.16.0.0/16', nexthop: '10.1.0.254' }],
      enable_dhcp: false,
    });
  });

  it.each([
    [{ ip_version: 4, cidr: '10.0.0.5/24' }, 400, "'10.0.0.5/24' has host bits set; '10.0.0.0/24' is recommended."],
    [{ ip_version: 4, cidr: 'ten/8' }, 400, "'ten/8' is not a valid CIDR"],
    [{ ip_version: 6, cidr: '10.0.0.0/24' }, 400, 'is an IPv4 cidr but ip_version is 6'],
    [{ ip_version: 5, cidr: '10.0.0.0/24' }, 400, 'subnet.ip_version'],
    [{ cidr: '10.0.0.0/24' }, 400, 'Invalid input for body.subnet.ip_version: the field is required.'],
    [{ ip_version: 4, cidr: '10.0.0.0/24', gateway_ip: '2001:db8::1' }, 400, "'2001:db8::1' is not a valid gateway for subnet 10.0.0.0/24"],
    [{ ip_version: 4, cidr: '10.0.0.0/24', gateway_ip: '10.0.0.255' }, 400, 'not the network or broadcast address'],
    [
      { ip_version: 4, cidr: '10.0.0.0/24', allocation_pools: [{ start: '10.0.0.200', end: '10.0.1.10' }] },
      400,
      'spans beyond the subnet cidr 10.0.0.0/24',
    ],
    [
      { ip_version: 4, cidr: '10.0.0.0/24', allocation_pools: [{ start: '10.0.0.20', end: '10.0.0.10' }] },
      400,
      'its start is after its end',
    ],
    [
      {
        ip_version: 4,
        cidr: '10.0.0.0/24',
        allocation_pools: [
          { start: '10.0.0.10', end: '10.0.0.20' },
          { start: '10.0.0.15', end: '10.0.0.30' },
        ],
      },
      409,
      'Found overlapping allocation pools',
    ],
    [
      { ip_version: 4, cidr: '10.0.0.0/24', allocation_pools: [{ start: '10.0.0.1', end: '10.0.0.30' }] },
      409,
      'Gateway ip 10.0.0.1 conflicts with allocation pool 10.0.0.1-10.0.0.30.',
    ],
    [{ ip_version: 4, cidr: '10.0.0.0/24', ipv6_ra_mode: 'slaac' }, 400, 'ipv6_ra_mode is not valid when ip_version is 4'],
    [{ ip_version: 4, cidr: '10.0.0.0/24', ipv6_address_mode: 'dhcpv6-stateful' }, 400, 'ipv6_address_mode is not valid when ip_version is 4'],
    [{ ip_version: 4, cidr: '10.0.0.0/24', dns_nameservers: ['8.8.8.8', '8.8.8.8'] }, 400, "duplicate nameserver '8.8.8.8'"],
    [{ ip_version: 4, cidr: '10.0.0.0/24', nameservers: [] }, 400, "unrecognized attribute 'nameservers'"],
  ])('refuses %j with %i', async (attributes, status, message) => {
    const response = await createSubnet(attributes);
    expect(response.statusCode).toBe(status);
    expect(neutronError(response).message).toContain(message);
  });

  it('refuses a subnet overlapping another on the same network, but not on another network', async () => {
    const first = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/16' });
    const overlapping = await createSubnet({ ip_version: 4, cidr: '10.0.5.0/24' });
    expect(overlapping.statusCode).toBe(400);
    expect(neutronError(overlapping).message).toContain(`overlaps with subnet ${first.id} (10.0.0.0/16)`);

    const otherNetwork = await create(app, projectA, 'network', {});
    const elsewhere = await call(app, projectA, 'POST', '/v2.0/subnets', {
      subnet: { network_id: otherNetwork.id, ip_version: 4, cidr: '10.0.5.0/24' },
    });
    expect(elsewhere.statusCode).toBe(201);
  });

  it('answers 404 for a network that does not exist', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/subnets', { subnet: { network_id: 'nope', ip_version: 4, cidr: '10.0.0.0/24' } });
    expect(response.statusCode).toBe(404);
    expect(neutronError(response).type).toBe('NetworkNotFound');
  });

  it('updates name, gateway, pools and nameservers, keeping what is not sent', async () => {
    const subnet = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24', dns_nameservers: ['9.9.9.9'] });
    const response = await call(app, projectA, 'PUT', `/v2.0/subnets/${subnet.id}`, {
      subnet: { name: 'renamed', gateway_ip: '10.0.0.254', allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.100' }] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().subnet).toMatchObject({
      name: 'renamed',
      gateway_ip: '10.0.0.254',
      allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.100' }],
      dns_nameservers: ['9.9.9.9'],
    });
  });

  it('refuses a new gateway inside the current pools', async () => {
    const subnet = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' });
    const response = await call(app, projectA, 'PUT', `/v2.0/subnets/${subnet.id}`, { subnet: { gateway_ip: '10.0.0.50' } });
    expect(response.statusCode).toBe(409);
    expect(neutronError(response).type).toBe('GatewayConflictWithAllocationPools');
  });

  it.each(['cidr', 'ip_version', 'network_id'])('refuses to change the immutable %s', async (attribute) => {
    const subnet = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' });
    const response = await call(app, projectA, 'PUT', `/v2.0/subnets/${subnet.id}`, { subnet: { [attribute]: 'anything' } });
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toBe(`Cannot update read-only attribute ${attribute} of a subnet; create a new subnet instead.`);
  });

  it('refuses to delete a subnet with allocations (SubnetInUse) and deletes it once free', async () => {
    const subnet = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' });
    const port = await create(app, projectA, 'port', { network_id: networkId });
    const refused = await call(app, projectA, 'DELETE', `/v2.0/subnets/${subnet.id}`);
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({
      type: 'SubnetInUse',
      message: `Unable to complete operation on subnet ${subnet.id}: One or more ports have an IP allocation from this subnet.`,
    });
    await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`);
    expect((await call(app, projectA, 'DELETE', `/v2.0/subnets/${subnet.id}`)).statusCode).toBe(204);
    const network = await call(app, projectA, 'GET', `/v2.0/networks/${networkId}`);
    expect(network.json().network.subnets).toEqual([]);
  });

  it('lists subnets filtered by ip_version, sorted and paged', async () => {
    await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24', name: 'b' });
    await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.1.0/24', name: 'a' });
    await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 6, cidr: 'fd00::/64', name: 'c' });
    const v4 = await call(app, projectA, 'GET', '/v2.0/subnets?ip_version=4&sort_key=name&fields=name&fields=cidr');
    expect(v4.json()).toEqual({ subnets: [{ name: 'a', cidr: '10.0.1.0/24' }, { name: 'b', cidr: '10.0.0.0/24' }] });
    const page = await call(app, projectA, 'GET', '/v2.0/subnets?limit=1&sort_key=name&sort_dir=desc');
    expect(page.json().subnets.map((subnet: { name: string }) => subnet.name)).toEqual(['c']);
    expect(page.json().subnets_links[0].rel).toBe('next');
  });
});
