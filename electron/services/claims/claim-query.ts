/**
 * Pages of claims for the grid's infinite row model, sorted and filtered in SQL.
 *
 * How a page is read, cheapest first:
 * 1. From the view's snapshot (view-snapshots.ts), once it has been read (by the count of a
 *    narrowed view, or by the first page far down): a slice of rowids and one lookup,
 *    wherever the page is.
 * 2. Near the top, before the count: straight from the indexes. A view that nothing narrows
 *    walks its order's indexes (claim-order.ts). A narrowed view sorted by one claims column
 *    (or not sorted) is probed: the top rows of that column's index are read and filtered,
 *    and if they hold the page, that is the page (rows further down cannot come before them).
 * 3. Otherwise the snapshot is built first. This bounds the worst case (a rare filter, a sort
 *    no index serves) at one scan and sort of the matching claims.
 */
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { segmentSelect, viewOrderSql, walkSegments, type ClaimView, type ViewOrderSql } from './claim-order.ts';
import { claimRows, idsOfRowids } from './claim-rows.ts';
import { buildSnapshot, freshSnapshot, type ViewSnapshot } from './view-snapshots.ts';

export interface QueryTuning {
  /** Pages ending above this row may be read straight from the indexes (2.). */
  directRows: number;
  /** How many index rows a probe reads, tried in turn. */
  probeRows: number[];
}

const TUNING: QueryTuning = { directRows: 1000, probeRows: [2_000, 20_000] };


/** Every rowid of the view in order. */
function readOrder(db: ReadableDb, order: ViewOrderSql): number[] {
  if (!order.narrowed) return order.segments.flatMap((segment) => statement(db, segmentSelect(segment)).pluck().all(...segment.params) as number[]);
  // A narrowed view: read what matches the cheapest way and sort it (see `sorted`).
  return statement(db, segmentSelect(order.sorted)).pluck().all(...order.sorted.params) as number[];
}

export function viewSnapshot(db: ReadableDb, view: ClaimView): ViewSnapshot {
  return freshSnapshot(db, view) ?? buildSnapshot(db, view, () => readOrder(db, viewOrderSql(db, view)));
}

/** The top rows of a narrowed view from the top `depth` rows of its index, or null when they do not hold the page. */
function probe(db: ReadableDb, order: ViewOrderSql, index: string, depth: number, start: number, limit: number): number[] | null {
  const { plain } = order;
  const top = `SELECT c.rowid FROM claims c INDEXED BY ${index} WHERE c.deleted_at IS NULL ORDER BY ${plain.orderBy} LIMIT ?`;
  const rows = statement(db, `SELECT c.rowid FROM ${plain.from} WHERE c.rowid IN (${top}) AND ${plain.where} ORDER BY ${plain.orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(depth, ...plain.params, limit, start) as number[];
  if (rows.length === limit) return rows;
  // Fewer rows than asked: the answer only if the probe saw every live claim.
  const seen = statement(db, `SELECT count(*) FROM (SELECT 1 FROM claims c INDEXED BY ${index} WHERE c.deleted_at IS NULL LIMIT ?)`).pluck().get(depth) as number;
  return seen < depth ? rows : null;
}

/** Rowids [start, start + limit) of a view, read without a snapshot when that is cheap; null when it is not. */
function directPage(db: ReadableDb, view: ClaimView, start: number, limit: number, tuning: QueryTuning): number[] | null {
  if (start + limit > tuning.directRows) return null;
  const order = viewOrderSql(db, view);
  if (!order.narrowed) return walkSegments(db, order.segments, start, limit);
  if (!order.index) return null;
  for (const depth of tuning.probeRows) {
    const rows = probe(db, order, order.index, depth, start, limit);
    if (rows) return rows;
  }
  return null;
}

export interface ClaimPage {
  rows: ClaimRow[];
  total: number | null;
  tookMs: number;
}

export function queryClaims(db: ReadableDb, query: ClaimView & { startRow: number; endRow: number; count: boolean }, tuning = TUNING): ClaimPage {
  const started = performance.now();
  const limit = query.endRow - query.startRow;
  let snapshot = freshSnapshot(db, query);
  let rowids = snapshot ? null : directPage(db, query, query.startRow, limit, tuning);
  if (!rowids) {
    snapshot ??= viewSnapshot(db, query);
    rowids = snapshot.rowids.slice(query.startRow, query.endRow);
  }
  const rows = claimRows(db, idsOfRowids(db, rowids));
  return { rows, total: query.count ? viewTotal(db, query) : null, tookMs: performance.now() - started };
}

/**
 * How many claims a view holds. A view nothing narrows is every live claim, counted from
 * the smallest index (a few tens of ms on a million); its order is read when a page far
 * down asks for it, not before, so that changing the sort again is not kept waiting. A
 * narrowed view can only be counted by reading what matches, which is what its order
 * costs too: it is kept for its pages.
 */
function viewTotal(db: ReadableDb, view: ClaimView): number {
  const kept = freshSnapshot(db, view);
  if (kept) return kept.rowids.length;
  if (!viewOrderSql(db, view).narrowed) return statement(db, 'SELECT count(*) FROM claims c INDEXED BY claims_live_id WHERE c.deleted_at IS NULL').pluck().get() as number;
  return viewSnapshot(db, view).rowids.length;
}

export function countClaims(db: ReadableDb, view: ClaimView): { total: number; tookMs: number } {
  const started = performance.now();
  const total = viewTotal(db, view);
  return { total, tookMs: performance.now() - started };
}

/** Every id of a view in order, up to `limit` (for exports). */
export function viewIds(db: ReadableDb, view: ClaimView, limit: number): string[] {
  return idsOfRowids(db, viewSnapshot(db, view).rowids.slice(0, limit));
}
