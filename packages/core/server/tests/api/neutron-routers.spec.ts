import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

describe('/v2.0/routers', () => {
  let app: FastifyInstance;
  let networkId: string;
  let subnetId: string;
  let routerId: string;
  beforeEach(async () => {
    app = await buildTestApp();
    networkId = (await create(app, projectA, 'network', {})).id;
    subnetId = (await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' })).id;
    routerId = (await create(app, projectA, 'router', { name: 'edge' })).id;
  });
  afterEach(async () => {
    await app.close();
  });

  const addInterface = (body: Record<string, unknown>) => call(app, projectA, 'PUT', `/v2.0/routers/${routerId}/add_router_interface`, body);
  const removeInterface = (body: Record<string, unknown>) =>
    call(app, projectA, 'PUT', `/v2.0/routers/${routerId}/remove_router_interface`, body);

  it('creates, shows, lists, updates and deletes a router', async () => {
    const shown = (await call(app, projectA, 'GET', `/v2.0/routers/${routerId}`)).json().router;
    expect(shown).toMatchObject({
      id: routerId,
      name: 'edge',
      project_id: 'project-a',
      tenant_id: 'project-a',
      admin_state_up: true,
      status: 'ACTIVE',
      external_gateway_info: null,
      routes: [],
    });
    const listed = await call(app, projectA, 'GET', '/v2.0/routers?name=edge&fields=id');
    expect(listed.json()).toEqual({ routers: [{ id: routerId }] });
    const updated = await call(app, projectA, 'PUT', `/v2.0/routers/${routerId}`, { router: { name: 'core', routes: [] } });
    expect(updated.json().router.name).toBe('core');
    expect((await call(app, projectA, 'DELETE', `/v2.0/routers/${routerId}`)).statusCode).toBe(204);
    expect(neutronError(await call(app, projectA, 'GET', `/v2.0/routers/${routerId}`)).type).toBe('RouterNotFound');
  });

  it('refuses external gateways and extra routes it does not support', async () => {
    const gateway = await call(app, projectA, 'POST', '/v2.0/routers', { router: { external_gateway_info: { network_id: networkId } } });
    expect(gateway.statusCode).toBe(400);
    expect(neutronError(gateway).message).toContain('external gateways are not supported yet');
    const routes = await call(app, projectA, 'PUT', `/v2.0/routers/${routerId}`, {
      router: { routes: [{ destination: '10.5.0.0/16', nexthop: '10.0.0.9' }] },
    });
    expect(routes.statusCode).toBe(400);
    expect(neutronError(routes).message).toContain('extra routes are not supported yet');
  });

  it('adds a subnet interface on the gateway address and removes it again', async () => {
    const added = await addInterface({ subnet_id: subnetId });
    expect(added.statusCode).toBe(200);
    const info = added.json();
    expect(info).toMatchObject({
      id: routerId,
      subnet_id: subnetId,
      subnet_ids: [subnetId],
      network_id: networkId,
      project_id: 'project-a',
      tenant_id: 'project-a',
    });

    const ports = (await call(app, projectA, 'GET', `/v2.0/ports?device_id=${routerId}`)).json().ports;
    expect(ports).toEqual([
      expect.objectContaining({
        id: info.port_id,
        device_owner: 'network:router_interface',
        device_id: routerId,
        fixed_ips: [{ subnet_id: subnetId, ip_address: '10.0.0.1' }],
      }),
    ]);

    const removed = await removeInterface({ subnet_id: subnetId });
    expect(removed.statusCode).toBe(200);
    expect(removed.json()).toEqual(info);
    expect((await call(app, projectA, 'GET', `/v2.0/ports/${info.port_id}`)).statusCode).toBe(404);
  });

  it('adds an existing unbound port as an interface and removes it by port_id', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    const added = await addInterface({ port_id: port.id });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ port_id: port.id, subnet_ids: [subnetId] });
    const shown = (await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).json().port;
    expect(shown).toMatchObject({ device_id: routerId, device_owner: 'network:router_interface' });

    const removed = await removeInterface({ port_id: port.id });
    expect(removed.json().port_id).toBe(port.id);
    expect((await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).statusCode).toBe(404);
  });

  it('refuses a port that is already bound to a device (PortInUse)', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId, device_id: 'server-1', device_owner: 'compute:nova' });
    const response = await addInterface({ port_id: port.id });
    expect(response.statusCode).toBe(409);
    expect(neutronError(response)).toMatchObject({ type: 'PortInUse' });
    expect(neutronError(response).message).toContain('Port already has an attached device server-1');
  });

  it('refuses a subnet without gateway and a subnet already attached', async () => {
    const noGateway = await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.1.0.0/24', gateway_ip: null });
    const refused = await addInterface({ subnet_id: noGateway.id });
    expect(refused.statusCode).toBe(400);
    expect(neutronError(refused).message).toContain('must have a gateway IP');

    expect((await addInterface({ subnet_id: subnetId })).statusCode).toBe(200);
    const twice = await addInterface({ subnet_id: subnetId });
    expect(twice.statusCode).toBe(400);
    expect(neutronError(twice).message).toBe(`Bad router request: Router ${routerId} already has a port on subnet ${subnetId}.`);
  });

  it('asks for exactly one of subnet_id and port_id', async () => {
    const neither = await addInterface({});
    expect(neither.statusCode).toBe(400);
    expect(neutronError(neither).message).toContain('Either subnet_id or port_id must be specified');
    const both = await addInterface({ subnet_id: subnetId, port_id: 'x' });
    expect(both.statusCode).toBe(400);
    const removeNeither = await removeInterface({});
    expect(removeNeither.statusCode).toBe(400);
    const unknown = await addInterface({ network_id: networkId });
    expect(neutronError(unknown).message).toContain("unrecognized attribute 'network_id'");
  });

  it('answers 404 when removing an interface that is not attached', async () => {
    const bySubnet = await removeInterface({ subnet_id: subnetId });
    expect(bySubnet.statusCode).toBe(404);
    expect(neutronError(bySubnet)).toMatchObject({
      type: 'RouterInterfaceNotFoundForSubnet',
      message: `Router ${routerId} has no interface on subnet ${subnetId}.`,
    });
    const byPort = await removeInterface({ port_id: 'nope' });
    expect(byPort.statusCode).toBe(404);
    expect(neutronError(byPort).type).toBe('RouterInterfaceNotFound');
  });

  it('protects interfaces: RouterInUse, ServicePortInUse, SubnetInUse, NetworkInUse', async () => {
    const { port_id: portId } = (await addInterface({ subnet_id: subnetId })).json();

    const router = await call(app, projectA, 'DELETE', `/v2.0/routers/${routerId}`);
    expect(router.statusCode).toBe(409);
    expect(neutronError(router).type).toBe('RouterInUse');
    expect(neutronError(router).message).toContain(`Router ${routerId} still has ports`);

    const port = await call(app, projectA, 'DELETE', `/v2.0/ports/${portId}`);
    expect(port.statusCode).toBe(409);
    expect(neutronError(port).type).toBe('ServicePortInUse');
    expect(neutronError(port).message).toContain('remove_router_interface');

    expect((await call(app, projectA, 'DELETE', `/v2.0/subnets/${subnetId}`)).statusCode).toBe(409);
    expect((await call(app, projectA, 'DELETE', `/v2.0/networks/${networkId}`)).statusCode).toBe(409);

    await removeInterface({ subnet_id: subnetId });
    expect((await call(app, projectA, 'DELETE', `/v2.0/routers/${routerId}`)).statusCode).toBe(204);
  });
});
