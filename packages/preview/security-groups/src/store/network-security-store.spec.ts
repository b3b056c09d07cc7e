import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { forgetNetwork } from '../networks/network-security.js';
import { securityGroupsMigrations } from '../migrations/index.js';
import { networkSecurityOf, setNetworkSecurity } from './network-security-store.js';
import type { SecurityGroupDb } from './tables.js';

/** More ids than SQLite binds in one statement (32,766), as an unlimited network list holds. */
const PAGE = Array.from({ length: 33_000 }, (_, index) => `network-${index}`);

let database: Database;
let db: SecurityGroupDb;

beforeEach(async () => {
  database = await openDatabase({ url: 'sqlite::memory:' });
  await migrateToLatest(database.db, [{ owner: 'security-groups', stability: 'preview', migrations: securityGroupsMigrations }]);
  db = database.db as SecurityGroupDb;
});
afterEach(async () => {
  await database.close();
});

describe("networks' port security", () => {
  it('is stored for the networks that turned it off, set again in place, and read for more ids than one statement binds', async () => {
    const last = PAGE.at(-1) as string;
    await setNetworkSecurity(db, last, true);
    await setNetworkSecurity(db, last, false);
    await setNetworkSecurity(db, last, false);
    await setNetworkSecurity(db, 'network-0', false);
    await setNetworkSecurity(db, 'network-0', true);
    expect(await networkSecurityOf(db, PAGE)).toEqual(new Map([[last, false]]));
    // On is the default: a network that has it on holds no row.
    expect(await db.selectFrom('network_port_security').select('network_id').execute()).toEqual([{ network_id: last }]);
  });

  it("is forgotten with the network (the networkDeleted hook), the other networks' kept", async () => {
    await setNetworkSecurity(db, 'gone', false);
    await setNetworkSecurity(db, 'kept', false);
    await forgetNetwork(db, 'gone');
    expect(await networkSecurityOf(db, ['gone', 'kept'])).toEqual(new Map([['kept', false]]));
  });
});
