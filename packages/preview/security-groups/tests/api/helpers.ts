import { expect } from 'vitest';
import { type App, type Caller, call } from './service-app.js';

export const GROUPS = '/v2.0/security-groups';
export const RULES = '/v2.0/security-group-rules';
export const ADDRESS_GROUPS = '/v2.0/address-groups';

/** The body of a call that must succeed (2xx). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function ok(app: App, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<any> {
  const reply = await call(app, caller, method, url, payload);
  expect(reply.status, JSON.stringify(reply.body)).toBeLessThan(300);
  return reply.body;
}

export async function createGroup(app: App, caller: Caller, attributes: Record<string, unknown> = {}): Promise<string> {
  return (await ok(app, caller, 'POST', GROUPS, { security_group: { name: 'web', ...attributes } })).security_group.id;
}

export async function createRule(app: App, caller: Caller, attributes: Record<string, unknown>): Promise<string> {
  return (await ok(app, caller, 'POST', RULES, { security_group_rule: { direction: 'ingress', ...attributes } })).security_group_rule.id;
}

/** The NeutronError of a refused call, with its status. */
export async function refused(app: App, caller: Caller, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const reply = await call(app, caller, method, url, payload);
  expect(reply.status, JSON.stringify(reply.body)).toBeGreaterThanOrEqual(400);
  return { status: reply.status, type: reply.body?.NeutronError?.type as string, message: reply.body?.NeutronError?.message as string };
}

/** A new address group of `caller`'s project, as the API shows it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function createAddressGroup(app: App, caller: Caller, attributes: Record<string, unknown> = {}): Promise<any> {
  return (await ok(app, caller, 'POST', ADDRESS_GROUPS, { address_group: { name: 'office', ...attributes } })).address_group;
}
