import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';

/** References between core resources are checked by the kit, on create, update and member actions alike. */
describe('references to resources the caller may not see', () => {
  let app: FastifyInstance;
  let networkOfA: string;
  let subnetOfA: string;
  let subnetOfB: string;
  let portOfB: string;
  let routerOfA: string;

  beforeAll(async () => {
    app = await buildTestApp();
    networkOfA = (await create(app, projectA, 'network', {})).id;
    subnetOfA = (await create(app, projectA, 'subnet', { network_id: networkOfA, ip_version: 4, cidr: '10.0.0.0/24' })).id;
    const networkOfB = (await create(app, projectB, 'network', {})).id;
    subnetOfB = (await create(app, projectB, 'subnet', { network_id: networkOfB, ip_version: 4, cidr: '10.0.0.0/24' })).id;
    portOfB = (await create(app, projectB, 'port', { network_id: networkOfB })).id;
    routerOfA = (await create(app, projectA, 'router', {})).id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses another project’s subnet in fixed_ips like a subnet off the network, on create and on update', async () => {
    const expected = `Failed to create port on network ${networkOfA}, because fixed_ips included invalid subnet ${subnetOfB}.`;
    const created = await call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkOfA, fixed_ips: [{ subnet_id: subnetOfB }] } });
    expect(created.statusCode).toBe(400);
    expect(neutronError(created).message).toBe(expected);

    const port = await create<{ fixed_ips: unknown[] }>(app, projectA, 'port', { network_id: networkOfA });
    const updated = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { fixed_ips: [{ subnet_id: subnetOfA }, { subnet_id: subnetOfB }] } });
    expect(updated.statusCode).toBe(400);
    expect(neutronError(updated).message).toBe(expected);
    expect((await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).json().port.fixed_ips).toEqual(port.fixed_ips);
  });

  it('answers remove_router_interface for another project’s port or subnet as for no interface', async () => {
    const byPort = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/remove_router_interface`, { port_id: portOfB });
    expect(byPort.statusCode).toBe(404);
    expect(neutronError(byPort)).toMatchObject({ type: 'RouterInterfaceNotFound', message: `Router ${routerOfA} does not have an interface with id ${portOfB}.` });
    const bySubnet = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/remove_router_interface`, { subnet_id: subnetOfB });
    expect(neutronError(bySubnet)).toMatchObject({ type: 'RouterInterfaceNotFoundForSubnet', message: `Router ${routerOfA} has no interface on subnet ${subnetOfB}.` });
  });

  it('checks the interface body before what it names: both ids is a 400 even when neither exists', async () => {
    const both = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/add_router_interface`, { subnet_id: 'missing', port_id: 'missing' });
    expect(both.statusCode).toBe(400);
    expect(neutronError(both).message).toBe('Bad router request: Cannot specify both subnet-id and port-id when adding a router interface; give one.');
  });
});
