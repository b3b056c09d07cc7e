import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Database, openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestAppOn, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';

const ROUTER_INTERFACE = 'network:router_interface';

/**
 * Regression: project B could bind a port of its own to project A's router (device_id) and so
 * block A's router deletion, have A delete B's port, and read B's subnet through A's error texts.
 */
describe('a port cannot claim another project’s router', () => {
  let app: FastifyInstance;
  let database: Database;
  let folder: string;
  let routerOfA: string;
  let networkOfA: string;
  let subnetOfA: string;
  let networkOfB: string;

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'router-ownership-'));
    const url = `sqlite:${path.join(folder, 'db.sqlite')}`;
    app = await buildTestAppOn(url);
    // A second connection writes rows the API would refuse, as data from an older release.
    database = await openDatabase({ url });
    routerOfA = (await create(app, projectA, 'router', { name: 'a-router' })).id;
    networkOfA = (await create(app, projectA, 'network', {})).id;
    subnetOfA = (await create(app, projectA, 'subnet', { network_id: networkOfA, ip_version: 4, cidr: '10.1.0.0/24' })).id;
    networkOfB = (await create(app, projectB, 'network', {})).id;
    await create(app, projectB, 'subnet', { network_id: networkOfB, ip_version: 4, cidr: '10.1.0.0/24' });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a new port naming another project’s router (409 DeviceIDNotOwnedByTenant)', async () => {
    const response = await call(app, projectB, 'POST', '/v2.0/ports', {
      port: { network_id: networkOfB, device_owner: ROUTER_INTERFACE, device_id: routerOfA },
    });
    expect(response.statusCode).toBe(409);
    expect(neutronError(response).type).toBe('DeviceIDNotOwnedByTenant');
    expect((await call(app, projectB, 'GET', '/v2.0/ports')).json().ports).toEqual([]);
  });

  it('refuses moving an existing port onto another project’s router', async () => {
    const port = await create(app, projectB, 'port', { network_id: networkOfB });
    const response = await call(app, projectB, 'PUT', `/v2.0/ports/${port.id}`, {
      port: { device_owner: ROUTER_INTERFACE, device_id: routerOfA },
    });
    expect(response.statusCode).toBe(409);
    expect(neutronError(response).type).toBe('DeviceIDNotOwnedByTenant');
    const shown = (await call(app, projectB, 'GET', `/v2.0/ports/${port.id}`)).json().port;
    expect(shown).toMatchObject({ device_id: '', device_owner: '' });
  });

  it('still lets a project name its own router, or a device that is no router', async () => {
    const own = await call(app, projectA, 'POST', '/v2.0/ports', {
      port: { network_id: networkOfA, device_owner: ROUTER_INTERFACE, device_id: routerOfA },
    });
    expect(own.statusCode).toBe(201);
    const server = await call(app, projectB, 'POST', '/v2.0/ports', {
      port: { network_id: networkOfB, device_owner: ROUTER_INTERFACE, device_id: 'not-a-router' },
    });
    expect(server.statusCode).toBe(201);
    // Its "router" does not exist, so it is an ordinary port its owner may delete.
    const deleted = await call(app, projectB, 'DELETE', `/v2.0/ports/${server.json().port.id}`);
    expect(deleted.statusCode).toBe(204);
  });

  it('keeps A’s router deletable and A’s interface calls blind to a port of B that names it', async () => {
    // Such a port can only come from data written before the fix: plant it behind the API's back.
    const portOfB = (await create(app, projectB, 'port', { network_id: networkOfB })).id;
    await sql`UPDATE ports SET device_owner = ${ROUTER_INTERFACE}, device_id = ${routerOfA} WHERE id = ${portOfB}`.execute(database.db);

    const attach = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/add_router_interface`, { subnet_id: subnetOfA });
    expect(attach.statusCode).toBe(200);
    const removeForeign = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/remove_router_interface`, { port_id: portOfB });
    expect(removeForeign.statusCode).toBe(404);
    expect((await call(app, projectB, 'GET', `/v2.0/ports/${portOfB}`)).statusCode).toBe(200);
    const detach = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/remove_router_interface`, { subnet_id: subnetOfA });
    expect(detach.statusCode).toBe(200);
    expect((await call(app, projectA, 'DELETE', `/v2.0/routers/${routerOfA}`)).statusCode).toBe(204);
    expect((await call(app, projectB, 'DELETE', `/v2.0/ports/${portOfB}`)).statusCode).toBe(204);
  });

  it('does not reveal another project’s subnet in A’s interface errors', async () => {
    const portOfB = (await create(app, projectB, 'port', { network_id: networkOfB })).id;
    const subnetOfB = (await call(app, projectB, 'GET', '/v2.0/subnets')).json().subnets[0].id;
    await sql`UPDATE ports SET device_owner = ${ROUTER_INTERFACE}, device_id = ${routerOfA} WHERE id = ${portOfB}`.execute(database.db);
    // B's subnet has the same CIDR as A's: an overlap check that saw B's port would name it.
    const attach = await call(app, projectA, 'PUT', `/v2.0/routers/${routerOfA}/add_router_interface`, { subnet_id: subnetOfA });
    expect(attach.statusCode, attach.body).toBe(200);
    expect(attach.body).not.toContain(subnetOfB);
  });
});
