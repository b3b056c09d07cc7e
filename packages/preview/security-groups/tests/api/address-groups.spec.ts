import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADDRESS_GROUPS, createAddressGroup as createOne, ok, refused } from './helpers.js';
import { type App, admin, alice, bob, buildServiceApp, call } from './service-app.js';

let app: App;

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

const createAddressGroup = (attributes: Record<string, unknown> = {}) => createOne(app, alice, attributes);

const action = (id: string, verb: 'add_addresses' | 'remove_addresses', addresses: unknown, caller = alice) => call(app, caller, 'PUT', `${ADDRESS_GROUPS}/${id}/${verb}`, { addresses });

/** Neutron's API reference, "Address groups": /v2.0/address-groups and its two member actions. */
describe('address groups', () => {
  it("announce the address-group and security-groups-remote-address-group extensions, labelled as the plugin's others", async () => {
    const { extensions } = await ok(app, alice, 'GET', '/v2.0/extensions');
    const stabilityOf = (alias: string) => extensions.find((candidate: { alias: string }) => candidate.alias === alias)?.stability;
    const label = stabilityOf('security-group');
    expect(label).toEqual(expect.any(String));
    for (const alias of ['address-group', 'security-groups-remote-address-group']) expect(stabilityOf(alias), alias).toBe(label);
    expect((await call(app, alice, 'GET', ADDRESS_GROUPS)).headers['x-switchyard-stability']).toBe(label);
  });

  it('are created with their addresses normalized as Neutron stores them, and shown with the standard attributes', async () => {
    const created = await createAddressGroup({ description: 'branch offices', addresses: ['198.51.100.7/24', '2001:DB8::1/64', '192.0.2.0/24'] });
    expect(created).toEqual({
      id: expect.any(String),
      name: 'office',
      description: 'branch offices',
      project_id: alice.project,
      tenant_id: alice.project,
      addresses: ['192.0.2.0/24', '198.51.100.0/24', '2001:db8::/64'],
      revision_number: 1,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: created.created_at,
    });
    expect((await ok(app, alice, 'GET', `${ADDRESS_GROUPS}/${created.id}`)).address_group).toEqual(created);
    expect((await createAddressGroup({ name: 'empty' })).addresses).toEqual([]);
  });

  it('refuse a bad CIDR, an address without a prefix length and the same address twice on create (400), creating nothing', async () => {
    for (const addresses of [['not-a-cidr'], ['192.0.2.7'], ['192.0.2.0/33'], ['010.0.0.0/8'], ['192.0.2.0/24', '192.0.2.0/24']]) {
      const reply = await refused(app, alice, 'POST', ADDRESS_GROUPS, { address_group: { name: 'bad', addresses } });
      expect(reply.status, JSON.stringify(addresses)).toBe(400);
      expect(reply.message).toContain('addresses');
    }
    expect((await refused(app, alice, 'POST', ADDRESS_GROUPS, { address_group: { addresses: '192.0.2.0/24' } })).status).toBe(400);
    expect((await ok(app, alice, 'GET', ADDRESS_GROUPS)).address_groups).toEqual([]);
  });

  it('add and remove addresses (add_addresses, remove_addresses), each change raising the revision', async () => {
    const group = await createAddressGroup({ addresses: ['192.0.2.0/24'] });
    const added = await action(group.id, 'add_addresses', ['198.51.100.7', '2001:db8::/64', '2001:db8::/64']);
    expect(added.status).toBe(200);
    expect(added.body.address_group).toMatchObject({ id: group.id, addresses: ['192.0.2.0/24', '198.51.100.7/32', '2001:db8::/64'], revision_number: 2 });
    const removed = await action(group.id, 'remove_addresses', ['192.0.2.9/24', '198.51.100.7/32']);
    expect(removed.body.address_group).toMatchObject({ addresses: ['2001:db8::/64'], revision_number: 3 });
    expect((await ok(app, alice, 'GET', `${ADDRESS_GROUPS}/${group.id}`)).address_group).toEqual(removed.body.address_group);
  });

  it("refuse adding an address the group has (400 AddressesAlreadyExist) and removing one it has not (404 AddressesNotFound), changing nothing", async () => {
    const group = await createAddressGroup({ addresses: ['192.0.2.0/24'] });
    const again = await action(group.id, 'add_addresses', ['198.51.100.0/24', '192.0.2.1/24']);
    expect(again.status).toBe(400);
    expect(again.body.NeutronError).toMatchObject({ type: 'AddressesAlreadyExist', message: expect.stringContaining('192.0.2.0/24') });
    const missing = await action(group.id, 'remove_addresses', ['192.0.2.0/24', '203.0.113.0/24']);
    expect(missing.status).toBe(404);
    expect(missing.body.NeutronError).toMatchObject({ type: 'AddressesNotFound', message: expect.stringContaining('203.0.113.0/24') });
    expect((await ok(app, alice, 'GET', `${ADDRESS_GROUPS}/${group.id}`)).address_group).toEqual(group);
  });

  it('add an address once when the same add_addresses races (one 200, the others 400)', async () => {
    const group = await createAddressGroup();
    const replies = await Promise.all(Array.from({ length: 5 }, () => action(group.id, 'add_addresses', ['192.0.2.0/24'])));
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 400, 400, 400, 400]);
    expect((await ok(app, alice, 'GET', `${ADDRESS_GROUPS}/${group.id}`)).address_group).toMatchObject({ addresses: ['192.0.2.0/24'], revision_number: 2 });
  });

  it('hold more addresses than one SQL statement binds (SQLite: 32,766 parameters), created and removed in one request', async () => {
    const many = Array.from({ length: 17_000 }, (_, index) => `10.${index >> 8}.${index & 255}.0/24`);
    const group = await createAddressGroup({ addresses: many });
    expect(group.addresses).toHaveLength(17_000);
    expect((await action(group.id, 'add_addresses', ['192.0.2.0/24'])).body.address_group.addresses).toHaveLength(17_001);
    expect((await action(group.id, 'remove_addresses', many)).body.address_group.addresses).toEqual(['192.0.2.0/24']);
  });

  it('refuse a bad address or body in an action with a 400 naming it', async () => {
    const group = await createAddressGroup();
    for (const body of [{ addresses: ['192.0.2.0/24', 'nope'] }, { addresses: '192.0.2.0/24' }, {}, { addresses: [], extra: 1 }]) {
      const reply = await call(app, alice, 'PUT', `${ADDRESS_GROUPS}/${group.id}/add_addresses`, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.NeutronError.message).toMatch(/addresses|extra/);
    }
  });

  it('update name and description; addresses change only through the actions (400)', async () => {
    const group = await createAddressGroup({ addresses: ['192.0.2.0/24'] });
    const updated = await ok(app, alice, 'PUT', `${ADDRESS_GROUPS}/${group.id}`, { address_group: { name: 'hq', description: 'head office' } });
    expect(updated.address_group).toMatchObject({ name: 'hq', description: 'head office', addresses: ['192.0.2.0/24'], revision_number: 2 });
    const readOnly = await refused(app, alice, 'PUT', `${ADDRESS_GROUPS}/${group.id}`, { address_group: { addresses: [] } });
    expect(readOnly.status).toBe(400);
    expect(readOnly.message).toContain('addresses');
  });

  it("of another project are a 404 on every verb and action; an admin sees and changes them", async () => {
    const group = await createAddressGroup({ addresses: ['192.0.2.0/24'] });
    for (const [method, url, body] of [
      ['GET', `${ADDRESS_GROUPS}/${group.id}`, undefined],
      ['PUT', `${ADDRESS_GROUPS}/${group.id}`, { address_group: { name: 'mine' } }],
      ['DELETE', `${ADDRESS_GROUPS}/${group.id}`, undefined],
      ['PUT', `${ADDRESS_GROUPS}/${group.id}/add_addresses`, { addresses: ['203.0.113.0/24'] }],
      ['PUT', `${ADDRESS_GROUPS}/${group.id}/remove_addresses`, { addresses: ['192.0.2.0/24'] }],
    ] as const) {
      expect(await refused(app, bob, method, url, body), `${method} ${url}`).toMatchObject({ status: 404, type: 'AddressGroupNotFound' });
    }
    expect((await ok(app, bob, 'GET', ADDRESS_GROUPS)).address_groups).toEqual([]);
    expect((await ok(app, alice, 'GET', `${ADDRESS_GROUPS}/${group.id}`)).address_group).toEqual(group);
    expect((await action(group.id, 'add_addresses', ['203.0.113.0/24'], admin)).status).toBe(200);
    expect((await ok(app, admin, 'GET', `${ADDRESS_GROUPS}?project_id=${alice.project}`)).address_groups.map((shown: { id: string }) => shown.id)).toEqual([group.id]);
  });

  it('list with filters, sorting and fields, in bulk create too', async () => {
    const { address_groups: created } = await ok(app, alice, 'POST', ADDRESS_GROUPS, {
      address_groups: [
        { name: 'b', addresses: ['192.0.2.0/24'] },
        { name: 'a', addresses: ['198.51.100.0/24'] },
      ],
    });
    expect(created.map((group: { addresses: string[] }) => group.addresses)).toEqual([['192.0.2.0/24'], ['198.51.100.0/24']]);
    const names = (await ok(app, alice, 'GET', `${ADDRESS_GROUPS}?sort_key=name&sort_dir=asc&fields=name&fields=addresses`)).address_groups;
    expect(names).toEqual([
      { name: 'a', addresses: ['198.51.100.0/24'] },
      { name: 'b', addresses: ['192.0.2.0/24'] },
    ]);
    expect((await ok(app, alice, 'GET', `${ADDRESS_GROUPS}?name=b`)).address_groups.map((group: { name: string }) => group.name)).toEqual(['b']);
  });

  it('refuse a whole bulk create when one item has a bad address', async () => {
    const reply = await refused(app, alice, 'POST', ADDRESS_GROUPS, { address_groups: [{ name: 'good', addresses: ['192.0.2.0/24'] }, { name: 'bad', addresses: ['x'] }] });
    expect(reply.status).toBe(400);
    expect((await ok(app, alice, 'GET', ADDRESS_GROUPS)).address_groups).toEqual([]);
  });

  it('are deleted with their addresses, and no quota counts them', async () => {
    const group = await createAddressGroup({ addresses: ['192.0.2.0/24'] });
    expect((await call(app, alice, 'DELETE', `${ADDRESS_GROUPS}/${group.id}`)).status).toBe(204);
    expect(await refused(app, alice, 'GET', `${ADDRESS_GROUPS}/${group.id}`)).toMatchObject({ status: 404, type: 'AddressGroupNotFound' });
    const { quota } = await ok(app, alice, 'GET', `/v2.0/quotas/${alice.project}`);
    expect(Object.keys(quota).filter((resource) => resource.includes('address'))).toEqual([]);
  });
});
