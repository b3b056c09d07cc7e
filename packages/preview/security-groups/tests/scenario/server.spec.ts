import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, freePort, startServerProcess } from '@switchyard/server/testing';
import { assertBuilt, writeConfigDirectory } from './server-process.js';

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
    '[preview]',
    'enabled = ["security-groups"]',
    '[plugins.security-groups]',
    'max_items_per_project = 10',
    '',
  ].join('\n');
}

function send(server: ServerProcess, method: string, path: string, body?: unknown, project = 'scenario'): Promise<Response> {
  const headers: Record<string, string> = { 'x-project-id': project };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${server.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe('security-groups in a running switchyard-server', () => {
  it('is loaded from its installed package, warned about, and keeps security_groups_items and their updates across a restart', async () => {
    directory = writeConfigDirectory(await operatorConfig());
    running = await startServerProcess({ cwd: directory.root, args: ['--config', 'switchyard.toml'] });
    const created = await send(running, 'POST', '/v2.0/security-groups/items', { security_groups_item: { name: 'kept' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-switchyard-stability')).toBe('preview');
    expect(running.output()).toContain('security-groups is a preview service');
    const { security_groups_item: item } = (await created.json()) as { security_groups_item: { id: string } };
    expect((await send(running, 'PUT', `/v2.0/security-groups/items/${item.id}`, { security_groups_item: { admin_state_up: false } })).status).toBe(200);
    expect((await running.stop()).code).toBe(0);

    running = await startServerProcess({ cwd: directory.root, args: ['--config', 'switchyard.toml'] });
    const listed = await send(running, 'GET', '/v2.0/security-groups/items?fields=name&fields=admin_state_up');
    expect(await listed.json()).toEqual({ security_groups_items: [{ name: 'kept', admin_state_up: false }] });
    expect((await send(running, 'GET', `/v2.0/security-groups/items/${item.id}`, undefined, 'elsewhere')).status).toBe(404);
  });
});
