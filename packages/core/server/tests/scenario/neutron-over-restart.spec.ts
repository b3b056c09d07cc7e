import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, makeTempDir } from '../host/fixtures.js';
import { type RunningProcess, assertBuilt, freePort, startServerProcess } from './server-process.js';

let dir: TempDir;
let running: RunningProcess | undefined;

beforeAll(assertBuilt);
beforeEach(async () => {
  dir = makeTempDir();
  dir.write('switchyard.toml', `[server]\nport = ${await freePort()}\n[database]\nurl = "sqlite:state/switchyard.db"\n`);
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  dir.remove();
});

function request(path: string, project: string, init: { method?: string; body?: unknown } = {}) {
  return fetch(`${running?.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'content-type': 'application/json', 'x-project-id': project },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

describe('switchyard-server: Neutron networks over a restart', () => {
  it('keeps a created network, visible to its project only', async () => {
    running = await startServerProcess(['--config', 'switchyard.toml'], dir.root);
    const created = await request('/v2.0/networks', 'demo', { method: 'POST', body: { network: { name: 'backend' } } });
    expect(created.status).toBe(201);
    const { network } = (await created.json()) as { network: { id: string; name: string; project_id: string } };
    expect(network).toMatchObject({ name: 'backend', project_id: 'demo' });
    await running.stop();

    running = await startServerProcess(['--config', 'switchyard.toml'], dir.root);
    const listed = (await (await request('/v2.0/networks', 'demo')).json()) as { networks: Array<{ id: string; name: string }> };
    expect(listed.networks.map((entry) => [entry.id, entry.name])).toEqual([[network.id, 'backend']]);
    const other = (await (await request('/v2.0/networks', 'other')).json()) as { networks: unknown[] };
    expect(other.networks).toEqual([]);
    expect((await request(`/v2.0/networks/${network.id}`, 'other')).status).toBe(404);
  });
});
