import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin, buildTestApp, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';

/** Project B's resources, as project A and the admin see them. */
describe('project isolation', () => {
  let app: FastifyInstance;
  const ofB: Record<'network' | 'subnet' | 'port' | 'router', string> = { network: '', subnet: '', port: '', router: '' };
  let networkOfA: string;

  beforeAll(async () => {
    app = await buildTestApp();
    ofB.network = (await create(app, projectB, 'network', { name: 'b-net' })).id;
    ofB.subnet = (await create(app, projectB, 'subnet', { network_id: ofB.network, ip_version: 4, cidr: '10.0.0.0/24' })).id;
    ofB.port = (await create(app, projectB, 'port', { network_id: ofB.network })).id;
    ofB.router = (await create(app, projectB, 'router', { name: 'b-router' })).id;
    networkOfA = (await create(app, projectA, 'network', { name: 'a-net' })).id;
  });
  afterAll(async () => {
    await app.close();
  });

  const resources = ['network', 'subnet', 'port', 'router'] as const;

  it.each(resources)('hides B’s %s from A in lists', async (resource) => {
    const response = await call(app, projectA, 'GET', `/v2.0/${resource}s?fields=id`);
    expect(response.json()[`${resource}s`].map((item: { id: string }) => item.id)).not.toContain(ofB[resource]);
  });

  it.each(resources)('answers 404 to A for B’s %s on show, update and delete', async (resource) => {
    const url = `/v2.0/${resource}s/${ofB[resource]}`;
    for (const [method, payload] of [
      ['GET', undefined],
      ['PUT', { [resource]: { name: 'taken-over' } }],
      ['DELETE', undefined],
    ] as const) {
      const response = await call(app, projectA, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(neutronError(response).type).toBe(`${resource.charAt(0).toUpperCase()}${resource.slice(1)}NotFound`);
    }
    const stillThere = await call(app, projectB, 'GET', url);
    expect(stillThere.json()[resource].name).not.toBe('taken-over');
  });

  it('answers 404 for B’s network when A creates a subnet or port on it', async () => {
    const subnet = await call(app, projectA, 'POST', '/v2.0/subnets', { subnet: { network_id: ofB.network, ip_version: 4, cidr: '10.7.0.0/24' } });
    expect(subnet.statusCode).toBe(404);
    expect(neutronError(subnet).message).toBe(`Network ${ofB.network} could not be found.`);
    const port = await call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: ofB.network } });
    expect(port.statusCode).toBe(404);
  });

  it('does not let A attach B’s subnet or port to its router', async () => {
    const routerOfA = await create(app, projectA, 'router', {});
    const bySubnet = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA.id}/add_router_interface`, { subnet_id: ofB.subnet });
    expect(neutronError(bySubnet).type).toBe('SubnetNotFound');
    const byPort = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA.id}/add_router_interface`, { port_id: ofB.port });
    expect(neutronError(byPort).type).toBe('PortNotFound');
    const onB = await call(app, projectA, 'PUT', `/v2.0/routers/${ofB.router}/add_router_interface`, { subnet_id: ofB.subnet });
    expect(neutronError(onB).type).toBe('RouterNotFound');
  });

  it('forbids A to create resources for project B', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { network: { project_id: 'project-b' } });
    expect(response.statusCode).toBe(403);
  });

  it('lets the admin see both projects and filter by project', async () => {
    const all = (await call(app, admin, 'GET', '/v2.0/networks?fields=id')).json().networks.map((item: { id: string }) => item.id);
    expect(all).toEqual(expect.arrayContaining([ofB.network, networkOfA]));
    const onlyB = await call(app, admin, 'GET', '/v2.0/networks?tenant_id=project-b&fields=name');
    expect(onlyB.json()).toEqual({ networks: [{ name: 'b-net' }] });
    expect((await call(app, admin, 'GET', `/v2.0/ports/${ofB.port}`)).statusCode).toBe(200);
  });

  it('lets the admin create a network for another project', async () => {
    const network = await create(app, admin, 'network', { project_id: 'project-a', name: 'made-by-admin' });
    expect(network.project_id).toBe('project-a');
    const seenByA = await call(app, projectA, 'GET', `/v2.0/networks/${network.id}`);
    expect(seenByA.statusCode).toBe(200);
  });
});
