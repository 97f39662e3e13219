/**
 * Kept view orders that survive an inline edit. Any write drops every kept order
 * (view-snapshots.ts), and the grid refreshes its visible blocks after each edit: far down
 * in a million claims, that would read the view's order again for every claim graded or
 * confirmed. An edit that changes only fields a view neither sorts nor filters by cannot move
 * a claim in that view, nor in or out of it, so that view's order is carried over the edit.
 */
import type { ClaimColumn } from '../../../shared/contract/claim-grid.ts';
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { ClaimFields } from '../../../shared/contract/claims.ts';
import type { ReadableDb } from '../casefile/case-db.ts';
import { claimsStamp } from '../casefile/claims-stamp.ts';
import type { ClaimView } from './claim-order.ts';
import { carrySnapshots } from './view-snapshots.ts';

/** The grid columns whose values an edit of a claim field (or its source's grade) changes. */
const FIELD_COLUMNS: Record<keyof ClaimFields | 'reliability', ClaimColumn[]> = {
  text: ['text'],
  value: ['value'],
  valueMin: ['value'],
  valueMax: ['value'],
  qualifier: ['qualifier'],
  unit: ['unit'],
  subject: ['subject'],
  eventType: ['eventType'],
  whenStart: ['when'],
  whenEnd: ['when'],
  whenText: ['when'],
  sourceName: ['source', 'reliability', 'grade'],
  status: ['status'],
  credibility: ['credibility', 'grade'],
  reliability: ['reliability', 'grade'],
  notes: ['notes'],
  tagIds: ['tags'],
  placeNames: ['places'],
};

/** The columns each scope field narrows by (ids and documents are not edited inline). */
const SCOPE_COLUMNS: Record<keyof ClaimFilter, ClaimColumn[]> = {
  text: ['text', 'notes'],
  ids: [],
  documentIds: [],
  sourceIds: ['source'],
  placeIds: ['places'],
  tagIds: ['tags'],
  statuses: ['status'],
  qualifiers: ['qualifier'],
  eventTypes: ['eventType'],
  whenFrom: ['when'],
  whenTo: ['when'],
  valueMin: ['value'],
  valueMax: ['value'],
};

/** Every column a view's order or membership depends on. */
export function columnsRead(view: ClaimView): Set<ClaimColumn> {
  const read = new Set<ClaimColumn>([...view.sortModel.map((s) => s.colId), ...(Object.keys(view.filterModel) as ClaimColumn[])]);
  for (const [field, value] of Object.entries(view.scope)) {
    if (value === undefined) continue;
    // A scope field this table does not know is treated as reading everything.
    const columns = SCOPE_COLUMNS[field as keyof ClaimFilter] ?? (Object.keys(FIELD_COLUMNS) as ClaimColumn[]);
    for (const column of columns) read.add(column);
  }
  return read;
}

/**
 * Runs an edit of `fields` of claims and carries over it the kept orders of the views that
 * do not read them — only when nothing else was written since those orders were read.
 */
export function keepingOrders<T>(db: ReadableDb, fields: readonly string[], edit: () => T): T {
  const before = claimsStamp(db);
  const result = edit();
  // A field not in the table (a new one) may change anything: carry nothing.
  if (fields.some((f) => !(f in FIELD_COLUMNS))) return result;
  // Every edit also changes who edited the claim, and when.
  const changed = new Set<ClaimColumn>(['updatedAt', 'updatedBy', ...fields.flatMap((f) => FIELD_COLUMNS[f as keyof typeof FIELD_COLUMNS])]);
  carrySnapshots(db, before, (view) => ![...columnsRead(view)].some((c) => changed.has(c)));
  return result;
}
