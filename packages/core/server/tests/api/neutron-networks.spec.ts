import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, call, create, neutronError, projectA } from './neutron-test-app.js';

describe('/v2.0/networks', () => {
  let app: FastifyInstance;
  beforeEach(async () => {
    app = await buildTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('creates a network with Neutron defaults', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'web' } });
    expect(response.statusCode).toBe(201);
    const { network } = response.json();
    expect(network).toMatchObject({
      name: 'web',
      description: '',
      project_id: 'project-a',
      tenant_id: 'project-a',
      admin_state_up: true,
      status: 'ACTIVE',
      shared: false,
      mtu: 1500,
      subnets: [],
    });
    expect(network.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(network.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(network.updated_at).toBe(network.created_at);
  });

  it('shows, updates and deletes a network', async () => {
    const { id } = await create(app, projectA, 'network', { name: 'old' });
    const shown = await call(app, projectA, 'GET', `/v2.0/networks/${id}`);
    expect(shown.json().network.name).toBe('old');

    const updated = await call(app, projectA, 'PUT', `/v2.0/networks/${id}`, { network: { name: 'new', admin_state_up: false } });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().network).toMatchObject({ id, name: 'new', admin_state_up: false, description: '' });

    expect((await call(app, projectA, 'DELETE', `/v2.0/networks/${id}`)).statusCode).toBe(204);
    const gone = await call(app, projectA, 'GET', `/v2.0/networks/${id}`);
    expect(gone.statusCode).toBe(404);
    expect(neutronError(gone)).toMatchObject({ type: 'NetworkNotFound', message: `Network ${id} could not be found.` });
  });

  it('shows only the requested fields', async () => {
    const { id } = await create(app, projectA, 'network', { name: 'web' });
    const response = await call(app, projectA, 'GET', `/v2.0/networks/${id}?fields=id&fields=name`);
    expect(response.json()).toEqual({ network: { id, name: 'web' } });
  });

  it('lets only admins share a network, with a clear message', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { network: { shared: true } });
    expect(response.statusCode).toBe(403);
    expect(neutronError(response).message).toBe("Only an admin may set shared on a network (Neutron's default policy).");
  });

  it('names unknown and mistyped attributes', async () => {
    const unknown = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'x', colour: 'red' } });
    expect(unknown.statusCode).toBe(400);
    expect(neutronError(unknown).message).toBe("Invalid input for body.network: unrecognized attribute 'colour'.");
    const mistyped = await call(app, projectA, 'POST', '/v2.0/networks', { network: { admin_state_up: 'maybe' } });
    expect(mistyped.statusCode).toBe(400);
    expect(neutronError(mistyped).message).toContain('network.admin_state_up');
  });

  it('refuses changes to read-only attributes', async () => {
    const { id } = await create(app, projectA, 'network', {});
    const response = await call(app, projectA, 'PUT', `/v2.0/networks/${id}`, { network: { project_id: 'other' } });
    expect(response.statusCode).toBe(400);
    expect(neutronError(response).message).toBe('Cannot update read-only attribute project_id of a network; create a new network instead.');
  });

  it('lists subnet ids on each network', async () => {
    const network = await create(app, projectA, 'network', {});
    const subnet = await create(app, projectA, 'subnet', { network_id: network.id, ip_version: 4, cidr: '10.0.0.0/24' });
    const response = await call(app, projectA, 'GET', '/v2.0/networks');
    expect(response.json().networks).toEqual([expect.objectContaining({ id: network.id, subnets: [subnet.id] })]);
  });

  it('filters by attribute, including booleans, and refuses unknown filters', async () => {
    await create(app, projectA, 'network', { name: 'up' });
    await create(app, projectA, 'network', { name: 'down', admin_state_up: false });
    const byName = await call(app, projectA, 'GET', '/v2.0/networks?name=up&fields=name');
    expect(byName.json()).toEqual({ networks: [{ name: 'up' }] });
    const byState = await call(app, projectA, 'GET', '/v2.0/networks?admin_state_up=False&fields=name');
    expect(byState.json()).toEqual({ networks: [{ name: 'down' }] });
    const bad = await call(app, projectA, 'GET', '/v2.0/networks?colour=red');
    expect(bad.statusCode).toBe(400);
    expect(neutronError(bad).message).toContain('"colour" is not a valid filter for networks');
  });

  it('sorts by a key in either direction', async () => {
    for (const name of ['b', 'c', 'a']) await create(app, projectA, 'network', { name });
    const ascending = await call(app, projectA, 'GET', '/v2.0/networks?sort_key=name&sort_dir=asc&fields=name');
    expect(ascending.json().networks.map((network: { name: string }) => network.name)).toEqual(['a', 'b', 'c']);
    const descending = await call(app, projectA, 'GET', '/v2.0/networks?sort_key=name&sort_dir=desc&fields=name');
    expect(descending.json().networks.map((network: { name: string }) => network.name)).toEqual(['c', 'b', 'a']);
  });

  it('pages with limit, marker and networks_links', async () => {
    for (const name of ['n1', 'n2', 'n3']) await create(app, projectA, 'network', { name });
    const first = await call(app, projectA, 'GET', '/v2.0/networks?limit=2&sort_key=name');
    const firstPage = first.json();
    expect(firstPage.networks.map((network: { name: string }) => network.name)).toEqual(['n1', 'n2']);
    const next = firstPage.networks_links.find((link: { rel: string }) => link.rel === 'next');
    expect(next.href).toContain(`marker=${firstPage.networks[1].id}`);

    const second = await call(app, projectA, 'GET', new URL(next.href).pathname + new URL(next.href).search);
    const secondPage = second.json();
    expect(secondPage.networks.map((network: { name: string }) => network.name)).toEqual(['n3']);
    expect(secondPage.networks_links.map((link: { rel: string }) => link.rel)).toEqual(['previous']);
  });

  it('answers 404 for an unknown marker and 400 for a bad limit', async () => {
    const marker = await call(app, projectA, 'GET', '/v2.0/networks?limit=1&marker=missing');
    expect(marker.statusCode).toBe(404);
    const limit = await call(app, projectA, 'GET', '/v2.0/networks?limit=lots');
    expect(limit.statusCode).toBe(400);
    expect(neutronError(limit).message).toContain('limit');
  });

  it('refuses to delete a network with ports (NetworkInUse) and deletes its subnets otherwise', async () => {
    const network = await create(app, projectA, 'network', {});
    const subnet = await create(app, projectA, 'subnet', { network_id: network.id, ip_version: 4, cidr: '10.0.0.0/24' });
    const port = await create(app, projectA, 'port', { network_id: network.id });

    const refused = await call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`);
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({
      type: 'NetworkInUse',
      message: `Unable to complete operation on network ${network.id}. There are one or more ports still in use on the network.`,
    });

    expect((await call(app, projectA, 'DELETE', `/v2.0/ports/${port.id}`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`)).statusCode).toBe(204);
    expect((await call(app, projectA, 'GET', `/v2.0/subnets/${subnet.id}`)).statusCode).toBe(404);
  });
});
