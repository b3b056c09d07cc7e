import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('withStatementCache', () => {
  const connection = new BetterSqlite3(':memory:');
  afterEach(() => connection.exec('DROP TABLE IF EXISTS items'));

  it('returns the same prepared statement for the same SQL, and it still runs correctly', () => {
    const database = withStatementCache(connection);
    database.prepare('CREATE TABLE items (id INTEGER)').run([]);
    const insert = database.prepare('INSERT INTO items (id) VALUES (?)');
    insert.run([1]);
    expect(database.prepare('INSERT INTO items (id) VALUES (?)')).toBe(insert);
    database.prepare('INSERT INTO items (id) VALUES (?)').run([2]);
    expect(database.prepare('SELECT id FROM items ORDER BY id').all([])).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('forgets the least recently used statement beyond its capacity', () => {
    const database = withStatementCache(connection, 2);
    const first = database.prepare('SELECT 1');
    const second = database.prepare('SELECT 2');
    expect(database.prepare('SELECT 1')).toBe(first);
    database.prepare('SELECT 3');
    expect(database.prepare('SELECT 1')).toBe(first);
    expect(database.prepare('SELECT 2')).not.toBe(second);
  });
});
