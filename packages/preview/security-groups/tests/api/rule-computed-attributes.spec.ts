import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUPS, RULES, createGroup, createRule, ok, refused } from './helpers.js';
import { type App, alice, buildServiceApp } from './service-app.js';

let app: App;
let group: string;

beforeEach(async () => {
  app = await buildServiceApp();
  group = await createGroup(app, alice);
});
afterEach(async () => {
  await app.close();
});

async function listRules(query: string): Promise<Array<Record<string, unknown>>> {
  return (await ok(app, alice, 'GET', `${RULES}?${query}`)).security_group_rules;
}

async function defaultGroupOfAlice(): Promise<string> {
  return (await ok(app, alice, 'GET', `${GROUPS}?name=default`)).security_groups[0].id;
}

describe('normalized_cidr (security-groups-normalized-cidr)', () => {
  it('is the network of remote_ip_prefix, which stays as sent; null without a prefix', async () => {
    const host = await createRule(app, alice, { security_group_id: group, remote_ip_prefix: '10.0.0.5/24' });
    const none = await createRule(app, alice, { security_group_id: group, protocol: 'udp' });
    const v6 = await createRule(app, alice, { security_group_id: group, ethertype: 'IPv6', remote_ip_prefix: '2001:db8::7/64' });
    const shown = async (id: string) => (await ok(app, alice, 'GET', `${RULES}/${id}`)).security_group_rule;
    expect(await shown(host)).toMatchObject({ remote_ip_prefix: '10.0.0.5/24', normalized_cidr: '10.0.0.0/24' });
    expect(await shown(none)).toMatchObject({ remote_ip_prefix: null, normalized_cidr: null });
    expect(await shown(v6)).toMatchObject({ remote_ip_prefix: '2001:db8::7/64', normalized_cidr: '2001:db8::/64' });
  });

  it('makes two prefixes of one network the same rule', async () => {
    await createRule(app, alice, { security_group_id: group, remote_ip_prefix: '10.0.0.5/24' });
    const again = await refused(app, alice, 'POST', RULES, { security_group_rule: { security_group_id: group, direction: 'ingress', remote_ip_prefix: '10.0.0.0/24' } });
    expect(again).toMatchObject({ status: 409, type: 'SecurityGroupRuleExists' });
  });

  it('filters and sorts lists', async () => {
    await createRule(app, alice, { security_group_id: group, remote_ip_prefix: '10.0.0.5/24' });
    await createRule(app, alice, { security_group_id: group, remote_ip_prefix: '192.0.2.0/24' });
    expect(await listRules('normalized_cidr=10.0.0.0/24&fields=remote_ip_prefix')).toEqual([{ remote_ip_prefix: '10.0.0.5/24' }]);
    const sorted = await listRules(`security_group_id=${group}&sort_key=normalized_cidr&sort_dir=desc&fields=normalized_cidr`);
    expect(sorted).toEqual([{ normalized_cidr: '192.0.2.0/24' }, { normalized_cidr: '10.0.0.0/24' }]);
  });
});

describe("belongs_to_default_sg (security-groups-rules-belongs-to-default-sg)", () => {
  it("is true for the rules of the project's default group only, in lists, shows and the group's rules", async () => {
    const defaultGroup = await defaultGroupOfAlice();
    const own = await createRule(app, alice, { security_group_id: group });
    expect((await ok(app, alice, 'GET', `${RULES}/${own}`)).security_group_rule.belongs_to_default_sg).toBe(false);
    const defaults = await listRules(`security_group_id=${defaultGroup}`);
    expect(defaults.map((rule) => rule.belongs_to_default_sg)).toEqual([true, true, true, true]);
    const { security_group: shown } = await ok(app, alice, 'GET', `${GROUPS}/${defaultGroup}`);
    expect(shown.security_group_rules.every((rule: { belongs_to_default_sg: boolean }) => rule.belongs_to_default_sg)).toBe(true);
  });

  it('filters lists, true or false in any case, and names a value that is neither', async () => {
    const defaultGroup = await defaultGroupOfAlice();
    const own = await createRule(app, alice, { security_group_id: group });
    expect((await listRules('belongs_to_default_sg=True')).map((rule) => rule.security_group_id)).toEqual(Array(4).fill(defaultGroup));
    expect((await listRules('belongs_to_default_sg=false')).map((rule) => rule.id)).toEqual([own]);
    expect(await listRules('belongs_to_default_sg=true&belongs_to_default_sg=false')).toHaveLength(5);
    const bad = await refused(app, alice, 'GET', `${RULES}?belongs_to_default_sg=maybe`);
    expect(bad).toMatchObject({ status: 400 });
    expect(bad.message).toContain('belongs_to_default_sg');
  });
});

describe('both are read-only', () => {
  it.each(['normalized_cidr', 'belongs_to_default_sg'])('a create sending %s is a 400 naming it', async (name) => {
    const one = await refused(app, alice, 'POST', RULES, { security_group_rule: { security_group_id: group, direction: 'ingress', [name]: null } });
    expect(one).toMatchObject({ status: 400 });
    expect(one.message).toContain(`Attribute '${name}' not allowed in POST`);
    const bulk = await refused(app, alice, 'POST', RULES, { security_group_rules: [{ security_group_id: group, direction: 'egress', [name]: true }] });
    expect(bulk.message).toContain(name);
  });
});
