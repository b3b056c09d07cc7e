import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readStabilityMetadata } from '@switchyard/sdk';
import { type ServerProcess, freePort, startServerProcess } from '@switchyard/server/testing';
import { assertBuilt, writeConfigDirectory } from './server-process.js';

/** What the server labels the plugin: its package.json's stability, which promote changes. */
const { stability } = readStabilityMetadata(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')), 'package.json');

let directory: ReturnType<typeof writeConfigDirectory> | undefined;
let running: ServerProcess | undefined;

beforeAll(assertBuilt);
afterEach(async () => {
  await running?.stop();
  running = undefined;
  directory?.remove();
});

async function operatorConfig(): Promise<string> {
  return [
    'service_plugins = ["security-groups"]',
    '[server]',
    `port = ${await freePort()}`,
    '[database]',
    'url = "sqlite:state/switchyard.db"',
    ...(stability === 'preview' ? ['[preview]', 'enabled = ["security-groups"]'] : []),
    '',
  ].join('\n');
}

function send(server: ServerProcess, method: string, path: string, body?: unknown, project = 'scenario'): Promise<Response> {
  const headers: Record<string, string> = { 'x-project-id': project };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe('security-groups in a running switchyard-server', () => {
  // Two starts and a stop, each allowed the harness's 15 s on a busy machine.
  it(`is loaded from its installed package, warned about while a preview (${stability}), and keeps groups, rules and the default group across a restart`, async () => {
    directory = writeConfigDirectory(await operatorConfig());
    running = await startServerProcess({ cwd: directory.root, args: ['--config', 'switchyard.toml'] });
    const created = await send(running, 'POST', '/v2.0/security-groups', { security_group: { name: 'web' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-switchyard-stability')).toBe(stability);
    expect(running.output().includes('security-groups is a preview service')).toBe(stability === 'preview');
    const { security_group: group } = (await created.json()) as { security_group: { id: string } };
    const rule = { security_group_id: group.id, direction: 'ingress', protocol: 'tcp', port_range_min: 443, port_range_max: 443 };
    expect((await send(running, 'POST', '/v2.0/security-group-rules', { security_group_rule: rule })).status).toBe(201);
    expect((await running.stop()).code).toBe(0);

    running = await startServerProcess({ cwd: directory.root, args: ['--config', 'switchyard.toml'] });
    const listed = await send(running, 'GET', '/v2.0/security-groups?fields=name&sort_key=name');
    expect(await listed.json()).toEqual({ security_groups: [{ name: 'default' }, { name: 'web' }] });
    const duplicate = await send(running, 'POST', '/v2.0/security-group-rules', { security_group_rule: rule });
    expect(duplicate.status).toBe(409);
    expect((await send(running, 'GET', `/v2.0/security-groups/${group.id}`, undefined, 'elsewhere')).status).toBe(404);
  }, 60_000);
});
