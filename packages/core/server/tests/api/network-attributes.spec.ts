import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asLoaded } from './core-event-plugins.js';
import { type ZonesLog, networkAttributePlugin, zonesPlugin } from './network-attribute-plugins.js';
import { attributePlugin } from './port-attribute-plugins.js';
import { admin, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';
import { serverWith } from './server-with-plugins.js';

type Network = Record<string, unknown> & { id: string };

describe('plugin attributes on core networks', () => {
  let app: FastifyInstance;
  let log: ZonesLog;

  beforeEach(async () => {
    log = { created: [], updated: [], deleted: [], presented: [] };
    app = await serverWith([asLoaded(zonesPlugin(log))]);
  });
  afterEach(async () => {
    await app.close();
  });

  const stored = async () => (await call(app, projectA, 'GET', '/v2.0/fixture/network_zones')).json().network_zones;
  const listNetworks = async (caller = projectA, query = '') => (await call(app, caller, 'GET', `/v2.0/networks${query}`)).json().networks as Network[];
  const ids = async (caller: typeof projectA, query: string) => (await listNetworks(caller, `?${query}`)).map((network) => network.id).sort();

  it('a create that sends the attributes stores them and shows them on the created network', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'web', fixture_zone: 'east', fixture_tier: 'gold' } });
    expect(response.statusCode).toBe(201);
    const network = response.json().network;
    expect(network).toMatchObject({ name: 'web', fixture_zone: 'east', fixture_tier: 'gold', project_id: 'project-a', mtu: 1500 });
    expect(log.created).toEqual([
      { networkId: network.id, projectId: 'project-a', sent: { fixture_zone: 'east', fixture_tier: 'gold' }, caller: { projectId: 'project-a', isAdmin: false } },
    ]);
    expect(await stored()).toEqual([{ network_id: network.id, zone: 'east', tier: 'gold' }]);
  });

  it('a create that sends none still calls the hook, with no values, so the plugin applies its defaults', async () => {
    const network = await create(app, projectA, 'network', { name: 'plain' });
    expect(network).toMatchObject({ fixture_zone: 'zone-project-a', fixture_tier: 'bronze' });
    expect(log.created).toEqual([{ networkId: network.id, projectId: 'project-a', sent: {}, caller: { projectId: 'project-a', isAdmin: false } }]);
  });

  it('the hook hears who asks: an admin creating a network for another project', async () => {
    const network = await create(app, admin, 'network', { project_id: 'project-b', fixture_zone: 'project:other' });
    expect(network).toMatchObject({ project_id: 'project-b', fixture_zone: 'project:other' });
    expect(log.created.at(-1)).toMatchObject({ projectId: 'project-b', caller: { projectId: 'admin-project', isAdmin: true } });
  });

  it('show, list and fields include the plugin values, one present call per response', async () => {
    const first = await create(app, projectA, 'network', { fixture_zone: 'one' });
    const second = await create(app, projectA, 'network', { fixture_zone: 'two' });
    log.presented = [];

    const shown = (await call(app, projectA, 'GET', `/v2.0/networks/${first.id}`)).json().network;
    expect(shown).toMatchObject({ id: first.id, fixture_zone: 'one', fixture_tier: 'bronze', subnets: [] });
    const listed = await listNetworks();
    expect(listed.map((network) => [network.id, network.fixture_zone]).sort()).toEqual(
      [
        [first.id, 'one'],
        [second.id, 'two'],
      ].sort(),
    );
    expect(log.presented.map((presented) => presented.length)).toEqual([1, 2]);
    const picked = (await call(app, projectA, 'GET', '/v2.0/networks?fields=id&fields=fixture_zone')).json().networks;
    expect(picked).toContainEqual({ id: first.id, fixture_zone: 'one' });
  });

  it('an update that sends the attribute stores it; one that sends only core attributes calls the hook with no values', async () => {
    const network = await create(app, projectA, 'network', { name: 'old', fixture_zone: 'east' });
    const moved = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { fixture_zone: 'west', name: 'renamed' } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().network).toMatchObject({ name: 'renamed', fixture_zone: 'west', revision_number: Number(network.revision_number) + 1 });

    const renamed = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { name: 'again' } });
    expect(renamed.json().network).toMatchObject({ name: 'again', fixture_zone: 'west' });
    expect(log.updated).toEqual([
      { networkId: network.id, name: 'renamed', sent: { fixture_zone: 'west' } },
      { networkId: network.id, name: 'again', sent: {} },
    ]);
  });

  it('a list filters on an attribute the plugin declares filter: true, within what the caller may see', async () => {
    const east = (await create(app, projectA, 'network', { fixture_zone: 'east' })).id;
    const west = (await create(app, projectA, 'network', { fixture_zone: 'west' })).id;
    await create(app, projectA, 'network', {});
    const theirs = (await create(app, projectB, 'network', { fixture_zone: 'east' })).id;
    expect(await ids(projectA, 'fixture_zone=east')).toEqual([east]);
    expect(await ids(projectA, 'fixture_zone=east&fixture_zone=west')).toEqual([east, west].sort());
    expect(await ids(projectA, `fixture_zone=west&id=${east}`)).toEqual([]);
    expect(await ids(admin, 'fixture_zone=east')).toEqual([east, theirs].sort());
    expect(await ids(projectB, 'fixture_zone=west')).toEqual([]);
  });

  it('a create-only attribute is refused on update as read-only, a wrong type by the schema', async () => {
    const network = await create(app, projectA, 'network', {});
    const readOnly = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { fixture_tier: 'gold' } });
    expect(readOnly.statusCode).toBe(400);
    expect(neutronError(readOnly).message).toContain('fixture_tier');
    const wrongType = await call(app, projectA, 'POST', '/v2.0/networks', { network: { fixture_zone: 7 } });
    expect(wrongType.statusCode).toBe(400);
    expect(neutronError(wrongType).message).toContain('fixture_zone');
    expect(log.updated).toEqual([]);
  });

  it('bulk create calls the hook per item in one transaction and shows every item with one present call', async () => {
    log.presented = [];
    const response = await call(app, projectA, 'POST', '/v2.0/networks', { networks: [{ fixture_zone: 'a' }, { name: 'b' }] });
    expect(response.statusCode).toBe(201);
    expect(response.json().networks.map((network: Network) => network.fixture_zone)).toEqual(['a', 'zone-project-a']);
    expect(log.created.map((event) => event.sent)).toEqual([{ fixture_zone: 'a' }, {}]);
    expect(log.presented).toHaveLength(1);
  });

  it('a hook refusing with a catalog error reaches the client as it is, and nothing is created', async () => {
    const refused = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'no', fixture_zone: 'refuse-me' } });
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({ type: 'FixtureZoneRefused', message: 'Zone refuse-me is refused; use another zone.' });
    const bulk = await call(app, projectA, 'POST', '/v2.0/networks', { networks: [{ fixture_zone: 'fine' }, { fixture_zone: 'refuse' }] });
    expect(bulk.statusCode).toBe(409);
    expect(await listNetworks()).toEqual([]);
    expect(await stored()).toEqual([]);
  });

  it('a hook failing with any other error is a 500 naming the plugin, and nothing is created', async () => {
    const failed = await call(app, projectA, 'POST', '/v2.0/networks', { network: { name: 'doomed', fixture_zone: 'crash' } });
    expect(failed.statusCode).toBe(500);
    expect(neutronError(failed).message).toBe(
      'The network was not created: service plugin zones failed while handling it, so nothing was changed. The server log has details.',
    );
    expect(await listNetworks()).toEqual([]);
  });

  it('a hook refusing an update rolls the core change back too', async () => {
    const network = await create(app, projectA, 'network', { name: 'kept', fixture_zone: 'kept' });
    const refused = await call(app, projectA, 'PUT', `/v2.0/networks/${network.id}`, { network: { name: 'lost', fixture_zone: 'refuse' } });
    expect(refused.statusCode).toBe(409);
    const shown = (await call(app, projectA, 'GET', `/v2.0/networks/${network.id}`)).json().network;
    expect(shown).toMatchObject({ name: 'kept', fixture_zone: 'kept', revision_number: network.revision_number });
  });

  it('tenancy is the core’s: another project’s network is a 404 with the attribute too, and the plugin’s 404 leaves no network', async () => {
    const network = await create(app, projectA, 'network', { fixture_zone: 'east' });
    const foreign = await call(app, projectB, 'PUT', `/v2.0/networks/${network.id}`, { network: { fixture_zone: 'west' } });
    expect(foreign.statusCode).toBe(404);
    expect((await call(app, projectB, 'GET', `/v2.0/networks/${network.id}`)).statusCode).toBe(404);
    expect(log.updated).toEqual([]);

    const referenced = await call(app, projectB, 'POST', '/v2.0/networks', { network: { fixture_zone: 'project:project-a' } });
    expect(referenced.statusCode).toBe(404);
    expect(neutronError(referenced).type).toBe('FixtureZoneNotFound');
    expect(await listNetworks(projectB)).toEqual([]);
  });

  it('a deleted network is announced once to networkDeleted, in its transaction', async () => {
    const network = await create(app, projectA, 'network', { fixture_zone: 'gone' });
    expect((await call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`)).statusCode).toBe(204);
    expect(log.deleted).toEqual([network.id]);
    expect(await stored()).toEqual([]);
  });

  it('a networkDeleted hook refusing the deletion keeps the network and the plugin’s row (one transaction)', async () => {
    const network = await create(app, projectA, 'network', { name: 'protected', fixture_zone: 'kept' });
    const refused = await call(app, projectA, 'DELETE', `/v2.0/networks/${network.id}`);
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({ type: 'FixtureNetworkProtected' });
    expect((await call(app, projectA, 'GET', `/v2.0/networks/${network.id}`)).json().network).toMatchObject({ fixture_zone: 'kept' });
    expect(await stored()).toEqual([{ network_id: network.id, zone: 'kept', tier: 'bronze' }]);
  });

  it('the served OpenAPI document shows the attributes on the network’s bodies, responses and list filters', async () => {
    const document = (await app.inject({ method: 'GET', url: '/v2.0/openapi.json' })).json();
    const networks = document.paths['/v2.0/networks'];
    const member = document.paths['/v2.0/networks/{id}'];
    const body = (operation: { requestBody: { content: Record<string, { schema: Schema }> } }) => operation.requestBody.content['application/json'].schema;
    expect(body(networks.post).properties.network.properties.fixture_zone).toMatchObject({ type: 'string', description: 'The zone of the network.' });
    expect(body(member.put).properties.network.properties.fixture_tier).toEqual({ description: 'Read-only after creation; sending it gives 400.' });
    expect(member.get.responses['200'].content['application/json'].schema.properties.network.properties.fixture_tier).toMatchObject({ enum: ['gold', 'bronze'] });
    expect(networks.get.parameters.map((parameter: { name: string }) => parameter.name)).toContain('fixture_zone');
  });
});

/** Enough of a JSON schema to walk an OpenAPI document's properties. */
interface Schema {
  properties: Record<string, Schema>;
  [keyword: string]: unknown;
}

describe('plugin network attributes refused at load', () => {
  it('a name that is a core network attribute', async () => {
    await expect(serverWith([asLoaded(networkAttributePlugin('tagger', 'mtu'))])).rejects.toThrow(
      "Service plugin tagger declares the network attribute mtu, which is a core network attribute; give the plugin's attribute another name.",
    );
  });

  it('a name another plugin declares on networks, naming both plugins; the same name on ports is another attribute', async () => {
    await expect(serverWith([asLoaded(networkAttributePlugin('first', 'fixture_zone')), asLoaded(networkAttributePlugin('second', 'fixture_zone'))])).rejects.toThrow(
      'Service plugins first and second both declare the network attribute fixture_zone; a network attribute has one owner: rename one, or load only one of them.',
    );
    const app = await serverWith([asLoaded(networkAttributePlugin('first', 'fixture_zone')), asLoaded(attributePlugin('second', 'fixture_zone'))]);
    await app.close();
  });
});

describe('networks without plugin attributes', () => {
  it('show exactly the core attributes and refuse a plugin’s', async () => {
    const app = await serverWith([]);
    try {
      const network = await create(app, projectA, 'network', {});
      expect(Object.keys(network).filter((key) => key.startsWith('fixture_'))).toEqual([]);
      const refused = await call(app, projectA, 'POST', '/v2.0/networks', { network: { fixture_zone: 'x' } });
      expect(refused.statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});
