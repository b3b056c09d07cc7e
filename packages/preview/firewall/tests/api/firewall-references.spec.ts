import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildFirewallApp, call, createGroup, createPolicy, createRule, ok, routerInterface } from './firewall-app.js';

const POLICIES = '/v2.0/fwaas/firewall_policies';
const GROUPS = '/v2.0/fwaas/firewall_groups';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

describe('references between firewall resources', () => {
  it('checks them on update too: what the caller cannot see is a 404, as if it did not exist', async () => {
    const groupId = await createGroup(app, alice, { name: 'edge' });
    const bobPolicy = await createPolicy(app, bob, {});
    const hiddenPolicy = await call(app, alice, 'PUT', `${GROUPS}/${groupId}`, { firewall_group: { ingress_firewall_policy_id: bobPolicy } });
    expect(hiddenPolicy.status).toBe(404);
    expect(hiddenPolicy.body.NeutronError.type).toBe('FirewallPolicyNotFound');
    const { portId } = await routerInterface(app, bob);
    const hiddenPort = await call(app, alice, 'PUT', `${GROUPS}/${groupId}`, { firewall_group: { ports: [portId] } });
    expect(hiddenPort.status).toBe(404);
    expect(hiddenPort.body.NeutronError.type).toBe('PortNotFound');
    expect((await ok(app, alice, 'GET', `${GROUPS}/${groupId}`)).firewall_group).toMatchObject({ ingress_firewall_policy_id: null, ports: [] });
  });

  it('are typed: a rule id is no policy, a policy id no rule', async () => {
    const ruleId = await createRule(app, alice, {});
    const policyId = await createPolicy(app, alice, {});
    const ruleAsPolicy = await call(app, alice, 'POST', GROUPS, { firewall_group: { egress_firewall_policy_id: ruleId } });
    expect(ruleAsPolicy.status).toBe(404);
    expect(ruleAsPolicy.body.NeutronError.message).toBe(`Firewall policy ${ruleId} could not be found.`);
    const policyAsRule = await call(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: policyId });
    expect(policyAsRule.status).toBe(404);
    expect(policyAsRule.body.NeutronError.type).toBe('FirewallRuleNotFound');
  });

  it('refuses another project’s rule in remove_rule (404) and, for admins, in insert_rule (409)', async () => {
    const policyId = await createPolicy(app, alice, {});
    const bobRule = await createRule(app, bob, {});
    const removal = await call(app, alice, 'PUT', `${POLICIES}/${policyId}/remove_rule`, { firewall_rule_id: bobRule });
    expect(removal.status).toBe(404);
    expect(removal.body.NeutronError.type).toBe('FirewallRuleNotFound');
    const insertion = await call(app, admin, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: bobRule });
    expect(insertion.status).toBe(409);
    expect(insertion.body.NeutronError.type).toBe('FirewallProjectConflict');
    expect(insertion.body.NeutronError.message).toContain(`Firewall rule ${bobRule} belongs to another project than ${alice.project}`);
    expect((await ok(app, alice, 'GET', `${POLICIES}/${policyId}`)).firewall_policy.firewall_rules).toEqual([]);
  });

  it('refuses an admin moving a group onto another project’s policy (409), naming it', async () => {
    const groupId = await createGroup(app, alice, {});
    const bobPolicy = await createPolicy(app, bob, {});
    const reply = await call(app, admin, 'PUT', `${GROUPS}/${groupId}`, { firewall_group: { ingress_firewall_policy_id: bobPolicy } });
    expect(reply.status).toBe(409);
    expect(reply.body.NeutronError.type).toBe('FirewallProjectConflict');
    expect(reply.body.NeutronError.message).toContain(`Firewall policy ${bobPolicy}`);
  });

  it('reads ids and filters spelled like Object.prototype members as unknown names (4xx, never 500)', async () => {
    const policyId = await createPolicy(app, alice, {});
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expect((await call(app, alice, 'POST', GROUPS, { firewall_group: { ports: [id] } })).body.NeutronError.type).toBe('PortNotFound');
      expect((await call(app, alice, 'PUT', `${POLICIES}/${policyId}`, { firewall_policy: { firewall_rules: [id] } })).status).toBe(404);
      expect((await call(app, alice, 'GET', `${POLICIES}/${id}`)).status).toBe(404);
      expect((await call(app, alice, 'GET', `${GROUPS}?${id}=x`)).status).toBe(400);
    }
  });

  it('updates only what a request sends: a rename keeps the group’s bindings and status', async () => {
    const { portId } = await routerInterface(app, alice);
    const policyId = await createPolicy(app, alice, {});
    const groupId = await createGroup(app, alice, { ingress_firewall_policy_id: policyId, ports: [portId] });
    const renamed = await ok(app, alice, 'PUT', `${GROUPS}/${groupId}`, { firewall_group: { name: 'renamed' } });
    expect(renamed.firewall_group).toMatchObject({ name: 'renamed', ingress_firewall_policy_id: policyId, ports: [portId], status: 'ACTIVE' });
  });
});
