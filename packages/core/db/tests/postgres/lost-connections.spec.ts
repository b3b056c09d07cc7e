import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/open-database.js';
import { type DatabaseUnderTest, createDatabaseUnderTest } from '../../src/testing/database-under-test.js';

let underTest: DatabaseUnderTest;
let server: Database;
let admin: Database;

beforeEach(async () => {
  underTest = await createDatabaseUnderTest();
  server = await underTest.open();
  admin = await underTest.open();
});

afterEach(async () => {
  await underTest.dispose();
});

describe('a PostgreSQL server that ends idle connections (a restart, pg_terminate_backend)', () => {
  it('leaves the process running and the pool serving: the next query opens a new connection', async () => {
    const before = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(server.db);
    const [{ pid }] = before.rows;
    await sql`SELECT pg_terminate_backend(${pid})`.execute(admin.db);
    // The terminated connection's error reaches the pool while it is idle; without a listener
    // Node would throw it as an uncaught 'error' event and vitest would report it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(server.db);
    expect(after.rows[0].pid).not.toBe(pid);
  });
});
