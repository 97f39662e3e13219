/**
 * The order of a grid view, read once and kept: the rowids of its claims in order (8 bytes
 * a claim, not the claims), so that any page of it — the middle of a million claims, sorted
 * and filtered any way — is a slice and one lookup by rowid, instead of an OFFSET that steps
 * over every row before it. Building one is what counting the view costs (the grid asks for
 * the count once per view, after its first rows are on screen).
 *
 * A snapshot is valid while no claim, or anything a view sorts or filters by, has changed
 * (casefile/claims-stamp.ts).
 */
import type Database from 'better-sqlite3';
import type { ReadableDb } from '../casefile/case-db.ts';
import { claimsStamp } from '../casefile/claims-stamp.ts';
import type { ClaimView } from './claim-order.ts';

/** Snapshots kept per connection (the views an analyst switches between). */
const KEPT = 4;

const caches = new WeakMap<Database.Database, ViewSnapshot[]>();

export interface ViewSnapshot {
  key: string;
  view: ClaimView;
  stamp: string;
  rowids: number[];
}

/** The key a view's snapshot is kept under. */
const viewKey = (view: ClaimView): string => JSON.stringify([view.sortModel, view.filterModel, view.scope]);

/** The view's snapshot if one was built since the last change. */
export function freshSnapshot(db: ReadableDb, view: ClaimView): ViewSnapshot | null {
  const key = viewKey(view);
  const list = caches.get(db);
  const found = list?.find((s) => s.key === key);
  if (!list || !found) return null;
  if (found.stamp !== claimsStamp(db)) {
    list.splice(list.indexOf(found), 1);
    return null;
  }
  // Most recently used first.
  list.splice(list.indexOf(found), 1);
  list.unshift(found);
  return found;
}

/** Builds and keeps the snapshot of a view (`read` returns its rowids in order). */
export function buildSnapshot(db: ReadableDb, view: ClaimView, read: () => number[]): ViewSnapshot {
  const stamp = claimsStamp(db);
  const key = viewKey(view);
  // Only the view (not the page asked with it) is kept: edits test it (orders-across-edits.ts).
  const snapshot: ViewSnapshot = { key, view: { sortModel: view.sortModel, filterModel: view.filterModel, scope: view.scope }, stamp, rowids: read() };
  const list = (caches.get(db) ?? []).filter((s) => s.key !== key && s.stamp === stamp);
  list.unshift(snapshot);
  caches.set(db, list.slice(0, KEPT));
  return snapshot;
}

/**
 * After a write that cannot have moved a claim in the views `keep` accepts: their snapshots,
 * if they were current just before it (`before`), are current again.
 */
export function carrySnapshots(db: ReadableDb, before: string, keep: (view: ClaimView) => boolean): void {
  const after = claimsStamp(db);
  for (const snapshot of caches.get(db) ?? []) if (snapshot.stamp === before && keep(snapshot.view)) snapshot.stamp = after;
}

/** Drops the kept snapshots of a connection (tests read each view every way in turn). */
export function forgetSnapshots(db: ReadableDb): void {
  caches.delete(db);
}
