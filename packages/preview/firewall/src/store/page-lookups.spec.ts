import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, migrateToLatest, openDatabase } from '@switchyard/db';
import { firewallMigrations } from '../migrations/index.js';
import { portsOfGroups } from './groups-store.js';
import { ruleIdsOfPolicies } from './policies-store.js';
import { findRules, policiesHoldingRules } from './rules-store.js';
import { type FirewallDb, ownersOf } from './tables.js';

/** More ids than SQLite binds in one statement (32,766), as an unlimited list of groups, policies or rules holds. */
const PAGE = Array.from({ length: 33_000 }, (_, index) => `id-${index}`);

let database: Database;
let db: FirewallDb;

beforeEach(async () => {
  database = await openDatabase({ url: 'sqlite::memory:' });
  await migrateToLatest(database.db, [{ owner: 'firewall', stability: 'preview', migrations: firewallMigrations }]);
  db = database.db as FirewallDb;
});
afterEach(async () => {
  await database.close();
});

describe('what a page of firewall resources shows', () => {
  it('loads for more ids than the database binds in one statement (regression: a 500 on limit=0)', async () => {
    expect((await portsOfGroups(db, PAGE)).size).toBe(0);
    expect((await ruleIdsOfPolicies(db, PAGE)).size).toBe(0);
    expect((await policiesHoldingRules(db, PAGE)).size).toBe(0);
    expect(await findRules(db, PAGE)).toEqual([]);
    expect((await ownersOf(db, 'firewall_rules', PAGE)).size).toBe(0);
  });
});
