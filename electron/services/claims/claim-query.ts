/**
 * Pages of claims for the grid's infinite row model: the filter model, the scope (map,
 * time slider, quick search) and the sort model become one SELECT of ids with LIMIT/OFFSET,
 * then the page's rows are read by id. Sorting ends with the id, so pages never overlap.
 * The count is asked once per query, not per page.
 */
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { ClaimColumn, FilterModel, SortModel } from '../../../shared/contract/claim-grid.ts';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { claimFilterCondition } from '../places/claim-filter-sql.ts';
import { COLUMN_SQL, columnCondition, type Join } from './claim-columns.ts';
import { claimRows } from './claim-rows.ts';

export interface ClaimView {
  sortModel: SortModel;
  filterModel: FilterModel;
  scope: ClaimFilter;
}

const JOIN_SQL: Record<Join, string> = {
  source: 'LEFT JOIN sources s ON s.id = c.source_id',
  document: 'LEFT JOIN documents d ON d.id = c.document_id',
};

/**
 * Sorting by a joined table's column (source name, source grade, document title) without
 * sorting the claims: the rows of that table are walked in the order of their index and,
 * for each, its live claims by a claims index, so a page is read in order like any other.
 * Claims without that row (no source, no document) come first ascending, last descending.
 */
interface OrderedJoin {
  outer: string;
  alias: Join;
  on: string;
  claimIndex: string;
  order: string[];
  inner: string[];
  nullKey: string;
}

const ORDERED_JOINS: Partial<Record<ClaimColumn, OrderedJoin>> = {
  source: { outer: 'sources s INDEXED BY sources_name', alias: 'source', on: 'c.source_id = s.id', claimIndex: 'claims_live_source_id', order: ['s.name COLLATE NOCASE', 's.rowid'], inner: ['c.id'], nullKey: 'c.source_id' },
  reliability: { outer: 'sources s INDEXED BY sources_reliability', alias: 'source', on: 'c.source_id = s.id', claimIndex: 'claims_live_source_id', order: ['s.reliability', 's.rowid'], inner: ['c.id'], nullKey: 'c.source_id' },
  document: { outer: 'documents d INDEXED BY documents_title', alias: 'document', on: 'c.document_id = d.id', claimIndex: 'claims_live_document', order: ['d.title COLLATE NOCASE', 'd.rowid'], inner: ['c.span_start', 'c.id'], nullKey: 'c.document_id' },
};

/** FROM … WHERE … ORDER BY … of a view, with its parameters. */
export function viewSql(db: ReadableDb, view: ClaimView): { from: string; where: string; orderBy: string; params: unknown[]; countFrom: string; filterJoins: Set<Join> } {
  const scope = claimFilterCondition(db, view.scope);
  const parts = [scope.sql];
  const params = [...scope.params];
  const filterJoins = new Set<Join>();
  for (const [column, filter] of Object.entries(view.filterModel) as [ClaimColumn, NonNullable<FilterModel[ClaimColumn]>][]) {
    const condition = columnCondition(column, filter);
    parts.push(condition.sql);
    params.push(...condition.params);
    for (const join of condition.joins) filterJoins.add(join);
  }
  const sortJoins = new Set<Join>();
  const order: string[] = [];
  for (const { colId, sort } of view.sortModel) {
    const spec = COLUMN_SQL[colId];
    if (!spec.sort) throw new ApiError('invalid_input', `The ${colId} column does not sort.`);
    for (const term of spec.sort) order.push(`${term} ${sort === 'desc' ? 'DESC' : 'ASC'}`);
    for (const join of spec.joins ?? []) sortJoins.add(join);
  }
  const last = view.sortModel.at(-1)?.sort === 'desc' ? 'DESC' : 'ASC';
  // Without a sort: the order of the documents' text (document, then position in it).
  if (order.length === 0) order.push('c.document_id ASC', 'c.span_start ASC');
  order.push(`c.id ${last}`);
  return {
    from: `claims c ${joinsFor(new Set([...filterJoins, ...sortJoins]))}`,
    countFrom: `claims c ${joinsFor(filterJoins)}`,
    where: parts.join(' AND '),
    orderBy: order.join(', '),
    params,
    filterJoins,
  };
}

const joinsFor = (joins: Set<Join>): string =>
  [...joins]
    .sort()
    .map((j) => JOIN_SQL[j])
    .join(' ');

/** The ids of rows [start, start + limit) of a view. */
function pageIds(db: ReadableDb, view: ClaimView, start: number, limit: number): string[] {
  const sql = viewSql(db, view);
  const single = view.sortModel.length === 1 ? view.sortModel[0]! : null;
  const ordered = single && !view.scope.text?.trim() ? ORDERED_JOINS[single.colId] : undefined;
  if (!single || !ordered) {
    return statement(db, `SELECT c.id FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...sql.params, limit, start) as string[];
  }
  const dir = single.sort === 'desc' ? 'DESC' : 'ASC';
  const others = new Set([...sql.filterJoins].filter((j) => j !== ordered.alias));
  const nullsFrom = `claims c INDEXED BY ${ordered.claimIndex} ${joinsFor(sql.filterJoins)} WHERE ${ordered.nullKey} IS NULL AND ${sql.where}`;
  const joinedFrom = `${ordered.outer} CROSS JOIN claims c INDEXED BY ${ordered.claimIndex} ${joinsFor(others)} WHERE ${ordered.on} AND ${sql.where}`;
  const nulls = (offset: number, n: number): string[] =>
    statement(db, `SELECT c.id FROM ${nullsFrom} ORDER BY ${ordered.inner.map((t) => `${t} ${dir}`).join(', ')} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...sql.params, n, offset) as string[];
  const joined = (offset: number, n: number): string[] =>
    statement(db, `SELECT c.id FROM ${joinedFrom} ORDER BY ${[...ordered.order, ...ordered.inner].map((t) => `${t} ${dir}`).join(', ')} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...sql.params, n, offset) as string[];
  if (dir === 'ASC') {
    const nullCount = statement(db, `SELECT count(*) FROM ${nullsFrom}`).pluck().get(...sql.params) as number;
    const head = start < nullCount ? nulls(start, limit) : [];
    return head.length === limit ? head : [...head, ...joined(Math.max(0, start - nullCount), limit - head.length)];
  }
  const head = joined(start, limit);
  if (head.length === limit) return head;
  const joinedCount = statement(db, `SELECT count(*) FROM ${joinedFrom}`).pluck().get(...sql.params) as number;
  return [...head, ...nulls(Math.max(0, start - joinedCount), limit - head.length)];
}

export interface ClaimPage {
  rows: ClaimRow[];
  total: number | null;
  tookMs: number;
}

export function queryClaims(db: ReadableDb, query: ClaimView & { startRow: number; endRow: number; count: boolean }): ClaimPage {
  const started = performance.now();
  const sql = viewSql(db, query);
  const ids = pageIds(db, query, query.startRow, query.endRow - query.startRow);
  let total: number | null = null;
  if (query.count) total = statement(db, `SELECT count(*) FROM ${sql.countFrom} WHERE ${sql.where}`).pluck().get(...sql.params) as number;
  const rows = claimRows(db, ids);
  return { rows, total, tookMs: performance.now() - started };
}

/** Every id of a view in order, up to `limit` (for exports). */
export function viewIds(db: ReadableDb, view: ClaimView, limit: number): string[] {
  return pageIds(db, view, 0, limit);
}
