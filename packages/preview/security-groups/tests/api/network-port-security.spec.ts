import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, createGroup, ok, refused } from './helpers.js';
import { type App, type Caller, admin, alice, bob, buildServiceApp } from './service-app.js';

const NETWORKS = '/v2.0/networks';
const PORTS = '/v2.0/ports';

let app: App;

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createNetwork(attributes: Record<string, unknown> = {}, caller: Caller = alice): Promise<any> {
  return (await ok(app, caller, 'POST', NETWORKS, { network: { name: 'net', ...attributes } })).network;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function createPort(network: string, attributes: Record<string, unknown> = {}, caller: Caller = alice): Promise<any> {
  return (await ok(app, caller, 'POST', PORTS, { port: { network_id: network, ...attributes } })).port;
}

async function showNetwork(id: string, caller: Caller = alice): Promise<Record<string, unknown>> {
  return (await ok(app, caller, 'GET', `${NETWORKS}/${id}`)).network;
}

describe('port_security_enabled on networks', () => {
  it('is true unless a create says otherwise, on create, show, list and bulk create alike', async () => {
    const plain = await createNetwork();
    const closed = await createNetwork({ port_security_enabled: false });
    expect(plain.port_security_enabled).toBe(true);
    expect(closed.port_security_enabled).toBe(false);
    expect(await showNetwork(closed.id)).toMatchObject({ port_security_enabled: false });
    const listed = (await ok(app, alice, 'GET', `${NETWORKS}?fields=id&fields=port_security_enabled`)).networks;
    expect(listed).toEqual(expect.arrayContaining([{ id: plain.id, port_security_enabled: true }, { id: closed.id, port_security_enabled: false }]));
    const bulk = (await ok(app, alice, 'POST', NETWORKS, { networks: [{ port_security_enabled: false }, {}] })).networks;
    expect(bulk.map((network: { port_security_enabled: boolean }) => network.port_security_enabled)).toEqual([false, true]);
  });

  it("is the default of a port created on the network: off, the port is in no group, not even its project's default", async () => {
    const closed = await createNetwork({ port_security_enabled: false });
    expect(await createPort(closed.id)).toMatchObject({ port_security_enabled: false, security_groups: [] });
    const open = await createNetwork();
    const defaultGroup = (await ok(app, alice, 'GET', `${GROUPS}?name=default`)).security_groups[0].id;
    expect(await createPort(open.id)).toMatchObject({ port_security_enabled: true, security_groups: [defaultGroup] });
  });

  it('gives way to what the port create sends', async () => {
    const closed = await createNetwork({ port_security_enabled: false });
    const web = await createGroup(app, alice, { name: 'web' });
    expect(await createPort(closed.id, { port_security_enabled: true, security_groups: [web] })).toMatchObject({ port_security_enabled: true, security_groups: [web] });
    const open = await createNetwork();
    expect(await createPort(open.id, { port_security_enabled: false })).toMatchObject({ port_security_enabled: false, security_groups: [] });
  });

  it('off refuses a port that names groups without turning its own on (400), and creates no port', async () => {
    const closed = await createNetwork({ port_security_enabled: false });
    const web = await createGroup(app, alice, { name: 'web' });
    const reply = await refused(app, alice, 'POST', PORTS, { port: { network_id: closed.id, security_groups: [web] } });
    expect(reply).toMatchObject({ status: 400, type: 'PortSecurityAndIPRequiredForSecurityGroups' });
    expect((await ok(app, alice, 'GET', PORTS)).ports).toEqual([]);
  });

  it('an update changes only the network: its ports keep theirs, ports created afterwards take the new value', async () => {
    const network = await createNetwork({ port_security_enabled: false });
    const before = await createPort(network.id);
    const updated = (await ok(app, alice, 'PUT', `${NETWORKS}/${network.id}`, { network: { port_security_enabled: true } })).network;
    expect(updated).toMatchObject({ port_security_enabled: true, revision_number: network.revision_number + 1 });
    expect((await ok(app, alice, 'GET', `${PORTS}/${before.id}`)).port).toMatchObject({ port_security_enabled: false, security_groups: [] });
    const after = await createPort(network.id);
    expect(after).toMatchObject({ port_security_enabled: true, security_groups: [expect.any(String)] });

    await ok(app, alice, 'PUT', `${NETWORKS}/${network.id}`, { network: { port_security_enabled: false } });
    expect((await ok(app, alice, 'GET', `${PORTS}/${after.id}`)).port).toMatchObject({ port_security_enabled: true, security_groups: after.security_groups });
    expect((await ok(app, alice, 'PUT', `${NETWORKS}/${network.id}`, { network: { name: 'renamed' } })).network).toMatchObject({ port_security_enabled: false });
  });

  it("another project's network is a 404 to change, and a value of the wrong type a 400 naming it; nothing changes", async () => {
    const network = await createNetwork();
    expect(await refused(app, bob, 'PUT', `${NETWORKS}/${network.id}`, { network: { port_security_enabled: false } })).toMatchObject({ status: 404 });
    const wrong = await refused(app, alice, 'PUT', `${NETWORKS}/${network.id}`, { network: { port_security_enabled: 'no' } });
    expect(wrong.status).toBe(400);
    expect(wrong.message).toContain('port_security_enabled');
    expect(await showNetwork(network.id)).toMatchObject({ port_security_enabled: true });
  });

  it("a shared network's value is the default of other projects' ports on it too", async () => {
    const shared = await createNetwork({ shared: true, port_security_enabled: false }, admin);
    expect(await showNetwork(shared.id, bob)).toMatchObject({ port_security_enabled: false });
    expect(await createPort(shared.id, {}, bob)).toMatchObject({ project_id: bob.project, port_security_enabled: false, security_groups: [] });
  });
});
