import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asLoaded } from './core-event-plugins.js';
import { type LabelsLog, attributePlugin, labelsPlugin } from './port-attribute-plugins.js';
import { admin, call, create, neutronError, projectA, projectB } from './neutron-test-app.js';
import { serverWith } from './server-with-plugins.js';

describe('plugin attributes on core ports', () => {
  let app: FastifyInstance;
  let log: LabelsLog;
  let networkId: string;

  beforeEach(async () => {
    log = { created: [], updated: [], presented: [] };
    app = await serverWith([asLoaded(labelsPlugin(log))]);
    networkId = (await create(app, projectA, 'network', { shared: false })).id;
    await create(app, projectA, 'subnet', { network_id: networkId, ip_version: 4, cidr: '10.0.0.0/24' });
  });
  afterEach(async () => {
    await app.close();
  });

  const stored = async () => (await call(app, projectA, 'GET', '/v2.0/fixture/port_labels')).json().port_labels;
  const listPorts = async () => (await call(app, projectA, 'GET', '/v2.0/ports')).json().ports as Array<Record<string, unknown>>;

  it('a create that sends the attributes stores them and shows them on the created port', async () => {
    const response = await call(app, projectA, 'POST', '/v2.0/ports', {
      port: { network_id: networkId, name: 'web', fixture_labels: ['web', 'blue'], fixture_origin: 'nova' },
    });
    expect(response.statusCode).toBe(201);
    const port = response.json().port;
    expect(port).toMatchObject({ name: 'web', fixture_labels: ['web', 'blue'], fixture_origin: 'nova', network_id: networkId });
    expect(log.created).toEqual([
      { portId: port.id, projectId: 'project-a', sent: { fixture_labels: ['web', 'blue'], fixture_origin: 'nova' }, caller: { projectId: 'project-a', isAdmin: false } },
    ]);
    expect(await stored()).toEqual([{ port_id: port.id, labels: '["web","blue"]', origin: 'nova' }]);
  });

  it('a create that sends none still calls the hook, with no values, so the plugin applies its defaults', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    expect(port).toMatchObject({ fixture_labels: ['owner:project-a'], fixture_origin: 'api' });
    expect(log.created).toEqual([{ portId: port.id, projectId: 'project-a', sent: {}, caller: { projectId: 'project-a', isAdmin: false } }]);
  });

  it('the hook hears who asks: an admin creating a port for another project', async () => {
    const shared = (await create(app, admin, 'network', { shared: true })).id;
    const port = await create(app, admin, 'port', { network_id: shared, project_id: 'project-b', fixture_labels: ['project:other'] });
    expect(port).toMatchObject({ project_id: 'project-b', fixture_labels: ['project:other'] });
    expect(log.created.at(-1)?.caller).toEqual({ projectId: 'admin-project', isAdmin: true });
  });

  it('show, list and fields include the plugin values, one present call per response', async () => {
    const first = await create(app, projectA, 'port', { network_id: networkId, fixture_labels: ['one'] });
    const second = await create(app, projectA, 'port', { network_id: networkId, fixture_labels: ['two'] });
    log.presented = [];

    const shown = (await call(app, projectA, 'GET', `/v2.0/ports/${first.id}`)).json().port;
    expect(shown).toMatchObject({ id: first.id, fixture_labels: ['one'], fixture_origin: 'api', mac_address: first.mac_address });
    const listed = await listPorts();
    expect(listed.map((port) => [port.id, port.fixture_labels])).toEqual(
      [
        [first.id, ['one']],
        [second.id, ['two']],
      ].sort(([left], [right]) => String(left).localeCompare(String(right))),
    );
    expect(log.presented.map((ids) => ids.length)).toEqual([1, 2]);

    const picked = (await call(app, projectA, 'GET', `/v2.0/ports?fields=id&fields=fixture_labels`)).json().ports;
    expect(picked).toContainEqual({ id: first.id, fixture_labels: ['one'] });
  });

  it('an update that sends the attribute stores it; one that sends only core attributes calls the hook with no values', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId, fixture_labels: ['old'] });
    const relabelled = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { fixture_labels: ['new'], name: 'renamed' } });
    expect(relabelled.statusCode).toBe(200);
    expect(relabelled.json().port).toMatchObject({ name: 'renamed', fixture_labels: ['new'], revision_number: Number(port.revision_number) + 1 });

    const renamed = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { name: 'again' } });
    expect(renamed.json().port).toMatchObject({ name: 'again', fixture_labels: ['new'] });
    expect(log.updated).toEqual([
      { portId: port.id, sent: { fixture_labels: ['new'] } },
      { portId: port.id, sent: {} },
    ]);
  });

  it('a list filters on an attribute the plugin declares filter: true, within what the caller may see', async () => {
    const portWith = async (caller: typeof projectA, network: string, origin?: string) =>
      (await create(app, caller, 'port', { network_id: network, ...(origin === undefined ? {} : { fixture_origin: origin }) })).id;
    const nova = await portWith(projectA, networkId, 'nova');
    const heat = await portWith(projectA, networkId, 'heat');
    await portWith(projectA, networkId);
    const theirs = await portWith(projectB, (await create(app, projectB, 'network', {})).id, 'nova');
    const ids = async (caller: typeof projectA, query: string) =>
      ((await call(app, caller, 'GET', `/v2.0/ports?${query}`)).json().ports as Array<{ id: string }>).map((port) => port.id).sort();
    expect(await ids(projectA, 'fixture_origin=nova')).toEqual([nova]);
    expect(await ids(projectA, 'fixture_origin=nova&fixture_origin=heat')).toEqual([nova, heat].sort());
    expect(await ids(projectA, `fixture_origin=heat&id=${nova}`)).toEqual([]);
    expect(await ids(projectA, 'fixture_origin=none')).toEqual([]);
    expect(await ids(admin, 'fixture_origin=nova')).toEqual([nova, theirs].sort());
    expect(await ids(projectB, 'fixture_origin=heat')).toEqual([]);
  });

  it('a create-only attribute is refused on update as read-only, a wrong type by the schema', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId });
    const readOnly = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { fixture_origin: 'elsewhere' } });
    expect(readOnly.statusCode).toBe(400);
    expect(neutronError(readOnly).message).toContain('fixture_origin');
    const wrongType = await call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkId, fixture_labels: 'web' } });
    expect(wrongType.statusCode).toBe(400);
    expect(neutronError(wrongType).message).toContain('fixture_labels');
    expect(log.updated).toEqual([]);
  });

  it('bulk create calls the hook per item in one transaction and shows every item with one present call', async () => {
    log.presented = [];
    const response = await call(app, projectA, 'POST', '/v2.0/ports', {
      ports: [
        { network_id: networkId, fixture_labels: ['a'] },
        { network_id: networkId },
      ],
    });
    expect(response.statusCode).toBe(201);
    const ports = response.json().ports;
    expect(ports.map((port: Record<string, unknown>) => port.fixture_labels)).toEqual([['a'], ['owner:project-a']]);
    expect(log.created.map((event) => event.sent)).toEqual([{ fixture_labels: ['a'] }, {}]);
    expect(log.presented).toHaveLength(1);
  });

  it('a hook refusing with a catalog error reaches the client as it is, and nothing is created', async () => {
    const refused = await call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkId, fixture_labels: ['refuse-me'] } });
    expect(refused.statusCode).toBe(409);
    expect(neutronError(refused)).toMatchObject({ type: 'FixtureLabelRefused', message: 'Label refuse-me is refused; use another label.' });

    const bulk = await call(app, projectA, 'POST', '/v2.0/ports', {
      ports: [{ network_id: networkId, fixture_labels: ['fine'] }, { network_id: networkId, fixture_labels: ['refuse'] }],
    });
    expect(bulk.statusCode).toBe(409);
    expect(await listPorts()).toEqual([]);
    expect(await stored()).toEqual([]);
    // The addresses of the rolled-back ports are free again: the next port gets the first one.
    expect((await create(app, projectA, 'port', { network_id: networkId })).fixed_ips).toEqual([expect.objectContaining({ ip_address: '10.0.0.2' })]);
  });

  it('a hook failing with any other error is a 500 naming the plugin, and nothing is created', async () => {
    const failed = await call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkId, name: 'doomed', fixture_labels: ['crash'] } });
    expect(failed.statusCode).toBe(500);
    expect(neutronError(failed).message).toBe(
      'The port was not created: service plugin labels failed while handling it, so nothing was changed. The server log has details.',
    );
    expect(await listPorts()).toEqual([]);
  });

  it('a hook refusing an update rolls the core change back too', async () => {
    const port = await create(app, projectA, 'port', { network_id: networkId, name: 'kept', fixture_labels: ['kept'] });
    const refused = await call(app, projectA, 'PUT', `/v2.0/ports/${port.id}`, { port: { name: 'lost', fixture_labels: ['refuse'] } });
    expect(refused.statusCode).toBe(409);
    const shown = (await call(app, projectA, 'GET', `/v2.0/ports/${port.id}`)).json().port;
    expect(shown).toMatchObject({ name: 'kept', fixture_labels: ['kept'], revision_number: port.revision_number });
  });

  it('a non-admin naming another project in a label gets the plugin’s 404, and no port', async () => {
    const shared = (await create(app, admin, 'network', { shared: true })).id;
    const response = await call(app, projectB, 'POST', '/v2.0/ports', { port: { network_id: shared, fixture_labels: ['project:project-a'] } });
    expect(response.statusCode).toBe(404);
    expect(neutronError(response).type).toBe('FixtureLabelNotFound');
    expect((await call(app, projectB, 'GET', '/v2.0/ports')).json().ports).toEqual([]);
  });

  it('the served OpenAPI document shows the attributes on the port’s create and update bodies and responses', async () => {
    const document = (await app.inject({ method: 'GET', url: '/v2.0/openapi.json' })).json();
    const ports = document.paths['/v2.0/ports'];
    const member = document.paths['/v2.0/ports/{id}'];
    const body = (operation: { requestBody: { content: Record<string, { schema: Schema }> } }) => operation.requestBody.content['application/json'].schema;
    expect(body(ports.post).properties.port.properties.fixture_labels).toMatchObject({ type: 'array', description: 'Labels of the port.' });
    expect(body(member.put).properties.port.properties.fixture_labels).toMatchObject({ type: 'array' });
    expect(body(member.put).properties.port.properties.fixture_origin).toEqual({ description: 'Read-only after creation; sending it gives 400.' });
    const shown = member.get.responses['200'].content['application/json'].schema.properties.port.properties;
    expect(shown.fixture_origin).toMatchObject({ type: 'string', description: 'Where the port came from.' });
  });
});

/** Enough of a JSON schema to walk an OpenAPI document's properties. */
interface Schema {
  properties: Record<string, Schema>;
  [keyword: string]: unknown;
}

describe('plugin attributes refused at load', () => {
  it('a name that is a core port attribute', async () => {
    await expect(serverWith([asLoaded(attributePlugin('tagger', 'mac_address'))])).rejects.toThrow(
      "Service plugin tagger declares the port attribute mac_address, which is a core port attribute; give the plugin's attribute another name.",
    );
  });

  it('a name another plugin declares, naming both plugins', async () => {
    await expect(serverWith([asLoaded(attributePlugin('first', 'fixture_zone')), asLoaded(attributePlugin('second', 'fixture_zone'))])).rejects.toThrow(
      'Service plugins first and second both declare the port attribute fixture_zone; a port attribute has one owner: rename one, or load only one of them.',
    );
  });
});

describe('ports without plugin attributes', () => {
  it('show exactly the core attributes', async () => {
    const app = await serverWith([]);
    try {
      const networkId = (await create(app, projectA, 'network', {})).id;
      const port = await create(app, projectA, 'port', { network_id: networkId });
      expect(Object.keys(port).filter((key) => key.startsWith('fixture_'))).toEqual([]);
      const refused = await call(app, projectA, 'POST', '/v2.0/ports', { port: { network_id: networkId, fixture_labels: ['x'] } });
      expect(refused.statusCode).toBe(400);
    } finally {
      await app.close();
    }
  });
});
