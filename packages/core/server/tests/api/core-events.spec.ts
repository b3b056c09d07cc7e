import type { FastifyInstance } from 'fastify';
import { conflict } from '@switchyard/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LoadedServicePlugin, buildApp } from '../../src/index.js';
import { testConfig } from '../host/config.js';
import { captureLogs } from '../host/log-capture.js';
import { type HeardDeletion, asLoaded, quietPlugin, recorderPlugin, refuserPlugin } from './core-event-plugins.js';
import { call, create, neutronError, projectA } from './neutron-test-app.js';

describe('core events: port deleted', () => {
  let app: FastifyInstance;
  let heard: HeardDeletion[];
  let failure: { next?: Error };
  let logs: ReturnType<typeof captureLogs>;
  let networkId: string;
  let subnetId: string;
  let routerId: string;

  beforeEach(async () => {
    heard = [];
    failure = {};
    logs = captureLogs();
    // The recorder writes first, so a failure in the refuser after it shows the rollback.
    const plugins = new Map<string, LoadedServicePlugin>(
      [recorderPlugin(heard), quietPlugin(), refuserPlugin(failure)].map((plugin) => [plugin.name, asLoaded(plugin)]),
    );
    app = await buildApp({
      config: testConfig(process.cwd(), { servicePlugins: ['recorder', 'quiet', 'refuser'] }),
      logger: logs.logger,
      loadPlugin: async (entry) => plugins.get(entry) as LoadedServicePlugin,
    });
    networkId = (await create(app, projectA, 'network', {})).id;
    subnetId = (await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' })).id;
    routerId = (await create(app, projectA, 'router', { name: 'edge' })).id;
  });
  afterEach(async () => {
    await app.close();
  });

  const recorded = async () => (await call(app, projectA, 'GET', '/v2.0/recorder/deleted_ports')).json().deleted_ports;
  const interfaceCall = (action: 'add' | 'remove', body: Record<string, unknown>) =>
    call(app, projectA, 'PUT', `/v2.0/routers/${routerId}/${action}_router_interface`, body);

  it('DELETE /v2.0/ports/{id} tells every subscribed plugin once, inside the transaction', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId, device_id: 'vm-1', device_owner: 'compute:nova' });
    expect((await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`)).statusCode).toBe(404);

    expect(heard).toHaveLength(1);
    expect(heard[0]?.event.port).toMatchObject({
      id: port.id,
      project_id: 'project-a',
      network_id: networkId,
      device_id: 'vm-1',
      device_owner: 'compute:nova',
      fixed_ips: [{ subnet_id: subnetId, ip_address: '10.0.0.2' }],
    });
    // The hook's core resources read through the transaction: the port is already gone there.
    expect(heard[0]?.portStillVisible).toBe(false);
    expect(await recorded()).toEqual([{ port_id: port.id, project_id: 'project-a', device_owner: 'compute:nova', device_id: 'vm-1' }]);
  });

  it('removing a subnet interface deletes its port and tells plugins once, with the router as device', async () => {
    const added = (await interfaceCall('add', { subnet_id: subnetId })).json();
    expect((await interfaceCall('remove', { subnet_id: subnetId })).statusCode).toBe(200);
    expect((await interfaceCall('remove', { subnet_id: subnetId })).statusCode).toBe(404);

    expect(heard.map((entry) => entry.event.port.id)).toEqual([added.port_id]);
    expect(await recorded()).toEqual([
      { port_id: added.port_id, project_id: 'project-a', device_owner: 'network:router_interface', device_id: routerId },
    ]);
  });

  it('removing an interface made from an existing port tells plugins once', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    expect((await interfaceCall('add', { port_id: port.id })).statusCode).toBe(200);
    expect((await interfaceCall('remove', { port_id: port.id })).statusCode).toBe(200);

    expect(heard.map((entry) => [entry.event.port.id, entry.event.port.device_id])).toEqual([[port.id, routerId]]);
    expect((await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).statusCode).toBe(404);
  });

  it('deleting a network or router never takes ports with it, so it emits nothing itself', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    await interfaceCall('add', { subnet_id: subnetId });
    expect(neutronError(await call(app, projectA, 'DELETE', `/v2.0/networks/${networkId}`)).type).toBe('NetworkInUse');
    expect(neutronError(await call(app, projectA, 'DELETE', `/v2.0/routers/${routerId}`)).type).toBe('RouterInUse');
    expect(heard).toEqual([]);

    await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`);
    await interfaceCall('remove', { subnet_id: subnetId });
    expect((await call(app, projectA, 'DELETE', `/v2.0/routers/${routerId}`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'DELETE', `/v2.0/networks/${networkId}`)).statusCode).toBe(204);
    expect(heard).toHaveLength(2);
  });

  it('a hook that fails aborts the deletion with a 500 naming the plugin, and rolls back every plugin’s cleanup', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    failure.next = new Error('disk on fire');

    const refused = await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`);
    expect(refused.statusCode).toBe(500);
    expect(neutronError(refused)).toEqual({
      type: 'InternalServerError',
      code: 'SY_ERR_INTERNAL',
      message: `Port ${port.id} was not deleted: service plugin refuser failed while handling it, so nothing was changed. The server log has details.`,
      detail: '',
    });
    const kept = await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`);
    expect(kept.statusCode).toBe(200);
    expect(kept.json().port.fixed_ips).toEqual(port.fixed_ips);
    // The recorder's hook ran and wrote, but its row went with the rolled-back transaction.
    expect(heard).toHaveLength(1);
    expect(await recorded()).toEqual([]);
    expect(logs.lines).toContainEqual(
      expect.objectContaining({ level: 50, service: 'refuser', msg: 'refuser failed in a core event hook; the core change is rolled back' }),
    );

    failure.next = undefined;
    expect((await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`)).statusCode).toBe(204);
    expect((await recorded()).map((row: { port_id: string }) => row.port_id)).toEqual([port.id]);
  });

  it('a hook that loses a database race (a deadlock, say) aborts the deletion with a 409 to retry, not a 500', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    failure.next = Object.assign(new Error('deadlock detected'), { code: '40P01' });

    const refused = await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`);
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({ type: 'ConcurrentModification', code: 'SY_ERR_CONFLICT' });
    expect((await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).statusCode).toBe(200);
    expect(await recorded()).toEqual([]);
    failure.next = undefined;
  });

  it('a hook may refuse with a catalog error, which the client gets as it is; the interface stays', async () => {
    const added = (await interfaceCall('add', { subnet_id: subnetId })).json();
    failure.next = conflict('PortProtected', `Port ${added.port_id} is protected by the refuser; unprotect it first.`);

    const refused = await interfaceCall('remove', { subnet_id: subnetId });
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({ type: 'PortProtected', message: `Port ${added.port_id} is protected by the refuser; unprotect it first.` });
    const kept = (await call(app, projectA, 'GET', `/v2.0/ports/${added.port_id}`)).json().port;
    expect(kept).toMatchObject({ device_id: routerId, device_owner: 'network:router_interface' });
    expect(await recorded()).toEqual([]);
  });

  it('plugins without hooks keep working next to plugins with them', async () => {
    const response = await call(app, projectA, 'GET', '/v2.0/quiet/ping');
    expect(response.json()).toEqual({ pong: true });
  });
});
