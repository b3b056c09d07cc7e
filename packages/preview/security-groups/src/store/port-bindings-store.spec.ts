import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { securityGroupsMigrations } from '../migrations/index.js';
import { groupsOfPorts, portSecurityOf } from './port-bindings-store.js';
import { rulesOfGroups } from './rules-store.js';
import type { SecurityGroupDb } from './tables.js';

/** More ids than SQLite binds in one statement (32,766), as an unlimited list of ports or groups holds. */
const PAGE = Array.from({ length: 33_000 }, (_, index) => `id-${index}`);

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

describe('what a page of ports or groups shows', () => {
  it('loads for more ids than the database binds in one statement (regression: a 500 on limit=0)', async () => {
    await db.insertInto('security_groups').values({ id: 'g', project_id: 'p', name: 'g', description: '', stateful: 1, shared: 0, revision_number: 1, created_at: '', updated_at: '' }).execute();
    await db.insertInto('security_group_port_bindings').values({ port_id: PAGE.at(-1) as string, security_group_id: 'g' }).execute();
    await db.insertInto('port_security').values({ port_id: PAGE.at(-1) as string, port_security_enabled: 0 }).execute();
    expect(await groupsOfPorts(db, PAGE)).toEqual(new Map([[PAGE.at(-1), ['g']]]));
    expect(await portSecurityOf(db, PAGE)).toEqual(new Map([[PAGE.at(-1), false]]));
    expect((await rulesOfGroups(db, PAGE)).size).toBe(0);
  });
});
