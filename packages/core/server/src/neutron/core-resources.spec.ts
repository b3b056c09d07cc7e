import Fastify, { type FastifyInstance } from 'fastify';
import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { type RequestAuth, installResourceDirectory } from '@switchyard/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreApi, coreMigrations, createCoreEvents, createCoreResources } from './index.js';

describe('createCoreResources', () => {
  let database: Database;
  let app: FastifyInstance;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await migrateToLatest(database.db, [{ owner: 'core', stability: 'stable', migrations: coreMigrations }]);
    app = Fastify();
    installResourceDirectory(app);
    app.decorateRequest('auth', null as unknown as RequestAuth);
    app.addHook('onRequest', async (request) => {
      request.auth = { projectId: 'p1', roles: [], isAdmin: false };
    });
    await app.register(coreApi, { db: database.db, events: createCoreEvents() });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
  });

  async function post(resource: string, attributes: Record<string, unknown>): Promise<{ id: string }> {
    const response = await app.inject({ method: 'POST', url: `/v2.0/${resource}s`, payload: { [resource]: attributes } });
    return response.json()[resource];
  }

  it('finds a port as the API shows it, with its fixed IPs', async () => {
    const network = await post('network', {});
    const subnet = await post('subnet', { network_id: network.id, ip_version: 4, cidr: '10.0.0.0/24' });
    const port = await post('port', { network_id: network.id, device_id: 'vm-1', device_owner: 'compute:nova' });
    const found = await createCoreResources(database.db).findPort(port.id);
    expect(found).toMatchObject({
      id: port.id,
      project_id: 'p1',
      network_id: network.id,
      device_id: 'vm-1',
      device_owner: 'compute:nova',
      fixed_ips: [{ subnet_id: subnet.id, ip_address: '10.0.0.2' }],
    });
  });

  it('finds a router, and answers undefined for what does not exist', async () => {
    const router = await post('router', { name: 'edge' });
    const core = createCoreResources(database.db);
    expect(await core.findRouter(router.id)).toEqual({ id: router.id, project_id: 'p1', name: 'edge' });
    expect(await core.findRouter('missing')).toBeUndefined();
    expect(await core.findPort('missing')).toBeUndefined();
  });

  it('locks a port inside a plugin transaction, and answers undefined for one that is gone', async () => {
    const network = await post('network', {});
    const port = await post('port', { network_id: network.id });
    const core = createCoreResources(database.db);
    const locked = await database.db.transaction().execute(async (trx) => [await core.lockPort(trx, port.id), await core.lockPort(trx, 'missing')]);
    expect(locked).toMatchObject([{ id: port.id, network_id: network.id }, undefined]);
  });
});
