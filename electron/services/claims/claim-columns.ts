/**
 * The grid's columns as SQL: what each sorts by and how each filter kind reads it. Every
 * identifier in the grid's generated SQL comes from this table, never from input; values
 * are bound parameters. Sort expressions on claims columns have a partial index each
 * (migration 5); source, document and grade sorts read a joined table (claim-order.ts walks
 * them from indexes too). Sorts by a joined row end with its rowid, so that claims of two
 * sources with the same name never interleave: claim-order.ts reads them source by source
 * and its order must be exactly this one.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { ClaimColumn, ColumnFilter, DateCondition, NumberCondition, TextCondition } from '../../../shared/contract/claim-grid.ts';

/** Tables a condition or sort needs joined to `claims c`. */
export type Join = 'source' | 'document';

export interface ColumnSql {
  /** ORDER BY terms (each followed by the direction); absent when the column does not sort. */
  sort?: string[];
  /** The partial index on live claims that reads the claims in this sort order (claims columns only). */
  index?: string;
  /** The value text filters compare (NULL when absent). */
  text?: string;
  /** The value number filters compare. */
  number?: string;
  /** Date filters: the claim's interval [from, to] as ISO strings (either may be NULL). */
  date?: { from: string; to: string };
  /** Set filters: the value compared with the chosen values ('' stands for none). */
  set?: string;
  /**
   * For columns holding several values (places, tags, via): `exists(cond)` wraps a condition
   * on `x.value` (text) or `x.id` (set) in an EXISTS over the child rows.
   */
  exists?: (condition: string) => string;
  joins?: Join[];
}

const placesExist = (condition: string): string =>
  `EXISTS (SELECT 1 FROM claim_places cp JOIN places x ON x.id = cp.place_id WHERE cp.claim_id = c.id AND (${condition.replaceAll('x.value', 'x.name')}))`;
const tagsExist = (condition: string): string =>
  `EXISTS (SELECT 1 FROM claim_tags ct JOIN tags x ON x.id = ct.tag_id WHERE ct.claim_id = c.id AND x.deleted_at IS NULL AND (${condition.replaceAll('x.value', 'x.name')}))`;
const viaExist = (condition: string): string =>
  `EXISTS (SELECT 1 FROM json_each(c.via) j JOIN sources x ON x.id = j.value WHERE (${condition.replaceAll('x.value', 'x.name')}))`;

const GRADE = "(coalesce(s.reliability, '–') || coalesce(CAST(c.credibility AS TEXT), '–'))";

export const COLUMN_SQL: Record<ClaimColumn, ColumnSql> = {
  text: { sort: ['c.text'], index: 'claims_live_text', text: 'c.text' },
  value: { sort: ['c.value'], index: 'claims_live_value', number: 'coalesce(c.value, c.value_min, c.value_max)' },
  qualifier: { sort: ['c.qualifier'], index: 'claims_live_qualifier', set: 'c.qualifier', text: 'c.qualifier' },
  unit: { sort: ['c.unit'], index: 'claims_live_unit', text: 'c.unit', set: 'c.unit' },
  subject: { sort: ['c.subject'], index: 'claims_live_subject', text: 'c.subject' },
  eventType: { sort: ['c.event_type'], index: 'claims_live_event_type', set: 'c.event_type', text: 'c.event_type' },
  places: { exists: placesExist },
  when: { sort: ['c.when_start'], index: 'claims_live_when_start', date: { from: 'coalesce(c.when_start, c.when_end)', to: 'coalesce(c.when_end, c.when_start)' } },
  source: { sort: ['s.name COLLATE NOCASE', 's.rowid'], text: 's.name', set: 'c.source_id', joins: ['source'] },
  via: { exists: viaExist },
  document: { sort: ['d.title COLLATE NOCASE', 'd.rowid', 'c.span_start'], text: 'd.title', set: 'c.document_id', joins: ['document'] },
  status: { sort: ['c.status'], index: 'claims_live_status', set: 'c.status' },
  grade: { sort: ['s.reliability', 'c.credibility'], text: GRADE, set: GRADE, joins: ['source'] },
  reliability: { sort: ['s.reliability', 's.rowid'], set: 's.reliability', joins: ['source'] },
  credibility: { sort: ['c.credibility'], index: 'claims_live_credibility', set: 'CAST(c.credibility AS TEXT)', number: 'c.credibility' },
  tags: { exists: tagsExist },
  notes: { text: 'c.notes' },
  origin: { set: 'c.origin' },
  updatedBy: { text: 'c.updated_by', set: 'c.updated_by' },
  updatedAt: { sort: ['c.updated_at'], index: 'claims_live_updated_at', date: { from: 'c.updated_at', to: 'c.updated_at' } },
  createdAt: { sort: ['c.created_at'], index: 'claims_live_created_at', date: { from: 'c.created_at', to: 'c.created_at' } },
};

export const SORTABLE_COLUMNS = (Object.keys(COLUMN_SQL) as ClaimColumn[]).filter((c) => COLUMN_SQL[c].sort);

export interface Condition {
  sql: string;
  params: unknown[];
  joins: Set<Join>;
}

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (m) => '\\' + m);

function textCondition(expr: string, c: TextCondition, params: unknown[]): string {
  const value = c.filter ?? '';
  switch (c.type) {
    case 'blank':
      return `(${expr} IS NULL OR ${expr} = '')`;
    case 'notBlank':
      return `(${expr} IS NOT NULL AND ${expr} != '')`;
    case 'equals':
      params.push(value);
      return `${expr} = ? COLLATE NOCASE`;
    case 'notEqual':
      params.push(value);
      return `coalesce(${expr}, '') != ? COLLATE NOCASE`;
    case 'contains':
      params.push(`%${escapeLike(value)}%`);
      return `${expr} LIKE ? ESCAPE '\\'`;
    case 'notContains':
      params.push(`%${escapeLike(value)}%`);
      return `coalesce(${expr}, '') NOT LIKE ? ESCAPE '\\'`;
    case 'startsWith':
      params.push(`${escapeLike(value)}%`);
      return `${expr} LIKE ? ESCAPE '\\'`;
    case 'endsWith':
      params.push(`%${escapeLike(value)}`);
      return `${expr} LIKE ? ESCAPE '\\'`;
  }
}

function numberCondition(expr: string, c: NumberCondition, params: unknown[]): string {
  if (c.type === 'blank') return `${expr} IS NULL`;
  if (c.type === 'notBlank') return `${expr} IS NOT NULL`;
  if (c.filter === null || c.filter === undefined) throw new ApiError('invalid_input', 'A number filter needs a number.');
  const ops = { equals: '=', notEqual: '!=', lessThan: '<', lessThanOrEqual: '<=', greaterThan: '>', greaterThanOrEqual: '>=' } as const;
  if (c.type === 'inRange') {
    if (c.filterTo === null || c.filterTo === undefined) throw new ApiError('invalid_input', 'A number range needs both ends.');
    params.push(Math.min(c.filter, c.filterTo), Math.max(c.filter, c.filterTo));
    return `${expr} BETWEEN ? AND ?`;
  }
  params.push(c.filter);
  return `${expr} ${ops[c.type]} ?`;
}

/** "2020-02-03 00:00:00" or "2020-02-03" → "2020-02-03". */
function day(value: string | null | undefined): string {
  const d = (value ?? '').slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new ApiError('invalid_input', `A date filter needs a date (YYYY-MM-DD), not "${value ?? ''}".`);
  return d;
}

/** Dates compare day by day; an interval matches "equals" when it covers the day. */
function dateCondition(range: { from: string; to: string }, c: DateCondition, params: unknown[]): string {
  const from = `substr(${range.from}, 1, 10)`;
  const to = `substr(${range.to}, 1, 10)`;
  switch (c.type) {
    case 'blank':
      return `${range.from} IS NULL`;
    case 'notBlank':
      return `${range.from} IS NOT NULL`;
    case 'equals':
      params.push(day(c.dateFrom), day(c.dateFrom));
      return `(${from} <= ? AND ${to} >= ?)`;
    case 'notEqual':
      params.push(day(c.dateFrom), day(c.dateFrom));
      return `NOT (${from} <= ? AND ${to} >= ?)`;
    case 'lessThan':
      params.push(day(c.dateFrom));
      return `${from} < ?`;
    case 'greaterThan':
      params.push(day(c.dateFrom));
      return `${to} > ?`;
    case 'inRange': {
      const a = day(c.dateFrom);
      const b = day(c.dateTo);
      params.push(a < b ? b : a, a < b ? a : b);
      return `(${from} <= ? AND ${to} >= ?)`;
    }
  }
}

type Single = Exclude<ColumnFilter, { operator: unknown } | { filterType: 'set' }>;

function singleCondition(column: ClaimColumn, spec: ColumnSql, c: Single, params: unknown[]): string {
  const unsupported = (): never => {
    throw new ApiError('invalid_input', `The ${column} column has no ${c.filterType} filter.`);
  };
  if (c.filterType === 'text') {
    if (spec.exists) return spec.exists(textCondition('x.value', c, params));
    return spec.text ? textCondition(spec.text, c, params) : unsupported();
  }
  if (c.filterType === 'number') return spec.number ? numberCondition(spec.number, c, params) : unsupported();
  return spec.date ? dateCondition(spec.date, c, params) : unsupported();
}

/** One column's filter as SQL on `claims c` (with `s` sources and `d` documents joined when listed). */
export function columnCondition(column: ClaimColumn, filter: ColumnFilter): Condition {
  const spec = COLUMN_SQL[column];
  const params: unknown[] = [];
  let sql: string;
  if (filter.filterType === 'set') {
    const values = JSON.stringify(filter.values);
    if (spec.exists) {
      // '' picks rows with none (no place, no tag).
      params.push(values, values);
      sql = `(${spec.exists('x.id IN (SELECT value FROM json_each(?))')} OR ('' IN (SELECT value FROM json_each(?)) AND NOT ${spec.exists('1')}))`;
    } else if (spec.set) {
      params.push(values);
      sql = `coalesce(${spec.set}, '') IN (SELECT value FROM json_each(?))`;
    } else {
      throw new ApiError('invalid_input', `The ${column} column has no set filter.`);
    }
  } else if ('operator' in filter) {
    const parts = filter.conditions.map((c) => singleCondition(column, spec, c as Single, params));
    sql = `(${parts.join(filter.operator === 'OR' ? ' OR ' : ' AND ')})`;
  } else {
    sql = singleCondition(column, spec, filter as Single, params);
  }
  return { sql, params, joins: new Set(spec.joins ?? []) };
}
