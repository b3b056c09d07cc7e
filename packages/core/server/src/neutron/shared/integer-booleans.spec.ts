import { type Database, openDatabase } from '@switchyard/db';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntegerBooleansPlugin, isSet } from './integer-booleans.js';

describe('IntegerBooleansPlugin', () => {
  let database: Database;
  beforeEach(async () => {
    database = await openDatabase({ url: 'sqlite::memory:' });
    await database.db.schema.createTable('flags').addColumn('id', 'text').addColumn('on', 'integer').execute();
  });
  afterEach(async () => {
    await database.close();
  });

  it('stores booleans as 0/1 and filters by them, also in lists and literals', async () => {
    const db = database.db.withPlugin(new IntegerBooleansPlugin());
    await db.insertInto('flags').values([{ id: 'a', on: true }, { id: 'b', on: false }]).execute();
    await db.updateTable('flags').set({ on: true }).where('id', '=', 'b').where('on', '=', false).execute();
    expect(await database.db.selectFrom('flags').select(['id', 'on']).orderBy('id').execute()).toEqual([
      { id: 'a', on: 1 },
      { id: 'b', on: 1 },
    ]);
    const listed = await db.selectFrom('flags').select('id').where('on', 'in', [true]).execute();
    expect(listed).toHaveLength(2);
    const literal = await db.selectFrom('flags').select('id').where('on', 'in', [sql.lit(false)]).execute();
    expect(literal).toEqual([]);
  });

  it('reads stored flags back as booleans', () => {
    expect([isSet(1), isSet(0), isSet(true), isSet(false)]).toEqual([true, false, true, false]);
  });
});
