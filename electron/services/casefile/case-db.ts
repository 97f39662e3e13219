/**
 * Typed handles on a case database. A `ReadableDb` can only be passed to read queries;
 * a `WritableDb` to anything. Both are the same better-sqlite3 object at run time: the
 * brand exists so a read path cannot write by accident (the idea is Signal Desktop's).
 */
import type Database from 'better-sqlite3';

declare const readable: unique symbol;
declare const writable: unique symbol;

export type ReadableDb = Database.Database & { readonly [readable]: true };
export type WritableDb = ReadableDb & { readonly [writable]: true };

export function asReadable(db: Database.Database): ReadableDb {
  return db as ReadableDb;
}

export function asWritable(db: Database.Database): WritableDb {
  if (db.readonly) throw new Error('This case was opened read-only.');
  return db as WritableDb;
}

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement for `sql` on `db`, compiled once per connection. Queries built from
 * identifiers (never from input: see synced-tables.ts) are cached the same way.
 */
export function statement(db: ReadableDb, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
