import { sql } from 'kysely';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ServerProcess, assertServerBuilt, freePort, runServerProcess, startServerProcess } from '../../src/testing.js';
import { type TempDir, makeTempDir } from '../host/fixtures.js';
import { type ScratchDatabase, createScratchDatabase } from './scratch-database.js';

/**
 * What an operator's replicas do on one PostgreSQL database: start together on an empty one
 * (exactly one migrates), and refuse to serve a database a newer release migrated.
 */
let scratch: ScratchDatabase;
let dir: TempDir;
const started: ServerProcess[] = [];

beforeAll(assertServerBuilt);
beforeEach(async () => {
  scratch = await createScratchDatabase('switchyard_replicas');
  dir = makeTempDir();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
  await scratch.drop();
  dir.remove();
});

async function writeConfig(name: string): Promise<string> {
  const lines = ['[server]', `port = ${await freePort()}`, '[database]', `url = "${scratch.url}"`, 'pool_size = 3', '[metrics]', 'enabled = "yes"'];
  dir.write(name, `${lines.join('\n')}\n`);
  return name;
}

describe('replicas starting at once on one PostgreSQL database', () => {
  it('all serve; exactly one ran the migrations', async () => {
    const configs = await Promise.all(['a.toml', 'b.toml', 'c.toml', 'd.toml'].map(writeConfig));
    started.push(...(await Promise.all(configs.map((config) => startServerProcess({ cwd: dir.root, args: ['--config', config] })))));

    const migrators = started.filter((server) => server.logEntries().some((entry) => /^applied \d+ migrations$/.test(entry.msg ?? '')));
    expect(migrators).toHaveLength(1);
    for (const server of started) {
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
    }
    const { rows } = await sql<{ owner: string; runs: string }>`
      SELECT owner, count(*) AS runs FROM switchyard_migration_history GROUP BY owner, name HAVING count(*) > 1`.execute(scratch.database.db);
    expect(rows).toEqual([]);
    const metrics = await (await fetch(`${started[0].url}/metrics`)).text();
    expect(metrics).toContain('switchyard_db_pool_max_connections 3');
    expect(metrics).toMatch(/^switchyard_db_pool_connections \d+$/m);
  });

  it('a replica older than the database refuses to start, naming the migrations it lacks', async () => {
    const config = await writeConfig('current.toml');
    started.push(await startServerProcess({ cwd: dir.root, args: ['--config', config] }));
    await sql`INSERT INTO switchyard_migrations_core (name, timestamp) VALUES ('9999_from_a_newer_release', '2030-01-01T00:00:00.000Z')`.execute(
      scratch.database.db,
    );

    const older = await runServerProcess({ cwd: dir.root, args: ['--config', await writeConfig('older.toml')] });
    expect(older.code).toBe(1);
    expect(older.stderr).toContain(
      'the database has migrations this server does not know (core/9999_from_a_newer_release): a newer release of switchyard-server migrated it',
    );
    // The replica already serving notices too and leaves the load balancer's rotation.
    const ready = await fetch(`${started[0].url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({
      status: 'unavailable',
      reason: 'the database was migrated by a newer release (core/9999_from_a_newer_release)',
    });
  });
});
