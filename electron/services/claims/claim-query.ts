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

/** FROM … WHERE … ORDER BY … of a view, with its parameters. */
export function viewSql(db: ReadableDb, view: ClaimView): { from: string; where: string; orderBy: string; params: unknown[]; countFrom: string } {
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
  const joinsFor = (joins: Set<Join>) => [...joins].sort().map((j) => JOIN_SQL[j]).join(' ');
  return {
    from: `claims c ${joinsFor(new Set([...filterJoins, ...sortJoins]))}`,
    countFrom: `claims c ${joinsFor(filterJoins)}`,
    where: parts.join(' AND '),
    orderBy: order.join(', '),
    params,
  };
}

export interface ClaimPage {
  rows: ClaimRow[];
  total: number | null;
  tookMs: number;
}

export function queryClaims(db: ReadableDb, query: ClaimView & { startRow: number; endRow: number; count: boolean }): ClaimPage {
  const started = performance.now();
  const sql = viewSql(db, query);
  const ids = statement(db, `SELECT c.id FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...sql.params, query.endRow - query.startRow, query.startRow) as string[];
  let total: number | null = null;
  if (query.count) total = statement(db, `SELECT count(*) FROM ${sql.countFrom} WHERE ${sql.where}`).pluck().get(...sql.params) as number;
  const rows = claimRows(db, ids);
  return { rows, total, tookMs: performance.now() - started };
}

/** Every id of a view in order, up to `limit` (for exports). */
export function viewIds(db: ReadableDb, view: ClaimView, limit: number): string[] {
  const sql = viewSql(db, view);
  return statement(db, `SELECT c.id FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ?`)
    .pluck()
    .all(...sql.params, limit) as string[];
}
