import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';

interface PortJson {
  id: string;
  mac_address: string;
  fixed_ips: Array<{ subnet_id: string; ip_address: string }>;
}

// Neutron's bulk create (`{"ports": [...]}`): every item is created in one transaction, so the
// items see each other (an overlap or a taken address between two of them is refused) and a
// refused item leaves none of the others behind.
describe('bulk create of the core resources', () => {
  let app: FastifyInstance;
  let networkId: string;
  beforeEach(async () => {
    app = await buildTestApp();
    networkId = (await create(app, projectA, 'network', { name: 'bulk' })).id;
  });
  afterEach(async () => {
    await app.close();
  });

  const bulk = (collection: string, items: Array<Record<string, unknown>>, caller = projectA) =>
    call(app, caller, 'POST', `/v2.0/${collection}`, { [collection]: items });
  const count = async (collection: string, query = '') => (await call(app, projectA, 'GET', `/v2.0/${collection}${query}`)).json()[collection].length as number;

  it('creates networks and routers, answering each as a single create would', async () => {
    const networks = await bulk('networks', [{ name: 'n1', mtu: 1400 }, { name: 'n2' }]);
    expect(networks.statusCode, networks.body).toBe(201);
    expect(networks.json().networks).toMatchObject([
      { name: 'n1', mtu: 1400, status: 'ACTIVE', subnets: [], tags: [], revision_number: expect.any(Number) },
      { name: 'n2', mtu: 1500 },
    ]);
    const routers = await bulk('routers', [{ name: 'r1' }, { name: 'r2', admin_state_up: false }]);
    expect(routers.statusCode, routers.body).toBe(201);
    expect(routers.json().routers).toMatchObject([{ name: 'r1', routes: [] }, { name: 'r2', admin_state_up: false }]);
    expect(await count('networks')).toBe(3);
  });

  it('refuses two subnets of one request that overlap, creating neither', async () => {
    const ok = await bulk('subnets', [
      { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' },
      { network_id: networkId, ip_version: 4, cidr: '10.0.1.0/24' },
    ]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().subnets.map((subnet: { gateway_ip: string }) => subnet.gateway_ip)).toEqual(['10.0.0.1', '10.0.1.1']);
    const overlapping = await bulk('subnets', [
      { network_id: networkId, ip_version: 4, cidr: '10.1.0.0/24' },
      { network_id: networkId, ip_version: 4, cidr: '10.1.0.0/25' },
    ]);
    expect(overlapping.statusCode).toBe(400);
    expect(neutronError(overlapping).message).toContain('overlaps with subnet');
    expect(await count('subnets')).toBe(2);
  });

  it('gives the ports of one request distinct addresses and MACs', async () => {
    const subnet = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/29' });
    const response = await bulk('ports', [{ network_id: networkId }, { network_id: networkId }, { network_id: networkId, name: 'third' }]);
    expect(response.statusCode, response.body).toBe(201);
    const ports = response.json().ports as PortJson[];
    expect(ports.map((port) => port.fixed_ips.map((ip) => ip.subnet_id))).toEqual([[subnet.id], [subnet.id], [subnet.id]]);
    expect(new Set(ports.map((port) => port.fixed_ips[0].ip_address)).size).toBe(3);
    expect(new Set(ports.map((port) => port.mac_address)).size).toBe(3);
  });

  it('refuses the whole request when two of its ports ask for one address, or when the pool runs out', async () => {
    const subnet = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/30' });
    const sameAddress = { network_id: networkId, fixed_ips: [{ subnet_id: subnet.id, ip_address: '10.0.0.2' }] };
    const taken = await bulk('ports', [sameAddress, sameAddress]);
    expect(taken.statusCode).toBe(409);
    expect(neutronError(taken).type).toBe('IpAddressAlreadyAllocated');
    // A /30 has one free address once the gateway holds the other.
    const exhausted = await bulk('ports', [{ network_id: networkId }, { network_id: networkId }]);
    expect(exhausted.statusCode).toBe(409);
    expect(neutronError(exhausted).type).toBe('IpAddressGenerationFailure');
    expect(await count('ports')).toBe(0);
  });

  it('gives each port of the request its EUI-64 address on a SLAAC subnet', async () => {
    await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 6, cidr: '2001:db8:1::/64', ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' });
    const response = await bulk('ports', [
      { network_id: networkId, mac_address: 'fa:16:3e:00:00:01' },
      { network_id: networkId, mac_address: 'fa:16:3e:00:00:02' },
    ]);
    expect(response.statusCode, response.body).toBe(201);
    expect((response.json().ports as PortJson[]).map((port) => port.fixed_ips[0].ip_address)).toEqual([
      '2001:db8:1:0:f816:3eff:fe00:1',
      '2001:db8:1:0:f816:3eff:fe00:2',
    ]);
  });

  it('refuses a port on another project’s network as not found, creating none of the request', async () => {
    const theirs = (await create(app, projectB, 'network', { name: 'theirs' })).id;
    const response = await bulk('ports', [{ network_id: networkId }, { network_id: theirs }]);
    expect(response.statusCode).toBe(404);
    expect(neutronError(response).message).toContain(theirs);
    expect(await count('ports')).toBe(0);
  });
});
