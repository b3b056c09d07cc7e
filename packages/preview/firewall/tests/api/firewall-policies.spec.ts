import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildFirewallApp, call, createGroup, createPolicy, createRule, ok } from './firewall-app.js';

const POLICIES = '/v2.0/fwaas/firewall_policies';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp({ max_rules_per_policy: 3 });
});
afterEach(async () => {
  await app.close();
});

async function rules(count: number, caller = alice): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) ids.push(await createRule(app, caller, { name: `r${index}`, action: 'allow' }));
  return ids;
}

describe('firewall policies', () => {
  it('creates a policy with ordered rules and shows it', async () => {
    const [first, second] = await rules(2);
    const created = await call(app, alice, 'POST', POLICIES, { firewall_policy: { name: 'edge', firewall_rules: [second, first] } });
    expect(created.status).toBe(201);
    expect(created.body.firewall_policy).toMatchObject({
      name: 'edge',
      audited: false,
      firewall_rules: [second, first],
      project_id: alice.project,
      tenant_id: alice.project,
    });
    const shown = await ok(app, alice, 'GET', `${POLICIES}/${created.body.firewall_policy.id}?fields=firewall_rules`);
    expect(shown.firewall_policy).toEqual({ firewall_rules: [second, first] });
  });

  it('inserts rules before, after and at the top, answering with the bare policy', async () => {
    const [a, b, c, d] = await rules(4);
    const policyId = await createPolicy(app, alice, { firewall_rules: [a] });
    const after = await ok(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: b, insert_after: a });
    expect(after.firewall_rules).toEqual([a, b]);
    expect(after.id).toBe(policyId);
    const before = await ok(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: c, insert_before: b });
    expect(before.firewall_rules).toEqual([a, c, b]);
    await ok(app, alice, 'PUT', `${POLICIES}/${policyId}/remove_rule`, { firewall_rule_id: c });
    const top = await ok(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: d });
    expect(top.firewall_rules).toEqual([d, a, b]);
  });

  it('refuses insert_rule with a rule already there (409) or a reference outside the policy (400)', async () => {
    const [a, b] = await rules(2);
    const policyId = await createPolicy(app, alice, { firewall_rules: [a] });
    const again = await call(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: a });
    expect(again.status).toBe(409);
    expect(again.body.NeutronError.type).toBe('FirewallRuleInPolicy');
    const badReference = await call(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: b, insert_before: 'nope' });
    expect(badReference.status).toBe(400);
    expect(badReference.body.NeutronError.type).toBe('FirewallRuleNotAssociatedWithPolicy');
    const missing = await call(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { insert_after: a });
    expect(missing.status).toBe(400);
    expect(missing.body.NeutronError.message).toContain('firewall_rule_id');
  });

  it('refuses remove_rule for a rule that is not in the policy', async () => {
    const [a, b] = await rules(2);
    const policyId = await createPolicy(app, alice, { firewall_rules: [a] });
    const reply = await call(app, alice, 'PUT', `${POLICIES}/${policyId}/remove_rule`, { firewall_rule_id: b });
    expect(reply.status).toBe(400);
    expect(reply.body.NeutronError.message).toBe(`Firewall rule ${b} is not associated with firewall policy ${policyId}.`);
  });

  it('clears audited on any change unless the update sets it', async () => {
    const [a, b] = await rules(2);
    const policyId = await createPolicy(app, alice, { firewall_rules: [a], audited: true });
    expect((await ok(app, alice, 'GET', `${POLICIES}/${policyId}`)).firewall_policy.audited).toBe(true);
    expect((await ok(app, alice, 'PUT', `${POLICIES}/${policyId}`, { firewall_policy: { name: 'renamed' } })).firewall_policy.audited).toBe(false);
    await ok(app, alice, 'PUT', `${POLICIES}/${policyId}`, { firewall_policy: { audited: true } });
    await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_rules/${a}`, { firewall_rule: { action: 'deny' } });
    expect((await ok(app, alice, 'GET', `${POLICIES}/${policyId}`)).firewall_policy.audited).toBe(false);
    await ok(app, alice, 'PUT', `${POLICIES}/${policyId}`, { firewall_policy: { audited: true } });
    expect((await ok(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: b })).audited).toBe(false);
  });

  it('enforces max_rules_per_policy from [plugins.firewall] on create, update and insert_rule', async () => {
    const ids = await rules(4);
    const create = await call(app, alice, 'POST', POLICIES, { firewall_policy: { firewall_rules: ids } });
    expect(create.status).toBe(409);
    expect(create.body.NeutronError.type).toBe('FirewallPolicyRuleLimitExceeded');
    expect(create.body.NeutronError.message).toContain('at most 3 are allowed (max_rules_per_policy in [plugins.firewall])');

    const policyId = await createPolicy(app, alice, { firewall_rules: ids.slice(0, 3) });
    expect((await call(app, alice, 'PUT', `${POLICIES}/${policyId}`, { firewall_policy: { firewall_rules: ids } })).status).toBe(409);
    expect((await call(app, alice, 'PUT', `${POLICIES}/${policyId}/insert_rule`, { firewall_rule_id: ids[3] })).status).toBe(409);
  });

  it('refuses duplicate, unknown and foreign rules', async () => {
    const [a] = await rules(1);
    const [foreign] = await rules(1, bob);
    const duplicate = await call(app, alice, 'POST', POLICIES, { firewall_policy: { firewall_rules: [a, a] } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.NeutronError.message).toContain('firewall_policy.firewall_rules');
    const unknown = await call(app, alice, 'POST', POLICIES, { firewall_policy: { firewall_rules: ['no-such-rule'] } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.NeutronError.type).toBe('FirewallRuleNotFound');
    const other = await call(app, alice, 'POST', POLICIES, { firewall_policy: { firewall_rules: [foreign] } });
    expect(other.status).toBe(404);
    const adminMix = await call(app, admin, 'POST', POLICIES, { firewall_policy: { project_id: alice.project, firewall_rules: [foreign] } });
    expect(adminMix.status).toBe(409);
    expect(adminMix.body.NeutronError.type).toBe('FirewallProjectConflict');
  });

  it('keeps policies of other projects invisible', async () => {
    const policyId = await createPolicy(app, alice, { name: 'private' });
    expect((await call(app, bob, 'GET', `${POLICIES}/${policyId}`)).body.NeutronError.type).toBe('FirewallPolicyNotFound');
    expect((await ok(app, bob, 'GET', POLICIES)).firewall_policies).toEqual([]);
    expect((await ok(app, alice, 'GET', `${POLICIES}?name=private&fields=id`)).firewall_policies).toEqual([{ id: policyId }]);
  });

  it('refuses to delete a policy used by a group (409) and deletes it afterwards', async () => {
    const policyId = await createPolicy(app, alice, {});
    const groupId = await createGroup(app, alice, { ingress_firewall_policy_id: policyId });
    const refused = await call(app, alice, 'DELETE', `${POLICIES}/${policyId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.NeutronError.type).toBe('FirewallPolicyInUse');
    expect(refused.body.NeutronError.message).toContain(groupId);
    await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_groups/${groupId}`, { firewall_group: { ingress_firewall_policy_id: null } });
    expect((await call(app, alice, 'DELETE', `${POLICIES}/${policyId}`)).status).toBe(204);
  });
});
