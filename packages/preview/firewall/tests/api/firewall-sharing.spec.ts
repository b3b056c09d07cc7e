import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type App, admin, alice, bob, buildFirewallApp, call, createGroup, createPolicy, createRule, ok } from './firewall-app.js';

const RULES = '/v2.0/fwaas/firewall_rules';
const POLICIES = '/v2.0/fwaas/firewall_policies';
const GROUPS = '/v2.0/fwaas/firewall_groups';
let app: App;

beforeEach(async () => {
  app = await buildFirewallApp();
});
afterEach(async () => {
  await app.close();
});

/** A rule of alice's project that an admin shared. */
async function sharedRuleOfAlice(fields: Record<string, unknown> = {}): Promise<string> {
  return createRule(app, admin, { project_id: alice.project, protocol: 'tcp', destination_port: '22', action: 'allow', shared: true, ...fields });
}

describe('shared firewall resources', () => {
  it('start unshared, and only an admin may share them (403 naming shared)', async () => {
    const ruleId = await createRule(app, alice, {});
    expect((await ok(app, alice, 'GET', `${RULES}/${ruleId}`)).firewall_rule.shared).toBe(false);
    for (const [url, key] of [
      [RULES, 'firewall_rule'],
      [POLICIES, 'firewall_policy'],
      [GROUPS, 'firewall_group'],
    ] as const) {
      const created = await call(app, alice, 'POST', url, { [key]: { shared: true } });
      expect(created.status).toBe(403);
      expect(created.body.NeutronError.type).toBe('PolicyNotAuthorized');
      expect(created.body.NeutronError.message).toContain('Only an admin may set shared');
    }
    const update = await call(app, alice, 'PUT', `${RULES}/${ruleId}`, { firewall_rule: { shared: true } });
    expect(update.status).toBe(403);
    expect((await ok(app, alice, 'GET', `${RULES}/${ruleId}`)).firewall_rule.shared).toBe(false);
    // Leaving it false is no sharing.
    expect((await call(app, alice, 'POST', RULES, { firewall_rule: { shared: false } })).status).toBe(201);
  });

  it('are listed and shown to other projects, unshared ones stay 404', async () => {
    const shared = await sharedRuleOfAlice();
    const own = await createRule(app, alice, {});
    const listed = (await ok(app, bob, 'GET', RULES)).firewall_rules.map((rule: { id: string }) => rule.id);
    expect(listed).toContain(shared);
    expect(listed).not.toContain(own);
    expect((await ok(app, bob, 'GET', `${RULES}/${shared}`)).firewall_rule).toMatchObject({ shared: true, project_id: alice.project });
    expect((await call(app, bob, 'GET', `${RULES}/${own}`)).status).toBe(404);
    expect((await ok(app, bob, 'GET', `${RULES}?shared=true`)).firewall_rules.map((rule: { id: string }) => rule.id)).toEqual([shared]);
  });

  it("let another project use a shared rule in its own policy and a shared policy in its own group", async () => {
    const rule = await sharedRuleOfAlice();
    const bobPolicy = await createPolicy(app, bob, { firewall_rules: [rule] });
    expect((await ok(app, bob, 'GET', `${POLICIES}/${bobPolicy}`)).firewall_policy.firewall_rules).toEqual([rule]);
    const other = await createPolicy(app, bob, {});
    expect((await ok(app, bob, 'PUT', `${POLICIES}/${other}/insert_rule`, { firewall_rule_id: rule })).firewall_rules).toEqual([rule]);

    const sharedPolicy = await createPolicy(app, admin, { project_id: alice.project, shared: true, firewall_rules: [rule] });
    const bobGroup = await createGroup(app, bob, { ingress_firewall_policy_id: sharedPolicy });
    expect((await ok(app, bob, 'GET', `${GROUPS}/${bobGroup}`)).firewall_group.ingress_firewall_policy_id).toBe(sharedPolicy);
  });

  it("show in a shared rule's firewall_policy_id only the policies the caller may see", async () => {
    const rule = await sharedRuleOfAlice();
    const alicePolicy = await createPolicy(app, alice, { firewall_rules: [rule] });
    const bobPolicy = await createPolicy(app, bob, { firewall_rules: [rule] });
    const policiesSeenBy = async (caller: typeof alice) => {
      const shown = (await ok(app, caller, 'GET', `${RULES}/${rule}`)).firewall_rule.firewall_policy_id;
      const listed = (await ok(app, caller, 'GET', `${RULES}?id=${rule}`)).firewall_rules[0].firewall_policy_id;
      expect(listed).toEqual(shown);
      return shown;
    };
    expect(await policiesSeenBy(alice)).toEqual([alicePolicy]);
    expect(await policiesSeenBy(bob)).toEqual([bobPolicy]);
    expect((await policiesSeenBy(admin)).sort()).toEqual([alicePolicy, bobPolicy].sort());
  });

  it('may not be updated or deleted by another project (403), nor their rules changed', async () => {
    const rule = await sharedRuleOfAlice();
    const policy = await createPolicy(app, admin, { project_id: alice.project, shared: true, firewall_rules: [rule] });
    const group = await createGroup(app, admin, { project_id: alice.project, shared: true });
    for (const [url, key] of [
      [`${RULES}/${rule}`, 'firewall_rule'],
      [`${POLICIES}/${policy}`, 'firewall_policy'],
      [`${GROUPS}/${group}`, 'firewall_group'],
    ] as const) {
      const update = await call(app, bob, 'PUT', url, { [key]: { name: 'mine now' } });
      expect(update.status).toBe(403);
      expect(update.body.NeutronError.message).toContain('it is shared with you');
      expect((await call(app, bob, 'DELETE', url)).status).toBe(403);
      expect((await ok(app, alice, 'GET', url))[key].name).toBe('');
    }
    const bobRule = await createRule(app, admin, { project_id: bob.project, shared: true });
    expect((await call(app, bob, 'PUT', `${POLICIES}/${policy}/insert_rule`, { firewall_rule_id: bobRule })).status).toBe(403);
    expect((await call(app, bob, 'PUT', `${POLICIES}/${policy}/remove_rule`, { firewall_rule_id: rule })).status).toBe(403);
    expect((await ok(app, alice, 'GET', `${POLICIES}/${policy}`)).firewall_policy.firewall_rules).toEqual([rule]);
    // The owner still changes its own shared rule.
    expect((await ok(app, alice, 'PUT', `${RULES}/${rule}`, { firewall_rule: { name: 'ssh' } })).firewall_rule.name).toBe('ssh');
  });

  it('keep a shared policy to shared rules, as neutron-fwaas does', async () => {
    const unshared = await createRule(app, alice, {});
    const refused = await call(app, admin, 'POST', POLICIES, { firewall_policy: { project_id: alice.project, shared: true, firewall_rules: [unshared] } });
    expect(refused.status).toBe(404);
    expect(refused.body.NeutronError.type).toBe('FirewallRuleSharingConflict');
    expect(refused.body.NeutronError.message).toContain(`could not find the firewall rule ${unshared}`);

    const policy = await createPolicy(app, alice, { firewall_rules: [unshared] });
    const sharing = await call(app, admin, 'PUT', `${POLICIES}/${policy}`, { firewall_policy: { shared: true } });
    expect(sharing.status).toBe(409);
    expect(sharing.body.NeutronError).toMatchObject({
      type: 'FirewallPolicySharingConflict',
      message: `Operation cannot be performed. Before sharing firewall policy ${policy}, share associated firewall rule ${unshared}.`,
    });
    await ok(app, admin, 'PUT', `${RULES}/${unshared}`, { firewall_rule: { shared: true } });
    expect((await ok(app, admin, 'PUT', `${POLICIES}/${policy}`, { firewall_policy: { shared: true } })).firewall_policy.shared).toBe(true);

    const another = await createRule(app, alice, {});
    const insertion = await call(app, alice, 'PUT', `${POLICIES}/${policy}/insert_rule`, { firewall_rule_id: another });
    expect(insertion.status).toBe(404);
    expect(insertion.body.NeutronError.type).toBe('FirewallRuleSharingConflict');
  });

  it('refuse un-sharing what another project uses (409), and allow it once unused', async () => {
    const rule = await sharedRuleOfAlice();
    const policy = await createPolicy(app, admin, { project_id: alice.project, shared: true, firewall_rules: [rule] });
    const bobGroup = await createGroup(app, bob, { egress_firewall_policy_id: policy });

    const unsharePolicy = await call(app, admin, 'PUT', `${POLICIES}/${policy}`, { firewall_policy: { shared: false } });
    expect(unsharePolicy.status).toBe(409);
    expect(unsharePolicy.body.NeutronError.type).toBe('FirewallPolicyInUse');
    expect(unsharePolicy.body.NeutronError.message).toContain(`firewall groups ${bobGroup} of other projects`);
    const unshareRule = await call(app, admin, 'PUT', `${RULES}/${rule}`, { firewall_rule: { shared: false } });
    expect(unshareRule.status).toBe(409);
    expect(unshareRule.body.NeutronError.type).toBe('FirewallRuleInUse');
    expect(unshareRule.body.NeutronError.message).toContain(policy);

    await ok(app, bob, 'PUT', `${GROUPS}/${bobGroup}`, { firewall_group: { egress_firewall_policy_id: null } });
    expect((await ok(app, admin, 'PUT', `${POLICIES}/${policy}`, { firewall_policy: { shared: false } })).firewall_policy.shared).toBe(false);
    expect((await ok(app, admin, 'PUT', `${RULES}/${rule}`, { firewall_rule: { shared: false } })).firewall_rule.shared).toBe(false);
    expect((await call(app, bob, 'GET', `${RULES}/${rule}`)).status).toBe(404);
  });

  it('refuse an admin mixing in another project’s unshared rule, but not a shared one', async () => {
    const bobUnshared = await createRule(app, bob, {});
    const bobShared = await createRule(app, admin, { project_id: bob.project, shared: true });
    const refused = await call(app, admin, 'POST', POLICIES, { firewall_policy: { project_id: alice.project, firewall_rules: [bobUnshared] } });
    expect(refused.status).toBe(409);
    expect(refused.body.NeutronError.type).toBe('FirewallProjectConflict');
    expect(refused.body.NeutronError.message).toContain('is not shared');
    expect((await call(app, admin, 'POST', POLICIES, { firewall_policy: { project_id: alice.project, firewall_rules: [bobShared] } })).status).toBe(201);
  });
});
