import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isForeignKeyViolation, isUniqueViolation } from './constraint-violations.js';

let db: Database.Database | undefined;
afterEach(() => db?.close());

function failureOf(statement: () => unknown): unknown {
  try {
    statement();
  } catch (error) {
    return error;
  }
  throw new Error('the statement did not fail');
}

describe('constraint violations', () => {
  it("tells SQLite's unique, primary key and foreign key failures apart", () => {
    db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    db.exec('CREATE TABLE parents (id TEXT PRIMARY KEY, name TEXT UNIQUE); CREATE TABLE children (parent_id TEXT REFERENCES parents (id))');
    db.exec("INSERT INTO parents VALUES ('p1', 'one')");
    const duplicateKey = failureOf(() => db?.exec("INSERT INTO parents VALUES ('p1', 'two')"));
    const duplicateName = failureOf(() => db?.exec("INSERT INTO parents VALUES ('p2', 'one')"));
    const missingParent = failureOf(() => db?.exec("INSERT INTO children VALUES ('nobody')"));
    expect([duplicateKey, duplicateName, missingParent].map(isUniqueViolation)).toEqual([true, true, false]);
    expect([duplicateKey, duplicateName, missingParent].map(isForeignKeyViolation)).toEqual([false, false, true]);
  });

  it("reads PostgreSQL's SQLSTATE codes, and nothing else as a violation", () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isForeignKeyViolation({ code: '23503' })).toBe(true);
    for (const other of [{ code: '40001' }, { code: 23505 }, new Error('boom'), null, undefined, 'SQLITE_CONSTRAINT_UNIQUE']) {
      expect(isUniqueViolation(other)).toBe(false);
      expect(isForeignKeyViolation(other)).toBe(false);
    }
  });
});
