import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, RULES, createGroup, createRule, ok, refused } from './helpers.js';
import { type App, admin, alice, bob, buildServiceApp, call } from './service-app.js';

let app: App;
let group: string;

beforeEach(async () => {
  app = await buildServiceApp();
  group = await createGroup(app, alice);
});
afterEach(async () => {
  await app.close();
});

function rule(attributes: Record<string, unknown>) {
  return { security_group_rule: { security_group_id: group, direction: 'ingress', ...attributes } };
}

describe('security group rules', () => {
  it("creates a rule with Neutron's defaults and shows it", async () => {
    const created = await ok(app, alice, 'POST', RULES, rule({ protocol: 'tcp', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '203.0.113.7/24', description: 'ssh' }));
    expect(created.security_group_rule).toMatchObject({
      security_group_id: group,
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: 22,
      port_range_max: 22,
      remote_ip_prefix: '203.0.113.7/24',
      normalized_cidr: '203.0.113.0/24',
      remote_group_id: null,
      description: 'ssh',
      project_id: alice.project,
      revision_number: 1,
    });
    const shown = await ok(app, alice, 'GET', `${RULES}/${created.security_group_rule.id}`);
    expect(shown.security_group_rule).toEqual(created.security_group_rule);
  });

  it('takes protocols by number and ethertypes in any case, stored as Neutron stores them', async () => {
    const created = await ok(app, alice, 'POST', RULES, rule({ protocol: 17, ethertype: 'ipv6', port_range_min: '53', port_range_max: 53 }));
    expect(created.security_group_rule).toMatchObject({ protocol: '17', ethertype: 'IPv6', port_range_min: 53 });
    const icmp = await ok(app, alice, 'POST', RULES, rule({ protocol: 'icmp', port_range_min: 8, port_range_max: 0 }));
    expect(icmp.security_group_rule).toMatchObject({ protocol: 'icmp', port_range_min: 8, port_range_max: 0 });
  });

  it('refuses the same rule twice (409 SecurityGroupRuleExists, naming the rule), by name or by number', async () => {
    const first = await createRule(app, alice, { security_group_id: group, protocol: 'tcp', port_range_min: 22, port_range_max: 22 });
    const again = await refused(app, alice, 'POST', RULES, rule({ protocol: '6', port_range_min: 22, port_range_max: 22, remote_ip_prefix: '0.0.0.0/0' }));
    expect(again).toMatchObject({ status: 409, type: 'SecurityGroupRuleExists' });
    expect(again.message).toContain(first);
  });

  it('keeps one rule when the same rule is created concurrently', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => call(app, alice, 'POST', RULES, rule({ protocol: 'udp' }))));
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(replies.filter((reply) => reply.status === 409).every((reply) => reply.body.NeutronError.type === 'SecurityGroupRuleExists')).toBe(true);
  });

  it('refuses a bulk create holding the same rule twice, and creates neither', async () => {
    const same = { security_group_id: group, direction: 'egress', protocol: 'tcp' };
    expect(await refused(app, alice, 'POST', RULES, { security_group_rules: [same, same] })).toMatchObject({ status: 409, type: 'SecurityGroupRuleExists' });
    const { security_group_rules: rules } = await ok(app, alice, 'GET', `${RULES}?security_group_id=${group}`);
    expect(rules).toEqual([]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['SecurityGroupInvalidPortRange', { protocol: 'tcp', port_range_min: 90, port_range_max: 80 }],
    ['SecurityGroupInvalidPortValue', { protocol: 'tcp', port_range_min: 1, port_range_max: 65536 }],
    ['SecurityGroupProtocolRequiredWithPorts', { port_range_min: 1, port_range_max: 2 }],
    ['SecurityGroupInvalidProtocolForPort', { protocol: 'gre', port_range_min: 1, port_range_max: 2 }],
    ['SecurityGroupInvalidIcmpValue', { protocol: 'icmp', port_range_min: 300 }],
    ['SecurityGroupMissingIcmpType', { protocol: 'icmp', port_range_max: 1 }],
    ['SecurityGroupEthertypeConflictWithProtocol', { protocol: 'ipv6-icmp', ethertype: 'IPv4' }],
    ['SecurityGroupRuleParameterConflict', { remote_ip_prefix: '2001:db8::/64' }],
    ['SecurityGroupMultipleRemoteEntites', { remote_ip_prefix: '10.0.0.0/8', remote_group_id: 'placeholder' }],
    ['SecurityGroupRuleInvalidProtocol', { protocol: 'tcpp' }],
    ['SecurityGroupRuleInvalidEtherType', { ethertype: 'IPv5' }],
  ])('refuses with 400 %s: %j', async (type, attributes) => {
    const sent = attributes.remote_group_id === 'placeholder' ? { ...attributes, remote_group_id: group } : attributes;
    expect(await refused(app, alice, 'POST', RULES, rule(sent))).toMatchObject({ status: 400, type });
  });

  it("refuses another project's group, as security group or remote group, with a 404", async () => {
    const theirs = await createGroup(app, bob);
    expect(await refused(app, alice, 'POST', RULES, rule({ security_group_id: theirs }))).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    expect(await refused(app, alice, 'POST', RULES, rule({ remote_group_id: theirs }))).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    const ruleId = await createRule(app, alice, { security_group_id: group });
    expect(await refused(app, bob, 'GET', `${RULES}/${ruleId}`)).toMatchObject({ status: 404, type: 'SecurityGroupRuleNotFound' });
    expect(await refused(app, bob, 'DELETE', `${RULES}/${ruleId}`)).toMatchObject({ status: 404, type: 'SecurityGroupRuleNotFound' });
  });

  it('refuses an admin rule whose project is not its group project (409)', async () => {
    expect(await refused(app, admin, 'POST', RULES, rule({}))).toMatchObject({ status: 409 });
    await ok(app, admin, 'POST', RULES, rule({ project_id: alice.project }));
  });

  it('cannot be updated: a changed rule is a new rule', async () => {
    const ruleId = await createRule(app, alice, { security_group_id: group });
    const reply = await call(app, alice, 'PUT', `${RULES}/${ruleId}`, { security_group_rule: { description: 'x' } });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(reply.status).toBeLessThan(500);
    expect((await ok(app, alice, 'GET', `${RULES}/${ruleId}`)).security_group_rule.description).toBe('');
  });

  it('lists with Neutron filters', async () => {
    await createRule(app, alice, { security_group_id: group, protocol: 'tcp' });
    await createRule(app, alice, { security_group_id: group, direction: 'egress' });
    const { security_group_rules: ingress } = await ok(app, alice, 'GET', `${RULES}?security_group_id=${group}&direction=ingress&fields=protocol`);
    expect(ingress).toEqual([{ protocol: 'tcp' }]);
    expect((await ok(app, alice, 'GET', `${GROUPS}/${group}`)).security_group.security_group_rules).toHaveLength(2);
  });
});
