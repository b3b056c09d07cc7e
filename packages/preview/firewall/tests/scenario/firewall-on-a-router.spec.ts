import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, freePort, startServerProcess } from '@switchyard/server/testing';
import { assertBuilt, firewallStability } from './server-process.js';

let dir: string;
let server: ServerProcess;

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(path.join(tmpdir(), 'switchyard-firewall-'));
  writeFileSync(
    path.join(dir, 'switchyard.toml'),
    [
      'service_plugins = ["firewall"]',
      '[server]',
      `port = ${await freePort()}`,
      '[database]',
      'url = "sqlite:state/switchyard.db"',
      // The opt-in an operator needs for a preview firewall, and must drop once it is stable.
      ...(firewallStability === 'preview' ? ['[preview]', 'enabled = ["firewall"]'] : []),
      '[plugins.firewall]',
      'max_rules_per_policy = 5',
    ].join('\n'),
  );
  server = await startServerProcess({ cwd: dir, args: ['--config', 'switchyard.toml'] });
});
afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads whatever the API answers
async function api(method: string, apiPath: string, body?: unknown): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(`${server.url}${apiPath}`, {
    method,
    // No content-type without a body: Fastify refuses an empty JSON body (a DELETE, say) with a 400.
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), 'x-project-id': 'demo' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

async function created(method: string, apiPath: string, body: unknown) {
  const reply = await api(method, apiPath, body);
  expect(reply.status, JSON.stringify(reply.json)).toBeLessThan(300);
  return reply.json;
}

function packet(portId: string, destinationPort: number) {
  return {
    packet: {
      port_id: portId,
      direction: 'ingress',
      protocol: 'tcp',
      source_ip_address: '198.51.100.7',
      destination_ip_address: '10.20.0.5',
      source_port: 50000,
      destination_port: destinationPort,
    },
  };
}

describe('switchyard-server with the firewall: a router interface protected by a firewall group', () => {
  it(`warns at start-up exactly when the firewall is a preview (package.json says ${firewallStability})`, () => {
    expect(server.output().includes('firewall is a preview service')).toBe(firewallStability === 'preview');
    expect(server.output()).not.toContain('no longer needs the opt-in');
  });

  it('filters traffic on the bound router port and leaves other ports alone', async () => {
    const network = (await created('POST', '/v2.0/networks', { network: { name: 'app' } })).network;
    const subnet = (await created('POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr: '10.20.0.0/24', ip_version: 4 } })).subnet;
    const router = (await created('POST', '/v2.0/routers', { router: { name: 'edge' } })).router;
    const attached = await created('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id });

    const https = (await created('POST', '/v2.0/fwaas/firewall_rules', {
      firewall_rule: { name: 'https', protocol: 'tcp', destination_port: '443', action: 'allow' },
    })).firewall_rule;
    const telnet = (await created('POST', '/v2.0/fwaas/firewall_rules', {
      firewall_rule: { name: 'telnet', protocol: 'tcp', destination_port: '23', action: 'reject' },
    })).firewall_rule;
    const policy = (await created('POST', '/v2.0/fwaas/firewall_policies', {
      firewall_policy: { name: 'inbound', firewall_rules: [https.id] },
    })).firewall_policy;
    const withTelnet = await created('PUT', `/v2.0/fwaas/firewall_policies/${policy.id}/insert_rule`, {
      firewall_rule_id: telnet.id,
      insert_after: https.id,
    });
    expect(withTelnet.firewall_rules).toEqual([https.id, telnet.id]);

    const groupReply = await api('POST', '/v2.0/fwaas/firewall_groups', {
      firewall_group: { name: 'app', ingress_firewall_policy_id: policy.id, ports: [attached.port_id] },
    });
    expect(groupReply.status).toBe(201);
    expect(groupReply.headers.get('x-switchyard-stability')).toBe(firewallStability);
    const group = groupReply.json.firewall_group;
    expect(group).toMatchObject({ status: 'ACTIVE', ports: [attached.port_id] });

    const allowed = (await created('POST', '/v2.0/fwaas/evaluate', packet(attached.port_id, 443))).evaluation;
    expect(allowed).toMatchObject({ verdict: 'allow', filtered: true, firewall_group_id: group.id, firewall_policy_id: policy.id, firewall_rule_id: https.id });
    const rejected = (await created('POST', '/v2.0/fwaas/evaluate', packet(attached.port_id, 23))).evaluation;
    expect(rejected).toMatchObject({ verdict: 'reject', firewall_rule_id: telnet.id });
    const denied = (await created('POST', '/v2.0/fwaas/evaluate', packet(attached.port_id, 80))).evaluation;
    expect(denied).toMatchObject({ verdict: 'deny', reason: 'implicit_deny', firewall_rule_id: null });

    // A plain port on the same network is not a router interface: it cannot be bound, and is not filtered.
    const plain = (await created('POST', '/v2.0/ports', { port: { network_id: network.id } })).port;
    const refused = await api('PUT', `/v2.0/fwaas/firewall_groups/${group.id}`, { firewall_group: { ports: [attached.port_id, plain.id] } });
    expect(refused.status).toBe(400);
    expect(refused.json.NeutronError.message).toContain('is not a router interface');
    const unfiltered = (await created('POST', '/v2.0/fwaas/evaluate', packet(plain.id, 80))).evaluation;
    expect(unfiltered).toMatchObject({ verdict: 'allow', filtered: false, reason: 'port_not_protected' });
  });

  it('forgets a bound router port once its interface is removed, and the group can go', async () => {
    const network = (await created('POST', '/v2.0/networks', { network: { name: 'gone' } })).network;
    const subnet = (await created('POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr: '10.30.0.0/24', ip_version: 4 } })).subnet;
    const router = (await created('POST', '/v2.0/routers', { router: { name: 'short-lived' } })).router;
    const attached = await created('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id });
    const policy = (await created('POST', '/v2.0/fwaas/firewall_policies', { firewall_policy: { name: 'closed' } })).firewall_policy;
    const group = (await created('POST', '/v2.0/fwaas/firewall_groups', {
      firewall_group: { name: 'gone', ingress_firewall_policy_id: policy.id, ports: [attached.port_id] },
    })).firewall_group;
    expect(group).toMatchObject({ status: 'ACTIVE', ports: [attached.port_id] });

    await created('PUT', `/v2.0/routers/${router.id}/remove_router_interface`, { subnet_id: subnet.id });

    const after = (await api('GET', `/v2.0/fwaas/firewall_groups/${group.id}`)).json.firewall_group;
    expect(after).toMatchObject({ status: 'INACTIVE', ports: [] });
    expect((await api('POST', '/v2.0/fwaas/evaluate', packet(attached.port_id, 443))).status).toBe(404);
    expect((await api('DELETE', `/v2.0/fwaas/firewall_groups/${group.id}`)).status).toBe(204);
  });

  it('applies [plugins.firewall] max_rules_per_policy from switchyard.toml', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      ids.push((await created('POST', '/v2.0/fwaas/firewall_rules', { firewall_rule: { name: `r${index}` } })).firewall_rule.id);
    }
    const reply = await api('POST', '/v2.0/fwaas/firewall_policies', { firewall_policy: { firewall_rules: ids } });
    expect(reply.status).toBe(409);
    expect(reply.json.NeutronError.message).toContain('at most 5 are allowed');
  });
});
