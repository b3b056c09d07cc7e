import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type App,
  admin,
  alice,
  bob,
  buildFirewallApp,
  call,
  createGroup,
  createPolicy,
  ok,
  plainPort,
  routerInterface,
} from './firewall-app.js';

const GROUPS = '/v2.0/fwaas/firewall_groups';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

describe('firewall groups', () => {
  it('creates an INACTIVE group without ports and shows it', async () => {
    const policyId = await createPolicy(app, alice, {});
    const created = await call(app, alice, 'POST', GROUPS, { firewall_group: { name: 'edge', ingress_firewall_policy_id: policyId } });
    expect(created.status).toBe(201);
    expect(created.body.firewall_group).toMatchObject({
      name: 'edge',
      ingress_firewall_policy_id: policyId,
      egress_firewall_policy_id: null,
      admin_state_up: true,
      status: 'INACTIVE',
      ports: [],
      project_id: alice.project,
      tenant_id: alice.project,
    });
  });

  it('binds a router interface port and becomes ACTIVE, DOWN when disabled', async () => {
    const { portId } = await routerInterface(app, alice);
    const policyId = await createPolicy(app, alice, {});
    const groupId = await createGroup(app, alice, { ingress_firewall_policy_id: policyId, ports: [portId] });
    expect((await ok(app, alice, 'GET', `${GROUPS}/${groupId}`)).firewall_group).toMatchObject({ ports: [portId], status: 'ACTIVE' });
    const down = await ok(app, alice, 'PUT', `${GROUPS}/${groupId}`, { firewall_group: { admin_state_up: false } });
    expect(down.firewall_group).toMatchObject({ admin_state_up: false, status: 'DOWN', ports: [portId] });
    expect((await ok(app, alice, 'GET', `${GROUPS}?status=DOWN&fields=id`)).firewall_groups).toEqual([{ id: groupId }]);
  });

  it('refuses a port that does not exist or belongs to another project (404)', async () => {
    const missing = await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: ['no-such-port'] } });
    expect(missing.status).toBe(404);
    expect(missing.body.NeutronError.type).toBe('PortNotFound');

    const { portId } = await routerInterface(app, bob);
    const foreign = await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: [portId] } });
    expect(foreign.status).toBe(404);
    expect(foreign.body.NeutronError.message).toBe(`Port ${portId} could not be found.`);
  });

  it('refuses, even for an admin, a port of another project than the group', async () => {
    const { portId } = await routerInterface(app, bob);
    const reply = await call(app, admin, 'POST', GROUPS, { firewall_group: { project_id: alice.project, ports: [portId] } });
    expect(reply.status).toBe(409);
    expect(reply.body.NeutronError.type).toBe('FirewallGroupPortInvalidProject');
  });

  it('refuses a port that is not a router interface (400, saying so)', async () => {
    const { networkId } = await routerInterface(app, alice);
    const portId = await plainPort(app, alice, networkId);
    const reply = await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: [portId] } });
    expect(reply.status).toBe(400);
    expect(reply.body.NeutronError.type).toBe('FirewallGroupPortInvalid');
    expect(reply.body.NeutronError.message).toContain(`Port ${portId} is not a router interface (it has device_owner "compute:nova")`);
    expect(reply.body.NeutronError.message).toContain('network:router_interface');
  });

  it('refuses a port already bound to another group (409), allows rebinding to the same group', async () => {
    const { portId } = await routerInterface(app, alice);
    const firstId = await createGroup(app, alice, { ports: [portId] });
    const second = await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: [portId] } });
    expect(second.status).toBe(409);
    expect(second.body.NeutronError.type).toBe('FirewallGroupPortInUse');
    expect(second.body.NeutronError.message).toContain(firstId);
    expect((await ok(app, alice, 'PUT', `${GROUPS}/${firstId}`, { firewall_group: { ports: [portId], name: 'same' } })).firewall_group.ports).toEqual([portId]);
    await ok(app, alice, 'PUT', `${GROUPS}/${firstId}`, { firewall_group: { ports: [] } });
    expect((await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: [portId] } })).status).toBe(201);
  });

  it('refuses the same port twice in one request', async () => {
    const { portId } = await routerInterface(app, alice);
    const reply = await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: [portId, portId] } });
    expect(reply.status).toBe(400);
    expect(reply.body.NeutronError.message).toContain('firewall_group.ports');
  });

  it('refuses policies it cannot see or of another project', async () => {
    const bobPolicy = await createPolicy(app, bob, {});
    const hidden = await call(app, alice, 'POST', GROUPS, { firewall_group: { egress_firewall_policy_id: bobPolicy } });
    expect(hidden.status).toBe(404);
    expect(hidden.body.NeutronError.type).toBe('FirewallPolicyNotFound');
    const adminMix = await call(app, admin, 'POST', GROUPS, { firewall_group: { project_id: alice.project, egress_firewall_policy_id: bobPolicy } });
    expect(adminMix.status).toBe(409);
  });

  it('refuses unknown attributes and wrong types, naming them', async () => {
    const unknown = await call(app, alice, 'POST', GROUPS, { firewall_group: { router_ids: [] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.NeutronError.message).toContain("unrecognized attribute 'router_ids'");
    const wrongType = await call(app, alice, 'POST', GROUPS, { firewall_group: { admin_state_up: 'maybe' } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.NeutronError.message).toContain('firewall_group.admin_state_up');
    const readOnly = await call(app, alice, 'PUT', `${GROUPS}/whatever`, { firewall_group: { status: 'ACTIVE' } });
    expect(readOnly.status).toBe(400);
  });

  it('refuses to delete an ACTIVE group (409) and deletes it once unbound', async () => {
    const { portId } = await routerInterface(app, alice);
    const policyId = await createPolicy(app, alice, {});
    const groupId = await createGroup(app, alice, { ingress_firewall_policy_id: policyId, ports: [portId] });
    const refused = await call(app, alice, 'DELETE', `${GROUPS}/${groupId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.NeutronError.type).toBe('FirewallGroupInUse');
    expect(refused.body.NeutronError.message).toContain(portId);
    await ok(app, alice, 'PUT', `${GROUPS}/${groupId}`, { firewall_group: { ports: [] } });
    expect((await call(app, alice, 'DELETE', `${GROUPS}/${groupId}`)).status).toBe(204);
    expect((await call(app, alice, 'GET', `${GROUPS}/${groupId}`)).status).toBe(404);
  });

  it('keeps groups of other projects invisible', async () => {
    const groupId = await createGroup(app, alice, { name: 'mine' });
    expect((await call(app, bob, 'GET', `${GROUPS}/${groupId}`)).status).toBe(404);
    expect((await call(app, bob, 'DELETE', `${GROUPS}/${groupId}`)).status).toBe(404);
    expect((await ok(app, bob, 'GET', GROUPS)).firewall_groups).toEqual([]);
    expect((await ok(app, admin, 'GET', `${GROUPS}?fields=name`)).firewall_groups).toEqual([{ name: 'mine' }]);
  });
});
