/**
 * A grid view (sort model, filter model, scope) as SQL that reads claim rowids in the view's
 * order. The order is a list of segments read one after another: one ORDER BY for most
 * views; for a view sorted by a joined table (source, document, reliability) or by grade
 * and not narrowed by anything, runs that each walk an index, so a page near the top costs
 * a few index steps instead of sorting a million claims. Both shapes give exactly the same
 * order (claim-columns.ts ends joined sorts with the joined row's rowid for that), so a
 * view may be read either way: claim-query.ts picks.
 */
import type { ClaimColumn, FilterModel, SortModel } from '../../../shared/contract/claim-grid.ts';
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { claimFilterCondition } from '../places/claim-filter-sql.ts';
import { COLUMN_SQL, columnCondition, type Join } from './claim-columns.ts';

export interface ClaimView {
  sortModel: SortModel;
  filterModel: FilterModel;
  scope: ClaimFilter;
}

/** SELECT c.rowid FROM `from` WHERE `where` ORDER BY `orderBy`, with the parameters of `where`. */
export interface Segment {
  from: string;
  where: string;
  params: unknown[];
  orderBy: string;
}

export interface ViewOrderSql {
  /** The view's order: these segments one after another. */
  segments: Segment[];
  /** The view as one ORDER BY (the same order as the segments). */
  plain: Segment;
  /**
   * The view as one ORDER BY that no index can serve: every term written `+term` (the same
   * order and collation) and "live" written `+c.deleted_at IS NULL`, so that no partial index
   * on live claims qualifies. SQLite then reads the matching claims the cheapest way (quick
   * search hits, ids, a source, or one scan of the table) and sorts them, instead of walking
   * some index and reading every claim out of order to test the filter (4 s instead of 0.7 s
   * on a million claims).
   */
  sorted: Segment;
  /** Whether anything narrows the view beyond "live claims" (filters, quick search, scope). */
  narrowed: boolean;
  /**
   * The partial index that reads live claims in the view's order, when the order is one
   * index on claims (no sort, or one sort on a claims column): a narrowed view can then be
   * read from the top of that index (claim-query.ts probes it).
   */
  index: string | null;
}

const LIVE = 'c.deleted_at IS NULL';

const JOIN_SQL: Record<Join, string> = {
  source: 'LEFT JOIN sources s ON s.id = c.source_id',
  document: 'LEFT JOIN documents d ON d.id = c.document_id',
};

export const joinsFor = (joins: Iterable<Join>): string =>
  [...new Set(joins)]
    .sort()
    .map((j) => JOIN_SQL[j])
    .join(' ');

/**
 * Sorting by a joined table's column without sorting the claims: the joined rows are walked
 * in the order of their index and, for each, its live claims by a claims index. Claims
 * without that row (no source, no document) come first ascending, last descending.
 */
interface OrderedJoin {
  outer: string;
  on: string;
  claimIndex: string;
  order: string[];
  inner: string[];
  nullKey: string;
}

const ORDERED_JOINS: Partial<Record<ClaimColumn, OrderedJoin>> = {
  source: { outer: 'sources s INDEXED BY sources_name', on: 'c.source_id = s.id', claimIndex: 'claims_live_source_id', order: ['s.name COLLATE NOCASE', 's.rowid'], inner: ['c.id'], nullKey: 'c.source_id' },
  reliability: { outer: 'sources s INDEXED BY sources_reliability', on: 'c.source_id = s.id', claimIndex: 'claims_live_source_id', order: ['s.reliability', 's.rowid'], inner: ['c.id'], nullKey: 'c.source_id' },
  document: { outer: 'documents d INDEXED BY documents_title', on: 'c.document_id = d.id', claimIndex: 'claims_live_document', order: ['d.title COLLATE NOCASE', 'd.rowid'], inner: ['c.span_start', 'c.id'], nullKey: 'c.document_id' },
};

const terms = (list: string[], dir: string, prefix = ''): string => list.map((t) => `${prefix}${t} ${dir}`).join(', ');

function orderedJoinSegments(join: OrderedJoin, dir: 'ASC' | 'DESC'): Segment[] {
  const nulls: Segment = { from: `claims c INDEXED BY ${join.claimIndex}`, where: `${join.nullKey} IS NULL AND ${LIVE}`, params: [], orderBy: terms(join.inner, dir) };
  const joined: Segment = { from: `${join.outer} CROSS JOIN claims c INDEXED BY ${join.claimIndex}`, where: `${join.on} AND ${LIVE}`, params: [], orderBy: terms([...join.order, ...join.inner], dir) };
  return dir === 'ASC' ? [nulls, joined] : [joined, nulls];
}

/**
 * Grade (reliability on the source, then credibility on the claim) tier by tier: for each
 * reliability in order, the claims of sources with that reliability by (credibility, id),
 * walked on claims_live_credibility, which carries source_id (migration 7). Claims without
 * a source or whose source is not graded form the first tier ascending, the last descending.
 */
function gradeSegments(db: ReadableDb, dir: 'ASC' | 'DESC'): Segment[] {
  const grades = statement(db, 'SELECT DISTINCT reliability FROM sources WHERE reliability IS NOT NULL ORDER BY reliability').pluck().all() as string[];
  const tier = (where: string, params: unknown[]): Segment => ({
    from: 'claims c INDEXED BY claims_live_credibility',
    where: `${where} AND ${LIVE}`,
    params,
    orderBy: terms(['c.credibility', 'c.id'], dir),
  });
  const tiers = [
    tier('(c.source_id IS NULL OR c.source_id IN (SELECT id FROM sources WHERE reliability IS NULL))', []),
    ...grades.map((grade) => tier('c.source_id IN (SELECT id FROM sources WHERE reliability = ?)', [grade])),
  ];
  return dir === 'ASC' ? tiers : tiers.reverse();
}

/** The SQL of a view's order. */
export function viewOrderSql(db: ReadableDb, view: ClaimView): ViewOrderSql {
  const scope = claimFilterCondition(db, view.scope);
  const conditions = [scope.sql];
  const params = [...scope.params];
  const joins: Join[] = [];
  for (const [column, filter] of Object.entries(view.filterModel) as [ClaimColumn, NonNullable<FilterModel[ClaimColumn]>][]) {
    const condition = columnCondition(column, filter);
    conditions.push(condition.sql);
    params.push(...condition.params);
    joins.push(...condition.joins);
  }
  const sorts: [string[], string][] = [];
  for (const { colId, sort } of view.sortModel) {
    const spec = COLUMN_SQL[colId];
    if (!spec.sort) throw new ApiError('invalid_input', `The ${colId} column does not sort.`);
    sorts.push([spec.sort, sort === 'desc' ? 'DESC' : 'ASC']);
    joins.push(...(spec.joins ?? []));
  }
  // Without a sort: the order of the documents' text (document, then position in it).
  if (sorts.length === 0) sorts.push([['c.document_id', 'c.span_start'], 'ASC']);
  sorts.push([['c.id'], view.sortModel.at(-1)?.sort === 'desc' ? 'DESC' : 'ASC']);
  const orderBy = (prefix: string): string => sorts.map(([list, dir]) => terms(list, dir, prefix)).join(', ');
  const where = conditions.join(' AND ');
  const plain: Segment = { from: `claims c ${joinsFor(joins)}`.trim(), where, params, orderBy: orderBy('') };
  // claimFilterCondition starts with LIVE.
  const sorted: Segment = { ...plain, where: where.replace(LIVE, `+${LIVE}`), orderBy: orderBy('+') };
  const narrowed = where !== LIVE;
  const single = view.sortModel.length === 1 ? view.sortModel[0]! : null;
  const index = !single ? 'claims_live_document' : (COLUMN_SQL[single.colId].index ?? null);
  let segments = [plain];
  if (single && !narrowed) {
    const dir = single.sort === 'desc' ? 'DESC' : 'ASC';
    const join = ORDERED_JOINS[single.colId];
    if (join) segments = orderedJoinSegments(join, dir);
    else if (single.colId === 'grade') segments = gradeSegments(db, dir);
  }
  return { segments, plain, sorted, narrowed, index };
}

export const segmentSelect = (segment: Segment): string => `SELECT c.rowid FROM ${segment.from} WHERE ${segment.where} ORDER BY ${segment.orderBy}`;

/**
 * Rowids [start, start + limit) of the segments read one after another. A segment that ends
 * before the page starts is counted to know how far it went (only then).
 */
export function walkSegments(db: ReadableDb, segments: Segment[], start: number, limit: number): number[] {
  const rows: number[] = [];
  let skip = start;
  for (const segment of segments) {
    const need = limit - rows.length;
    if (need <= 0) break;
    const got = statement(db, `${segmentSelect(segment)} LIMIT ? OFFSET ?`)
      .pluck()
      .all(...segment.params, need, skip) as number[];
    rows.push(...got);
    if (got.length === need) break;
    if (got.length > 0) skip = 0;
    else if (skip > 0) skip = Math.max(0, skip - (statement(db, `SELECT count(*) FROM ${segment.from} WHERE ${segment.where}`).pluck().get(...segment.params) as number));
  }
  return rows;
}
