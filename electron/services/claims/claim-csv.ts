/**
 * Claims as CSV, one row per claim in the view's order. Cells that a spreadsheet would run
 * as a formula (=, +, -, @ at the start) are prefixed with an apostrophe.
 */
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { ReadableDb } from '../casefile/case-db.ts';
import { claimRows } from './claim-rows.ts';
import type { ClaimView } from './claim-order.ts';
import { viewIds } from './claim-query.ts';

type Cell = (row: ClaimRow) => string | number | null;

export const CSV_COLUMNS: Record<string, { header: string; cell: Cell }> = {
  text: { header: 'claim', cell: (r) => r.text },
  value: { header: 'value', cell: (r) => r.value },
  valueMin: { header: 'value_min', cell: (r) => r.valueMin },
  valueMax: { header: 'value_max', cell: (r) => r.valueMax },
  qualifier: { header: 'qualifier', cell: (r) => r.qualifier },
  unit: { header: 'unit', cell: (r) => r.unit },
  subject: { header: 'subject', cell: (r) => r.subject },
  eventType: { header: 'event_type', cell: (r) => r.eventType },
  places: { header: 'places', cell: (r) => r.places.map((p) => p.name).join('; ') },
  when: { header: 'when', cell: (r) => (r.whenStart && r.whenEnd && r.whenEnd !== r.whenStart ? `${r.whenStart}/${r.whenEnd}` : (r.whenStart ?? r.whenEnd)) },
  source: { header: 'source', cell: (r) => r.sourceName },
  via: { header: 'via', cell: (r) => r.via.map((v) => v.name).join('; ') },
  document: { header: 'document', cell: (r) => r.documentTitle },
  status: { header: 'status', cell: (r) => r.status },
  grade: { header: 'admiralty', cell: (r) => r.grade },
  reliability: { header: 'reliability', cell: (r) => r.reliability },
  credibility: { header: 'credibility', cell: (r) => r.credibility },
  tags: { header: 'tags', cell: (r) => r.tags.map((t) => t.name).join('; ') },
  notes: { header: 'notes', cell: (r) => r.notes },
  origin: { header: 'origin', cell: (r) => r.origin },
  updatedBy: { header: 'updated_by', cell: (r) => r.updatedBy },
  updatedAt: { header: 'updated_at', cell: (r) => r.updatedAt },
  createdAt: { header: 'created_at', cell: (r) => r.createdAt },
  id: { header: 'id', cell: (r) => r.id },
};

export const DEFAULT_CSV_COLUMNS = ['id', 'text', 'value', 'qualifier', 'unit', 'subject', 'eventType', 'places', 'when', 'source', 'via', 'document', 'status', 'grade', 'tags', 'notes', 'updatedBy', 'updatedAt'];

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLines(rows: readonly ClaimRow[], columns: readonly string[]): string[] {
  const cells = columns.map((c) => CSV_COLUMNS[c]!.cell);
  return rows.map((row) => cells.map((cell) => csvCell(cell(row))).join(','));
}

export function checkCsvColumns(columns: readonly string[] | undefined): string[] {
  const chosen = columns && columns.length > 0 ? columns.filter((c) => c in CSV_COLUMNS) : DEFAULT_CSV_COLUMNS;
  const unknown = (columns ?? []).filter((c) => !(c in CSV_COLUMNS));
  if (unknown.length > 0 && chosen.length === 0) throw new ApiError('invalid_input', `Unknown columns: ${unknown.join(', ')}. Known: ${Object.keys(CSV_COLUMNS).join(', ')}.`);
  return chosen;
}

/** The view as CSV text (header line first), read a thousand rows at a time. */
export function exportClaimsCsv(db: ReadableDb, view: ClaimView, columns: readonly string[] | undefined, limit: number): { csv: string; rows: number } {
  const chosen = checkCsvColumns(columns);
  const ids = viewIds(db, view, limit);
  const lines = [chosen.map((c) => CSV_COLUMNS[c]!.header).join(',')];
  for (let i = 0; i < ids.length; i += 1000) lines.push(...csvLines(claimRows(db, ids.slice(i, i + 1000)), chosen));
  return { csv: lines.join('\r\n') + '\r\n', rows: ids.length };
}
