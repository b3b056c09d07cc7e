import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreMigrations } from '../../src/neutron/migrations/index.js';
import { concurrencyErrorOf } from '../../src/neutron/shared/database-errors.js';
import { type ScratchDatabase, createScratchDatabase } from './scratch-database.js';

const now = '2026-11-30T01:02:03Z';
const network = (id: string) => ({ id, project_id: 'p', name: '', description: '', admin_state_up: 1, status: 'ACTIVE', shared: 0, mtu: 1500, created_at: now, updated_at: now });
const subnet = (id: string, networkId: string) => ({
  id,
  project_id: 'p',
  network_id: networkId,
  name: '',
  description: '',
  ip_version: 4,
  cidr: '10.0.0.0/24',
  gateway_ip: null,
  enable_dhcp: 1,
  created_at: now,
  updated_at: now,
});
const port = (id: string, networkId: string, mac: string) => ({
  id,
  project_id: 'p',
  network_id: networkId,
  name: '',
  description: '',
  mac_address: mac,
  admin_state_up: 1,
  status: 'DOWN',
  device_id: '',
  device_owner: '',
  created_at: now,
  updated_at: now,
});

function failureOf(statement: Promise<unknown>): Promise<unknown> {
  return statement.then(
    () => {
      throw new Error('the statement was expected to fail');
    },
    (error: unknown) => error,
  );
}

function answerTo(error: unknown) {
  const mapped = concurrencyErrorOf(error);
  return mapped && { status: mapped.statusCode, ...mapped.toBody().NeutronError };
}

/** The same mapping as src/neutron/shared/database-errors.spec.ts, with the errors Postgres raises. */
describe('concurrencyErrorOf, with errors Postgres really raises', () => {
  let scratch: ScratchDatabase;
  let db: Database['db'];
  beforeAll(async () => {
    scratch = await createScratchDatabase('switchyard_errors');
    db = scratch.database.db;
    await migrateToLatest(db, [{ owner: 'core', stability: 'stable', migrations: coreMigrations }]);
    await db.insertInto('networks').values([network('n1'), network('n2')]).execute();
    await db.insertInto('subnets').values(subnet('s1', 'n1')).execute();
    await db.insertInto('ports').values(port('p1', 'n1', 'fa:16:3e:00:00:01')).execute();
    await db.insertInto('ip_allocations').values({ subnet_id: 's1', ip_address: '10.0.0.5', port_id: 'p1', network_id: 'n1' }).execute();
  });
  afterAll(() => scratch?.drop());

  it('answers a row naming a parent deleted meanwhile with the parent NotFound (404 NetworkNotFound)', async () => {
    const error = await failureOf(db.insertInto('ports').values(port('p2', 'gone', 'fa:16:3e:00:00:02')).execute());
    expect(answerTo(error)).toMatchObject({ status: 404, type: 'NetworkNotFound', code: 'SY_ERR_NOT_FOUND' });
    expect(answerTo(error)?.message).toBe('Network gone could not be found. It was deleted by a concurrent request; nothing was changed.');
  });

  it('answers deleting a parent that gained children meanwhile with its InUse (409 NetworkInUse, SubnetInUse)', async () => {
    const network = await failureOf(db.deleteFrom('networks').where('id', '=', 'n1').execute());
    expect(answerTo(network)).toMatchObject({ status: 409, type: 'NetworkInUse', code: 'SY_ERR_CONFLICT' });
    expect(answerTo(network)?.message).toContain('Unable to complete operation on network n1: ports added by a concurrent request');
    const subnetDeletion = await failureOf(db.deleteFrom('subnets').where('id', '=', 's1').execute());
    expect(answerTo(subnetDeletion)).toMatchObject({ status: 409, type: 'SubnetInUse' });
  });

  it('answers a unique violation with a 409 NeutronDbObjectDuplicateEntry naming the resource', async () => {
    const error = await failureOf(db.insertInto('ports').values(port('p3', 'n2', 'fa:16:3e:00:00:01')).execute());
    expect(answerTo(error)).toMatchObject({ status: 409, type: 'NeutronDbObjectDuplicateEntry' });
    expect(answerTo(error)?.message).toContain('the same port');
  });

  it('answers a deadlock and a serialization failure with a 409 ConcurrentModification to retry', async () => {
    const errors = [await deadlock(scratch.url), await serializationFailure(scratch.url)];
    expect(errors.map((error) => (error as { code?: string }).code)).toEqual(['40P01', '40001']);
    for (const error of errors) expect(answerTo(error)).toMatchObject({ status: 409, type: 'ConcurrentModification', code: 'SY_ERR_CONFLICT' });
  });

  it('leaves other failures to be a 500', async () => {
    expect(concurrencyErrorOf(await failureOf(sql`SELECT * FROM no_such_table`.execute(db)))).toBeUndefined();
    expect(concurrencyErrorOf(await failureOf(sql`SELECT 1 / 0`.execute(db)))).toBeUndefined();
  });
});

/** Two connections lock n1 and n2 in opposite orders; Postgres aborts one of them with 40P01. */
async function deadlock(url: string): Promise<unknown> {
  const [one, two] = [await openDatabase({ url }), await openDatabase({ url })];
  try {
    const lock = (id: string) => sql`UPDATE networks SET mtu = mtu WHERE id = ${id}`;
    const outcomes = await Promise.allSettled([
      one.db.transaction().execute(async (trx) => {
        await lock('n1').execute(trx);
        await sql`SELECT pg_sleep(0.2)`.execute(trx);
        await lock('n2').execute(trx);
      }),
      two.db.transaction().execute(async (trx) => {
        await lock('n2').execute(trx);
        await sql`SELECT pg_sleep(0.2)`.execute(trx);
        await lock('n1').execute(trx);
      }),
    ]);
    return outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected')?.reason;
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
}

/** A repeatable-read transaction updates a row another one changed after it began: 40001. */
async function serializationFailure(url: string): Promise<unknown> {
  const [one, two] = [await openDatabase({ url }), await openDatabase({ url })];
  try {
    const transaction = one.db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      await sql`SELECT mtu FROM networks WHERE id = 'n2'`.execute(trx);
      await sql`UPDATE networks SET mtu = mtu + 1 WHERE id = 'n2'`.execute(two.db);
      await sql`UPDATE networks SET mtu = mtu + 1 WHERE id = 'n2'`.execute(trx);
    });
    return await failureOf(transaction);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
}
