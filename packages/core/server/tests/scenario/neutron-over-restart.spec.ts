import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TempDir, makeTempDir } from '../host/fixtures.js';
import { type ServerProcess, assertServerBuilt, freePort, runServerProcess, startServerProcess } from '../../src/testing.js';
import { coreMigrations } from '../../src/neutron/migrations/index.js';

let dir: TempDir;
let running: ServerProcess | undefined;

beforeAll(assertServerBuilt);
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
    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    const created = await request('/v2.0/networks', 'demo', { method: 'POST', body: { network: { name: 'backend' } } });
    expect(created.status).toBe(201);
    const { network } = (await created.json()) as { network: { id: string; name: string; project_id: string } };
    expect(network).toMatchObject({ name: 'backend', project_id: 'demo' });
    await running.stop();

    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    const listed = (await (await request('/v2.0/networks', 'demo')).json()) as { networks: Array<{ id: string; name: string }> };
    expect(listed.networks.map((entry) => [entry.id, entry.name])).toEqual([[network.id, 'backend']]);
    const other = (await (await request('/v2.0/networks', 'other')).json()) as { networks: unknown[] };
    expect(other.networks).toEqual([]);
    expect((await request(`/v2.0/networks/${network.id}`, 'other')).status).toBe(404);
  });
});

describe('switchyard-server --list-migrations', () => {
  it('prints the history of the configured database, owner and stability included, without serving', async () => {
    const before = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml', '--list-migrations'] });
    expect(before.code).toBe(0);
    expect(before.stdout).toBe('No migrations have run on this database yet.\n');

    running = await startServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml'] });
    await running.stop();
    const after = await runServerProcess({ cwd: dir.root, args: ['--config', 'switchyard.toml', '--list-migrations'] });
    expect(after.code).toBe(0);
    const [header, ...rows] = after.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^OWNER\s+MIGRATION\s+STABILITY\s+APPLIED AT$/);
    // Every core migration the code ships, in order: the list grows with each release.
    const shipped = Object.keys(coreMigrations).sort();
    expect(shipped.slice(0, 4)).toEqual(['0001-networks', '0002-subnets', '0003-ports', '0004-routers']);
    expect(rows.map((row) => row.split(/\s+/).slice(0, 3))).toEqual(shipped.map((name) => ['core', name, 'stable']));
  });
});
