/**
 * The order of a grid view, read once and kept: the rowids of its claims in order (8 bytes
 * a claim, not the claims), so that any page of it — the middle of a million claims, sorted
 * and filtered any way — is a slice and one lookup by rowid, instead of an OFFSET that steps
 * over every row before it. Building one is what counting the view costs (the grid asks for
 * the count once per view, after its first rows are on screen).
 *
 * A snapshot is valid while no claim, or anything a view sorts or filters by, has changed.
 * Changes made on this connection are counted by TEMP triggers (they live and die with the
 * connection and are not part of the case file); changes made by another connection (the
 * CLI, a merge in another process) move PRAGMA data_version.
 */
import type Database from 'better-sqlite3';
import type { ReadableDb } from '../casefile/case-db.ts';
import { statement } from '../casefile/case-db.ts';

/** The tables whose rows a view sorts or filters by. */
const WATCHED = ['claims', 'claim_places', 'claim_tags', 'sources', 'documents', 'places', 'tags'];

/** Snapshots kept per connection (the views an analyst switches between). */
const KEPT = 4;

export interface ViewSnapshot {
  key: string;
  stamp: string;
  rowids: number[];
  buildMs: number;
}

const installed = new WeakSet<Database.Database>();
const caches = new WeakMap<Database.Database, ViewSnapshot[]>();

function installCounter(db: ReadableDb): void {
  if (installed.has(db)) return;
  const triggers = WATCHED.flatMap((table) =>
    ['INSERT', 'UPDATE', 'DELETE'].map(
      (op) => `CREATE TEMP TRIGGER IF NOT EXISTS grid_generation_${table}_${op.toLowerCase()} AFTER ${op} ON main.${table} BEGIN UPDATE grid_generation SET n = n + 1; END;`,
    ),
  );
  // Table names come from WATCHED above, never from input.
  const sql = ['CREATE TEMP TABLE IF NOT EXISTS grid_generation (n INTEGER NOT NULL);', 'INSERT INTO grid_generation (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM grid_generation);', ...triggers].join('\n');
  db.exec(sql);
  installed.add(db);
}

/** Changes when anything a view reads may have changed. */
export function writeStamp(db: ReadableDb): string {
  installCounter(db);
  const local = statement(db, 'SELECT n FROM temp.grid_generation').pluck().get() as number;
  const others = statement(db, 'PRAGMA data_version').pluck().get() as number;
  return `${local}:${others}`;
}

/** The view's snapshot if one was built since the last change. */
export function freshSnapshot(db: ReadableDb, key: string): ViewSnapshot | null {
  const list = caches.get(db);
  const found = list?.find((s) => s.key === key);
  if (!list || !found) return null;
  if (found.stamp !== writeStamp(db)) {
    list.splice(list.indexOf(found), 1);
    return null;
  }
  // Most recently used first.
  list.splice(list.indexOf(found), 1);
  list.unshift(found);
  return found;
}

/** Builds and keeps the snapshot of a view (`read` returns its rowids in order). */
export function buildSnapshot(db: ReadableDb, key: string, read: () => number[]): ViewSnapshot {
  const stamp = writeStamp(db);
  const started = performance.now();
  const snapshot: ViewSnapshot = { key, stamp, rowids: read(), buildMs: 0 };
  snapshot.buildMs = performance.now() - started;
  const list = (caches.get(db) ?? []).filter((s) => s.key !== key && s.stamp === stamp);
  list.unshift(snapshot);
  caches.set(db, list.slice(0, KEPT));
  return snapshot;
}

/** Drops the kept snapshots of a connection (tests read each view every way in turn). */
export function forgetSnapshots(db: ReadableDb): void {
  caches.delete(db);
}
