import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStabilityMetadata } from '@switchyard/sdk';
import { GROUPS, RULES, createGroup, createRule, ok, refused } from './helpers.js';
import { type App, alice, bob, buildServiceApp, call } from './service-app.js';

let app: App;

/** The one declaration of stability, in package.json: the labels follow from it, whatever it is today. */
function packageStability(): string {
  return readStabilityMetadata(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')), 'package.json').stability;
}

beforeEach(async () => {
  app = await buildServiceApp();
});
afterEach(async () => {
  await app.close();
});

describe('security groups', () => {
  it('announce the security-group, port-security, allowed-address-pairs, stateful-security-group and rule attribute extensions, labelled with their stability', async () => {
    const { extensions } = await ok(app, alice, 'GET', '/v2.0/extensions');
    const stabilityOf = (alias: string) => extensions.find((candidate: { alias: string }) => candidate.alias === alias)?.stability;
    for (const alias of ['security-group', 'port-security', 'allowed-address-pairs', 'stateful-security-group', 'security-groups-normalized-cidr', 'security-groups-rules-belongs-to-default-sg']) expect(stabilityOf(alias), alias).toBe(packageStability());
    expect((await call(app, alice, 'GET', GROUPS)).headers['x-switchyard-stability']).toBe(packageStability());
  });

  it("creates a group with Neutron's defaults and shows it", async () => {
    const created = await ok(app, alice, 'POST', GROUPS, { security_group: { name: 'web', description: 'front ends' } });
    expect(created.security_group).toMatchObject({
      name: 'web',
      description: 'front ends',
      project_id: alice.project,
      tenant_id: alice.project,
      stateful: true,
      shared: false,
      security_group_rules: [],
      revision_number: 1,
    });
    expect(created.security_group.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await ok(app, alice, 'GET', `${GROUPS}/${created.security_group.id}`)).security_group).toEqual(created.security_group);
  });

  it('updates name, description and stateful, raising the revision; shared is read-only', async () => {
    const id = await createGroup(app, alice);
    const updated = await ok(app, alice, 'PUT', `${GROUPS}/${id}`, { security_group: { name: 'web2', stateful: false } });
    expect(updated.security_group).toMatchObject({ name: 'web2', stateful: false, revision_number: 2 });
    expect(await refused(app, alice, 'PUT', `${GROUPS}/${id}`, { security_group: { shared: true } })).toMatchObject({ status: 400 });
  });

  it('embeds its rules, and a rule added or deleted raises its revision', async () => {
    const id = await createGroup(app, alice);
    const ruleId = await createRule(app, alice, { security_group_id: id, protocol: 'tcp', port_range_min: 22, port_range_max: 22 });
    const shown = (await ok(app, alice, 'GET', `${GROUPS}/${id}`)).security_group;
    expect(shown.security_group_rules).toMatchObject([{ id: ruleId, security_group_id: id, protocol: 'tcp', port_range_min: 22 }]);
    expect(shown.revision_number).toBe(2);
    await ok(app, alice, 'DELETE', `${RULES}/${ruleId}`);
    const after = (await ok(app, alice, 'GET', `${GROUPS}/${id}`)).security_group;
    expect(after).toMatchObject({ security_group_rules: [], revision_number: 3 });
  });

  it("is another project's 404, on every verb", async () => {
    const id = await createGroup(app, alice);
    for (const [method, payload] of [['GET'], ['PUT', { security_group: { name: 'x' } }], ['DELETE']] as const) {
      expect(await refused(app, bob, method, `${GROUPS}/${id}`, payload)).toMatchObject({ status: 404, type: 'SecurityGroupNotFound' });
    }
    const { security_groups: listed } = await ok(app, bob, 'GET', GROUPS);
    expect(listed.map((group: { id: string }) => group.id)).not.toContain(id);
  });

  it('takes its rules with it, and the rules of other groups that name it as remote group', async () => {
    const remote = await createGroup(app, alice, { name: 'bastion' });
    const web = await createGroup(app, alice, { name: 'web' });
    await createRule(app, alice, { security_group_id: remote, protocol: 'tcp' });
    const naming = await createRule(app, alice, { security_group_id: web, remote_group_id: remote });
    const kept = await createRule(app, alice, { security_group_id: web, protocol: 'udp' });
    await ok(app, alice, 'DELETE', `${GROUPS}/${remote}`);
    expect((await call(app, alice, 'GET', `${RULES}/${naming}`)).status).toBe(404);
    const { security_group_rules: left } = await ok(app, alice, 'GET', `${RULES}?security_group_id=${web}&security_group_id=${remote}`);
    expect(left.map((rule: { id: string }) => rule.id)).toEqual([kept]);
  });

  it('creates several groups at once (bulk)', async () => {
    const created = await ok(app, alice, 'POST', GROUPS, { security_groups: [{ name: 'a' }, { name: 'b' }] });
    expect(created.security_groups.map((group: { name: string }) => group.name)).toEqual(['a', 'b']);
  });
});
