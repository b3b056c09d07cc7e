import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

interface FixedIp {
  subnet_id: string;
  ip_address: string;
}

describe('/v2.0/ports', () => {
  let app: FastifyInstance;
  let networkId: string;
  let v4: { id: string };
  beforeEach(async () => {
    app = await buildTestApp();
    networkId = (await create(app, projectA, 'network', {})).id;
    v4 = await create(app, projectA, 'subnet', {
      network_id: networkId,
      ip_version: 4,
      cidr: '10.0.0.0/24',
      allocation_pools: [{ start: '10.0.0.10', end: '10.0.0.12' }],
    });
  });
  afterEach(async () => {
    await app.close();
  });

  const createPort = (attributes: Record<string, unknown> = {}) =>
    call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkId, ...attributes } });

  it('creates a port with a generated MAC and the first free pool address', async () => {
    const response = await createPort({ name: 'vm-1', device_id: 'server-1', device_owner: 'compute:nova' });
    expect(response.statusCode).toBe(201);
    const { port } = response.json();
    expect(port).toMatchObject({
      name: 'vm-1',
      network_id: networkId,
      project_id: 'project-a',
      tenant_id: 'project-a',
      admin_state_up: true,
      status: 'DOWN',
      device_id: 'server-1',
      device_owner: 'compute:nova',
      fixed_ips: [{ subnet_id: v4.id, ip_address: '10.0.0.10' }],
    });
    expect(port.mac_address).toMatch(/^fa:16:3e(:[0-9a-f]{2}){3}$/);
  });

  it('takes one IPv4 address and one from each IPv6 subnet by default', async () => {
    const v6a = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 6, cidr: '2001:db8:a::/64' });
    const v6b = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 6, cidr: '2001:db8:b::/64' });
    const { port } = (await createPort()).json();
    expect(port.fixed_ips).toEqual(
      expect.arrayContaining([
        { subnet_id: v4.id, ip_address: '10.0.0.10' },
        { subnet_id: v6a.id, ip_address: '2001:db8:a::2' },
        { subnet_id: v6b.id, ip_address: '2001:db8:b::2' },
      ]),
    );
    expect(port.fixed_ips).toHaveLength(3);
    expect(port.fixed_ips[0].ip_address).toBe('10.0.0.10');
  });

  it('allocates the requested address, subnet, or both', async () => {
    const bySubnet = (await createPort({ fixed_ips: [{ subnet_id: v4.id }] })).json().port;
    expect(bySubnet.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.10' }]);
    const byAddress = (await createPort({ fixed_ips: [{ ip_address: '10.0.0.200' }] })).json().port;
    expect(byAddress.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.200' }]);
    const byBoth = (await createPort({ fixed_ips: [{ subnet_id: v4.id, ip_address: '10.0.0.11' }] })).json().port;
    expect(byBoth.fixed_ips).toEqual([{ subnet_id: v4.id, ip_address: '10.0.0.11' }]);
    const none = (await createPort({ fixed_ips: [] })).json().port;
    expect(none.fixed_ips).toEqual([]);
  });

  it('never hands out an address twice, requested or allocated', async () => {
    await createPort({ fixed_ips: [{ ip_address: '10.0.0.11' }] });
    const taken = await createPort({ fixed_ips: [{ ip_address: '10.0.0.11' }] });
    expect(taken.statusCode).toBe(409);
    expect(neutronError(taken)).toMatchObject({
      type: 'IpAddressAlreadyAllocated',
      message: `IP address 10.0.0.11 already allocated in subnet ${v4.id}.`,
    });
    const allocated = [(await createPort()).json().port, (await createPort()).json().port];
    expect(allocated.map((port) => port.fixed_ips[0].ip_address)).toEqual(['10.0.0.10', '10.0.0.12']);
  });

  it('keeps addresses unique under concurrent requests', async () => {
    const network = await create(app, projectA, 'network', {});
    await create(app, projectA, 'subnet', { network_id: network.id, ip_version: 4, cidr: '10.9.0.0/24' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: network.id } })),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(201));
    const addresses = responses.map((response) => response.json().port.fixed_ips[0].ip_address);
    expect(new Set(addresses).size).toBe(20);
  });

  it('answers IpAddressGenerationFailure when the pools are exhausted', async () => {
    for (let index = 0; index < 3; index += 1) expect((await createPort()).statusCode).toBe(201);
    const exhausted = await createPort({ fixed_ips: [{ subnet_id: v4.id }] });
    expect(exhausted.statusCode).toBe(409);
    expect(neutronError(exhausted)).toMatchObject({
      type: 'IpAddressGenerationFailure',
      message: `No more IP addresses available for subnet ${v4.id}.`,
    });
    const byDefault = await createPort();
    expect(neutronError(byDefault).message).toBe(`No more IP addresses available on network ${networkId}.`);
  });

  it.each([
    [{ fixed_ips: [{ ip_address: '10.1.0.5' }] }, 'is not a valid IP for any of the subnets on the specified network'],
    [{ fixed_ips: [{ ip_address: '10.0.0.255' }] }, 'is not a valid IP for the specified subnet'],
    [{ fixed_ips: [{ subnet_id: 'elsewhere' }] }, 'fixed_ips included invalid subnet elsewhere'],
    [{ fixed_ips: [{ ip_address: 'not-an-ip' }] }, "'not-an-ip' is not a valid IP address"],
    [{ fixed_ips: [{}] }, 'fixed_ips'],
    [{ mac_address: 'zz:16:3e:00:00:01' }, 'port.mac_address'],
  ])('refuses %j with 400', async (attributes, message) => {
    const response = await createPort(attributes);
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toContain(message);
  });

  it('refuses a requested MAC that is in use', async () => {
    await createPort({ mac_address: 'FA:16:3E:00:00:01' });
    const response = await createPort({ mac_address: 'fa:16:3e:00:00:01' });
    expect(response.statusCode).toBe(409);
    expect(neutronError(response).type).toBe('MacAddressInUse');
  });

  it('releases addresses when a port is deleted', async () => {
    const first = (await createPort()).json().port;
    expect((await call(app, projectA, 'DELETE', `/v2.0/ports/${first.id}`)).statusCode).toBe(204);
    const again = (await createPort({ fixed_ips: [{ ip_address: first.fixed_ips[0].ip_address }] })).json().port;
    expect(again.fixed_ips[0].ip_address).toBe('10.0.0.10');
  });

  it('replaces fixed_ips on update, releasing the old addresses', async () => {
    const port = (await createPort()).json().port;
    const updated = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, {
      port: { name: 'moved', fixed_ips: [{ ip_address: '10.0.0.50' }] },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().port).toMatchObject({ name: 'moved', fixed_ips: [{ subnet_id: v4.id, ip_address: '10.0.0.50' }] });
    const reuse = (await createPort({ fixed_ips: [{ ip_address: '10.0.0.10' }] })).json().port;
    expect(reuse.fixed_ips.map((fixedIp: FixedIp) => fixedIp.ip_address)).toEqual(['10.0.0.10']);
  });

  it('keeps the old addresses when an update asks for a taken one', async () => {
    const other = (await createPort({ fixed_ips: [{ ip_address: '10.0.0.60' }] })).json().port;
    const port = (await createPort()).json().port;
    const refused = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { fixed_ips: [{ ip_address: '10.0.0.60' }] } });
    expect(refused.statusCode).toBe(409);
    const shown = await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`);
    expect(shown.json().port.fixed_ips).toEqual(port.fixed_ips);
    expect(other.fixed_ips[0].ip_address).toBe('10.0.0.60');
  });

  it('refuses read-only attributes on update', async () => {
    const port = (await createPort()).json().port;
    const response = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { network_id: 'other' } });
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toContain('Cannot update read-only attribute network_id of a port');
  });

  it('lists ports filtered by device_id and network_id, with fields', async () => {
    await createPort({ device_id: 'server-1' });
    await createPort({ device_id: 'server-2' });
    const response = await call(app, projectA, 'GET', `/v2.0/ports?device_id=server-2&network_id=${networkId}&fields=device_id&fields=fixed_ips`);
    expect(response.json()).toEqual({ ports: [{ device_id: 'server-2', fixed_ips: [{ subnet_id: v4.id, ip_address: '10.0.0.11' }] }] });
  });
});
