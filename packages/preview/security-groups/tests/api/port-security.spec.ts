import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, createGroup, ok, refused } from './helpers.js';
import { type App, admin, alice, bob, buildServiceApp } from './service-app.js';

const PORTS = '/v2.0/ports';

let app: App;
let network: string;

beforeEach(async () => {
  app = await buildServiceApp();
  network = (await ok(app, alice, 'POST', '/v2.0/networks', { network: { name: 'net' } })).network.id;
});
afterEach(async () => {
  await app.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createPort(attributes: Record<string, unknown> = {}, caller = alice): Promise<any> {
  return (await ok(app, caller, 'POST', PORTS, { port: { network_id: network, ...attributes } })).port;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function updatePort(id: string, attributes: Record<string, unknown>): Promise<any> {
  return (await ok(app, alice, 'PUT', `${PORTS}/${id}`, { port: attributes })).port;
}

async function defaultGroupOf(caller = alice): Promise<string> {
  return (await ok(app, caller, 'GET', `${GROUPS}?name=default`)).security_groups[0].id;
}

async function portCount(): Promise<number> {
  return (await ok(app, alice, 'GET', PORTS)).ports.length;
}

describe('security groups on ports', () => {
  it('list as a filter: ?security_groups=<id> keeps the ports in any of the groups named, of those the caller sees', async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    const db = await createGroup(app, alice, { name: 'db' });
    const inWeb = (await createPort({ security_groups: [web] })).id;
    const inBoth = (await createPort({ security_groups: [web, db] })).id;
    const inDefault = (await createPort()).id;
    const ids = async (query: string, caller = alice) => (await ok(app, caller, 'GET', `${PORTS}?${query}`)).ports.map((port: { id: string }) => port.id).sort();
    expect(await ids(`security_groups=${web}`)).toEqual([inWeb, inBoth].sort());
    expect(await ids(`security_groups=${db}&security_groups=${await defaultGroupOf()}`)).toEqual([inBoth, inDefault].sort());
    expect(await ids(`security_groups=${db}`, bob)).toEqual([]);
    expect(await ids(`security_groups=${web}`, admin)).toEqual([inWeb, inBoth].sort());
  });

  it("put a port that names none in its project's default group, made on the spot, with port security on", async () => {
    const port = await createPort();
    expect(port).toMatchObject({ security_groups: [await defaultGroupOf()], port_security_enabled: true });
    expect((await ok(app, alice, 'GET', `${GROUPS}?name=default`)).security_groups).toHaveLength(1);
  });

  it("give a new project's concurrent first ports one default group, made inside their transactions", async () => {
    const ports = await Promise.all(Array.from({ length: 6 }, () => createPort()));
    const defaultGroup = await defaultGroupOf();
    expect(new Set(ports.map((port) => JSON.stringify(port.security_groups)))).toEqual(new Set([JSON.stringify([defaultGroup])]));
    expect((await ok(app, alice, 'GET', `${GROUPS}?name=default`)).security_groups).toHaveLength(1);
  });

  it('keep the groups a create or update sends, on show and list alike, and [] empties them', async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    const db = await createGroup(app, alice, { name: 'db' });
    const port = await createPort({ security_groups: [web, web] });
    expect(port.security_groups).toEqual([web]);

    const updated = await updatePort(port.id, { security_groups: [db, web] });
    expect(updated.security_groups).toEqual([db, web].sort());
    expect((await ok(app, alice, 'GET', `${PORTS}/${port.id}`)).port.security_groups).toEqual([db, web].sort());
    const listed = (await ok(app, alice, 'GET', `${PORTS}?fields=id&fields=security_groups`)).ports;
    expect(listed).toEqual([{ id: port.id, security_groups: [db, web].sort() }]);

    expect((await updatePort(port.id, { name: 'renamed' })).security_groups).toEqual([db, web].sort());
    expect((await updatePort(port.id, { security_groups: [] })).security_groups).toEqual([]);
  });

  it("treat another project's group as missing (404), and create or change nothing", async () => {
    const theirs = await createGroup(app, bob, { name: 'theirs' });
    const created = await refused(app, alice, 'POST', PORTS, { port: { network_id: network, security_groups: [theirs] } });
    expect(created).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    expect(created.message).toContain(theirs);
    expect(await portCount()).toBe(0);

    const port = await createPort();
    const updated = await refused(app, alice, 'PUT', `${PORTS}/${port.id}`, { port: { name: 'changed', security_groups: ['no-such-group'] } });
    expect(updated).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    expect((await ok(app, alice, 'GET', `${PORTS}/${port.id}`)).port).toMatchObject({ name: '', security_groups: port.security_groups });
  });

  it("let an admin put a port in any project's group", async () => {
    const theirs = await createGroup(app, bob, { name: 'theirs' });
    const shared = (await ok(app, admin, 'POST', '/v2.0/networks', { network: { name: 'shared', shared: true } })).network.id;
    const port = (await ok(app, admin, 'POST', PORTS, { port: { network_id: shared, project_id: alice.project, security_groups: [theirs] } })).port;
    expect(port.security_groups).toEqual([theirs]);
  });

  it('refuse a whole bulk create when one item names a group that does not exist', async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    const reply = await refused(app, alice, 'POST', PORTS, { ports: [{ network_id: network, security_groups: [web] }, { network_id: network, security_groups: ['missing'] }] });
    expect(reply).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    expect(await portCount()).toBe(0);
  });

  it('refuse a value of the wrong type with a 400 naming the attribute', async () => {
    const reply = await refused(app, alice, 'POST', PORTS, { port: { network_id: network, security_groups: 'web' } });
    expect(reply.status).toBe(400);
    expect(reply.message).toContain('security_groups');
  });
});

describe('port_security_enabled', () => {
  it('false keeps a port out of every group, and groups with it are a 400', async () => {
    expect(await createPort({ port_security_enabled: false })).toMatchObject({ port_security_enabled: false, security_groups: [] });
    const web = await createGroup(app, alice, { name: 'web' });
    const reply = await refused(app, alice, 'POST', PORTS, { port: { network_id: network, port_security_enabled: false, security_groups: [web] } });
    expect(reply).toMatchObject({ status: 400, type: 'PortSecurityAndIPRequiredForSecurityGroups' });
  });

  it('cannot be turned off while the port is in groups (409), only together with security_groups []', async () => {
    const port = await createPort();
    const reply = await refused(app, alice, 'PUT', `${PORTS}/${port.id}`, { port: { port_security_enabled: false } });
    expect(reply).toMatchObject({ status: 409, type: 'PortSecurityPortHasSecurityGroup' });
    expect(reply.message).toContain('security_groups []');

    expect(await updatePort(port.id, { port_security_enabled: false, security_groups: [] })).toMatchObject({ port_security_enabled: false, security_groups: [] });
    expect(await updatePort(port.id, { port_security_enabled: true })).toMatchObject({ port_security_enabled: true, security_groups: [] });
  });
});

describe('ports the network owns', () => {
  it('are in no group: a DHCP port, and the interface port a router makes from a subnet', async () => {
    expect(await createPort({ device_owner: 'network:dhcp' })).toMatchObject({ security_groups: [], port_security_enabled: true });

    const subnet = (await ok(app, alice, 'POST', '/v2.0/subnets', { subnet: { network_id: network, ip_version: 4, cidr: '10.0.0.0/24' } })).subnet.id;
    const router = (await ok(app, alice, 'POST', '/v2.0/routers', { router: { name: 'r' } })).router.id;
    const { port_id: interfacePort } = await ok(app, alice, 'PUT', `/v2.0/routers/${router}/add_router_interface`, { subnet_id: subnet });
    expect((await ok(app, alice, 'GET', `${PORTS}/${interfacePort}`)).port).toMatchObject({ security_groups: [], port_security_enabled: true });
  });
});

describe('a group ports are in', () => {
  it('cannot be deleted (409 naming the port) until the port leaves it or is deleted', async () => {
    const web = await createGroup(app, alice, { name: 'web' });
    const port = await createPort({ security_groups: [web] });
    const reply = await refused(app, alice, 'DELETE', `${GROUPS}/${web}`);
    expect(reply).toMatchObject({ status: 409, type: 'SecurityGroupInUse' });
    expect(reply.message).toContain(port.id);

    await ok(app, alice, 'DELETE', `${PORTS}/${port.id}`);
    await ok(app, alice, 'DELETE', `${GROUPS}/${web}`);
  });

  it('that is the default group stays even for an admin while a port is in it', async () => {
    await createPort();
    const reply = await refused(app, admin, 'DELETE', `${GROUPS}/${await defaultGroupOf()}`);
    expect(reply).toMatchObject({ status: 409, type: 'SecurityGroupInUse' });
  });
});

describe('allowed_address_pairs', () => {
  it("keep the pairs sent, in order, a pair without a MAC showing the port's; an update replaces them and [] clears them", async () => {
    const port = await createPort({ allowed_address_pairs: [{ ip_address: '10.0.0.50' }, { ip_address: '10.0.1.0/24', mac_address: 'FA:16:3E:00:00:01' }] });
    expect(port.allowed_address_pairs).toEqual([
      { ip_address: '10.0.0.50', mac_address: port.mac_address },
      { ip_address: '10.0.1.0/24', mac_address: 'fa:16:3e:00:00:01' },
    ]);
    expect((await ok(app, alice, 'GET', `${PORTS}/${port.id}`)).port.allowed_address_pairs).toEqual(port.allowed_address_pairs);
    expect((await updatePort(port.id, { allowed_address_pairs: [{ ip_address: 'fd00::5' }] })).allowed_address_pairs).toEqual([{ ip_address: 'fd00::5', mac_address: port.mac_address }]);
    expect((await updatePort(port.id, { name: 'kept' })).allowed_address_pairs).toHaveLength(1);
    expect((await updatePort(port.id, { allowed_address_pairs: [] })).allowed_address_pairs).toEqual([]);
    expect((await createPort()).allowed_address_pairs).toEqual([]);
  });

  it('refuse a bad address or MAC, a pair twice and more than ten (400), changing nothing', async () => {
    const port = await createPort({ allowed_address_pairs: [{ ip_address: '10.0.0.50' }] });
    const cases: Array<[unknown, string | undefined]> = [
      [[{ ip_address: 'not-an-address' }], undefined],
      [[{ ip_address: '10.0.0.7', mac_address: 'fa:16:3e' }], undefined],
      [[{ ip_address: '10.0.0.7' }, { ip_address: '10.0.0.7', mac_address: port.mac_address.toUpperCase() }], 'DuplicateAddressPairInRequest'],
      [Array.from({ length: 11 }, (_, index) => ({ ip_address: `10.0.2.${index}` })), 'AllowedAddressPairExhausted'],
      [[{ mac_address: 'fa:16:3e:00:00:01' }], undefined],
    ];
    for (const [pairs, type] of cases) {
      const reply = await refused(app, alice, 'PUT', `${PORTS}/${port.id}`, { port: { allowed_address_pairs: pairs } });
      expect(reply.status, JSON.stringify(pairs)).toBe(400);
      if (type !== undefined) expect(reply.type).toBe(type);
      expect(reply.message).toMatch(/allowed_address_pairs|address pair/);
    }
    expect((await ok(app, alice, 'GET', `${PORTS}/${port.id}`)).port.allowed_address_pairs).toEqual([{ ip_address: '10.0.0.50', mac_address: port.mac_address }]);
  });

  it('need port security (409): on create, and when disabling it on a port that has pairs', async () => {
    const created = await refused(app, alice, 'POST', PORTS, { port: { network_id: network, port_security_enabled: false, security_groups: [], allowed_address_pairs: [{ ip_address: '10.0.0.9' }] } });
    expect(created).toMatchObject({ status: 409, type: 'AddressPairAndPortSecurityRequired' });
    const port = await createPort({ security_groups: [], allowed_address_pairs: [{ ip_address: '10.0.0.9' }] });
    expect(await refused(app, alice, 'PUT', `${PORTS}/${port.id}`, { port: { port_security_enabled: false } })).toMatchObject({ status: 409, type: 'AddressPairAndPortSecurityRequired' });
    expect(await updatePort(port.id, { port_security_enabled: false, allowed_address_pairs: [] })).toMatchObject({ port_security_enabled: false, allowed_address_pairs: [] });
  });

});
