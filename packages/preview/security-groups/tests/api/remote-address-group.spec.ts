import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADDRESS_GROUPS, GROUPS, RULES, createAddressGroup as createOne, createGroup, createRule, ok, refused } from './helpers.js';
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

async function createAddressGroup(caller = alice, attributes: Record<string, unknown> = {}): Promise<string> {
  return (await createOne(app, caller, { addresses: ['192.0.2.0/24'], ...attributes })).id;
}

function rule(attributes: Record<string, unknown>) {
  return { security_group_rule: { security_group_id: group, direction: 'ingress', ...attributes } };
}

/** security-groups-remote-address-group: a rule's remote end as an address group. */
describe('remote_address_group_id on security group rules', () => {
  it('is null by default, and kept, shown, listed and filtered when a rule names an address group', async () => {
    const plain = await ok(app, alice, 'POST', RULES, rule({ protocol: 'tcp' }));
    expect(plain.security_group_rule.remote_address_group_id).toBeNull();
    const office = await createAddressGroup();
    const created = await ok(app, alice, 'POST', RULES, rule({ protocol: 'tcp', port_range_min: 443, port_range_max: 443, remote_address_group_id: office }));
    expect(created.security_group_rule).toMatchObject({ remote_address_group_id: office, remote_ip_prefix: null, remote_group_id: null });
    const filtered = await ok(app, alice, 'GET', `${RULES}?remote_address_group_id=${office}&fields=id`);
    expect(filtered.security_group_rules).toEqual([{ id: created.security_group_rule.id }]);
    const shownInGroup = (await ok(app, alice, 'GET', `${GROUPS}/${group}`)).security_group.security_group_rules;
    expect(shownInGroup.find((shown: { id: string }) => shown.id === created.security_group_rule.id)).toMatchObject({ remote_address_group_id: office });
  });

  it('makes a different rule per address group, and the same address group twice is a duplicate (409)', async () => {
    const office = await createAddressGroup();
    const lab = await createAddressGroup(alice, { name: 'lab' });
    const first = await createRule(app, alice, { security_group_id: group, protocol: 'tcp', remote_address_group_id: office });
    await createRule(app, alice, { security_group_id: group, protocol: 'tcp', remote_address_group_id: lab });
    await createRule(app, alice, { security_group_id: group, protocol: 'tcp' });
    const again = await refused(app, alice, 'POST', RULES, rule({ protocol: '6', remote_address_group_id: office }));
    expect(again).toMatchObject({ status: 409, type: 'SecurityGroupRuleExists' });
    expect(again.message).toContain(first);
  });

  it('excludes remote_ip_prefix and remote_group_id (400 SecurityGroupMultipleRemoteEntites)', async () => {
    const office = await createAddressGroup();
    for (const other of [{ remote_ip_prefix: '10.0.0.0/8' }, { remote_group_id: group }]) {
      const reply = await refused(app, alice, 'POST', RULES, rule({ remote_address_group_id: office, ...other }));
      expect(reply, JSON.stringify(other)).toMatchObject({ status: 400, type: 'SecurityGroupMultipleRemoteEntites' });
      expect(reply.message).toContain('remote_address_group_id');
    }
  });

  it("refuses another project's address group, or one that does not exist, with a 404; an admin's rule needs one of the rule's project (409)", async () => {
    const theirs = await createAddressGroup(bob);
    expect(await refused(app, alice, 'POST', RULES, rule({ remote_address_group_id: theirs }))).toMatchObject({ status: 404, type: 'AddressGroupNotFound' });
    expect(await refused(app, alice, 'POST', RULES, rule({ remote_address_group_id: 'no-such-group' }))).toMatchObject({ status: 404, type: 'AddressGroupNotFound' });
    expect((await ok(app, alice, 'GET', `${RULES}?security_group_id=${group}`)).security_group_rules).toEqual([]);
    expect(await refused(app, admin, 'POST', RULES, rule({ project_id: alice.project, remote_address_group_id: theirs }))).toMatchObject({ status: 409 });
    await ok(app, admin, 'POST', RULES, rule({ project_id: alice.project, remote_address_group_id: await createAddressGroup() }));
  });

  it('keeps its address group: deleting the group is 409 AddressGroupInUse naming the rule, until the rule is deleted', async () => {
    const office = await createAddressGroup();
    const ruleId = await createRule(app, alice, { security_group_id: group, remote_address_group_id: office });
    const inUse = await refused(app, alice, 'DELETE', `${ADDRESS_GROUPS}/${office}`);
    expect(inUse).toMatchObject({ status: 409, type: 'AddressGroupInUse' });
    expect(inUse.message).toContain(ruleId);
    expect((await refused(app, admin, 'DELETE', `${ADDRESS_GROUPS}/${office}`)).type).toBe('AddressGroupInUse');
    expect((await call(app, alice, 'DELETE', `${RULES}/${ruleId}`)).status).toBe(204);
    expect((await call(app, alice, 'DELETE', `${ADDRESS_GROUPS}/${office}`)).status).toBe(204);
  });

  it('never leaves a rule naming a deleted address group when the delete races rule creates', async () => {
    const office = await createAddressGroup();
    const creates = Array.from({ length: 4 }, (_, index) => call(app, alice, 'POST', RULES, rule({ protocol: 'tcp', port_range_min: 1000 + index, port_range_max: 1000 + index, remote_address_group_id: office })));
    const [deleted, ...created] = await Promise.all([call(app, alice, 'DELETE', `${ADDRESS_GROUPS}/${office}`), ...creates]);
    for (const reply of [deleted, ...created]) expect([201, 204, 404, 409], JSON.stringify(reply.body)).toContain(reply.status);
    const rules = (await ok(app, alice, 'GET', `${RULES}?remote_address_group_id=${office}`)).security_group_rules;
    expect(rules).toHaveLength(created.filter((reply) => reply.status === 201).length);
    expect(deleted.status === 204 ? rules : []).toEqual([]);
    expect(created.filter((reply) => reply.status === 404).every((reply) => reply.body.NeutronError.type === 'AddressGroupNotFound')).toBe(true);
  });

  it("frees its address group when the rule's security group is deleted", async () => {
    const office = await createAddressGroup();
    await createRule(app, alice, { security_group_id: group, remote_address_group_id: office });
    expect((await call(app, alice, 'DELETE', `${GROUPS}/${group}`)).status).toBe(204);
    expect((await call(app, alice, 'DELETE', `${ADDRESS_GROUPS}/${office}`)).status).toBe(204);
  });
});
