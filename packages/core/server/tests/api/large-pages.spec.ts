import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Database, openDatabase } from '@switchyard/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestAppOn, call, create, projectA } from './neutron-test-app.js';

/** More rows than SQLite binds in one statement (32,766): a page's present queries must slice their IN lists. */
const BEYOND_PARAMETER_LIMIT = 33_000;

/**
 * Regression: an unlimited list (`limit=0`) of more resources than the database binds parameters
 * in one statement was a 500 ("too many SQL variables"): loading the page's subnets, addresses
 * and tags put every id of the page in one IN list.
 */
describe('an unlimited list larger than the database parameter limit', () => {
  let app: FastifyInstance;
  let database: Database;
  let folder: string;

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'large-pages-'));
    const url = `sqlite:${path.join(folder, 'db.sqlite')}`;
    app = await buildTestAppOn(url);
    // The rows are copied in SQL: 33,000 API calls would take minutes.
    database = await openDatabase({ url });
  });
  afterEach(async () => {
    await app.close();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** Copies the one row of `table` until it has `count` rows, each with its own id (and MAC for ports). */
  async function cloneRows(table: 'networks' | 'ports', count: number): Promise<void> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const db = database.db as any;
    const [template] = await db.selectFrom(table).selectAll().execute();
    const rows = Array.from({ length: count - 1 }, (_, index) => ({
      ...template,
      id: `${table}-clone-${index}`,
      ...(table === 'ports' ? { mac_address: `fa:16:3e:${[16, 8, 0].map((shift) => ((index >> shift) & 0xff).toString(16).padStart(2, '0')).join(':')}` } : {}),
    }));
    await db.transaction().execute(async (trx: typeof db) => {
      for (let start = 0; start < rows.length; start += 500) await trx.insertInto(table).values(rows.slice(start, start + 500)).execute();
    });
  }

  it('answers every network, each with its subnets and tags', async () => {
    const network = await create(app, projectA, 'network', { name: 'many' });
    await create(app, projectA, 'subnet', { network_id: network.id, ip_version: 4, cidr: '10.0.0.0/24' });
    await cloneRows('networks', BEYOND_PARAMETER_LIMIT);
    const response = await call(app, projectA, 'GET', '/v2.0/networks?limit=0');
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    const { networks } = response.json() as { networks: Array<{ id: string; subnets: string[]; tags: string[] }> };
    expect(networks).toHaveLength(BEYOND_PARAMETER_LIMIT);
    expect(networks.find((shown) => shown.id === network.id)?.subnets).toHaveLength(1);
  });

  it('answers every port, each with its addresses', async () => {
    const network = await create(app, projectA, 'network', { name: 'many' });
    await create(app, projectA, 'port', { network_id: network.id });
    await cloneRows('ports', BEYOND_PARAMETER_LIMIT);
    const response = await call(app, projectA, 'GET', '/v2.0/ports?limit=0');
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    expect((response.json() as { ports: unknown[] }).ports).toHaveLength(BEYOND_PARAMETER_LIMIT);
  });
});
