import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, alice, bob, buildFirewallApp, call, createGroup, createPolicy, createRule, ok, routerInterface } from './firewall-app.js';

const EVALUATE = '/v2.0/fwaas/evaluate';
let app: App;
let protectedPort: string;
let unprotectedPort: string;
let groupId: string;
let ingressPolicy: string;
let allowSsh: string;
let rejectHttp: string;

function packet(fields: Record<string, unknown>) {
  return {
    packet: {
      port_id: protectedPort,
      direction: 'ingress',
      protocol: 'tcp',
      source_ip_address: '198.51.100.7',
      destination_ip_address: '10.0.0.5',
      source_port: 40000,
      destination_port: 22,
      ...fields,
    },
  };
}

async function evaluate(fields: Record<string, unknown>) {
  return (await ok(app, alice, 'POST', EVALUATE, packet(fields))).evaluation;
}

// One topology for the whole file; each test only reads it or changes it back.
beforeAll(async () => {
  app = await buildFirewallApp();
  protectedPort = (await routerInterface(app, alice, '10.0.0.0/24')).portId;
  unprotectedPort = (await routerInterface(app, alice, '10.0.1.0/24')).portId;
  const disabledAllowAll = await createRule(app, alice, { protocol: 'any', action: 'allow', enabled: false });
  allowSsh = await createRule(app, alice, { protocol: 'tcp', destination_port: '22', source_ip_address: '198.51.100.0/24', action: 'allow' });
  rejectHttp = await createRule(app, alice, { protocol: 'tcp', destination_port: '80:90', action: 'reject' });
  ingressPolicy = await createPolicy(app, alice, { firewall_rules: [disabledAllowAll, allowSsh, rejectHttp] });
  groupId = await createGroup(app, alice, { ingress_firewall_policy_id: ingressPolicy, ports: [protectedPort] });
});
afterAll(async () => {
  await app.close();
});

describe('POST /v2.0/fwaas/evaluate', () => {
  it('allows what the first enabled matching rule allows, naming group, policy and rule', async () => {
    expect(await evaluate({})).toEqual({
      port_id: protectedPort,
      direction: 'ingress',
      verdict: 'allow',
      filtered: true,
      reason: 'rule_matched',
      message: 'The first enabled rule of the policy that matches the packet decided.',
      firewall_group_id: groupId,
      firewall_policy_id: ingressPolicy,
      firewall_rule_id: allowSsh,
    });
  });

  it('rejects what a reject rule matches', async () => {
    expect(await evaluate({ destination_port: 85 })).toMatchObject({ verdict: 'reject', firewall_rule_id: rejectHttp });
  });

  it('denies implicitly what no enabled rule matches (the disabled allow-all is skipped)', async () => {
    const evaluation = await evaluate({ protocol: 'udp', destination_port: 53 });
    expect(evaluation).toMatchObject({ verdict: 'deny', reason: 'implicit_deny', firewall_policy_id: ingressPolicy, firewall_rule_id: null });
    expect((await evaluate({ source_ip_address: '203.0.113.1' })).verdict).toBe('deny');
  });

  it('denies the direction that has no policy', async () => {
    expect(await evaluate({ direction: 'egress' })).toMatchObject({ verdict: 'deny', filtered: true, reason: 'no_policy_for_direction' });
  });

  it('does not filter a port without a group, and says so', async () => {
    const evaluation = await evaluate({ port_id: unprotectedPort });
    expect(evaluation).toMatchObject({ verdict: 'allow', filtered: false, reason: 'port_not_protected', firewall_group_id: null });
    expect(evaluation.message).toContain('not filtered');
  });

  it('drops everything while the group is administratively down', async () => {
    await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_groups/${groupId}`, { firewall_group: { admin_state_up: false } });
    try {
      expect(await evaluate({})).toMatchObject({ verdict: 'deny', reason: 'group_admin_state_down', firewall_rule_id: null });
    } finally {
      await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_groups/${groupId}`, { firewall_group: { admin_state_up: true } });
    }
  });

  it('follows rule order changes at once', async () => {
    await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_rules/${allowSsh}`, { firewall_rule: { enabled: false } });
    try {
      expect((await evaluate({})).verdict).toBe('deny');
    } finally {
      await ok(app, alice, 'PUT', `/v2.0/fwaas/firewall_rules/${allowSsh}`, { firewall_rule: { enabled: true } });
    }
  });

  it('answers 404 for a port of another project, 400 for a malformed packet', async () => {
    const hidden = await call(app, bob, 'POST', EVALUATE, packet({}));
    expect(hidden.status).toBe(404);
    expect(hidden.body.NeutronError.type).toBe('PortNotFound');
    const mixed = await call(app, alice, 'POST', EVALUATE, packet({ destination_ip_address: '2001:db8::5' }));
    expect(mixed.status).toBe(400);
    expect(mixed.body.NeutronError.message).toContain('a packet has one IP version');
    const badDirection = await call(app, alice, 'POST', EVALUATE, packet({ direction: 'inbound' }));
    expect(badDirection.status).toBe(400);
    expect(badDirection.body.NeutronError.message).toContain('packet.direction');
    const badPort = await call(app, alice, 'POST', EVALUATE, packet({ destination_port: 70000 }));
    expect(badPort.body.NeutronError.message).toContain('packet.destination_port');
  });
});
