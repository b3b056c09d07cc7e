import { readFileSync } from 'node:fs';
import { readStabilityMetadata } from '@switchyard/sdk';
import type { buildApp } from '@switchyard/server';
import { type TestReply, buildTestServer, injectAs } from '@switchyard/server/testing';
import plugin from '../../src/index.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

/** The one declaration of the firewall's stability; tests expect the labels it implies, whatever it is today. */
export const firewallMetadata = readStabilityMetadata(packageJson, 'package.json');

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface Caller {
  project: string;
  admin?: boolean;
}

export const alice: Caller = { project: 'project-alice' };
export const bob: Caller = { project: 'project-bob' };
export const admin: Caller = { project: 'project-admin', admin: true };

/**
 * A whole server in memory (or on PostgreSQL under `npm run test:postgres`), with this package
 * handed in as the `firewall` plugin, opted in as its stability requires.
 */
export async function buildFirewallApp(firewallConfig: Record<string, unknown> = {}): Promise<App> {
  return buildTestServer({ plugins: [{ plugin, packageJsonUrl: new URL('../../package.json', import.meta.url), config: firewallConfig }] });
}

export type Reply = TestReply;

/** One HTTP call as `caller`, through Fastify's inject (no port). */
export const call = (app: App, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<Reply> =>
  injectAs(app, caller, method, url, payload);

/** Calls that must succeed; a failure shows the server's error. */
export async function ok(app: App, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const reply = await call(app, caller, method, url, payload);
  if (reply.status >= 300) throw new Error(`${method} ${url} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export async function createRule(app: App, caller: Caller, rule: Record<string, unknown>): Promise<string> {
  return (await ok(app, caller, 'POST', '/v2.0/fwaas/firewall_rules', { firewall_rule: rule })).firewall_rule.id;
}

export async function createPolicy(app: App, caller: Caller, policy: Record<string, unknown>): Promise<string> {
  return (await ok(app, caller, 'POST', '/v2.0/fwaas/firewall_policies', { firewall_policy: policy })).firewall_policy.id;
}

export async function createGroup(app: App, caller: Caller, group: Record<string, unknown>): Promise<string> {
  return (await ok(app, caller, 'POST', '/v2.0/fwaas/firewall_groups', { firewall_group: group })).firewall_group.id;
}

/** A network with a subnet attached to a router; returns the router interface port. */
export async function routerInterface(app: App, caller: Caller, cidr = '10.0.0.0/24') {
  const network = (await ok(app, caller, 'POST', '/v2.0/networks', { network: { name: 'net' } })).network;
  const subnet = (await ok(app, caller, 'POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr, ip_version: 4 } })).subnet;
  const router = (await ok(app, caller, 'POST', '/v2.0/routers', { router: { name: 'router' } })).router;
  const attached = await ok(app, caller, 'PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id });
  return { networkId: network.id as string, subnetId: subnet.id as string, routerId: router.id as string, portId: attached.port_id as string };
}

/** A plain port on a network, not attached to any router. */
export async function plainPort(app: App, caller: Caller, networkId: string): Promise<string> {
  return (await ok(app, caller, 'POST', '/v2.0/ports', { port: { network_id: networkId, device_owner: 'compute:nova' } })).port.id;
}
