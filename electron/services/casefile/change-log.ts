/** The append-only change log: one row per change to a synced record. */
import { newId } from '../../../shared/domain/ids.ts';
import { statement, type ReadableDb, type WritableDb } from './case-db.ts';

export type ChangeOp = 'insert' | 'update' | 'delete' | 'restore';

export interface ChangeInput {
  at: string;
  actor: string;
  table: string;
  rowId: string;
  op: ChangeOp;
  rev: string;
  prevRev: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  summary?: string | undefined;
}

export interface ChangeRow {
  id: string;
  at: string;
  actor: string;
  table: string;
  rowId: string;
  op: ChangeOp;
  rev: string;
  prevRev: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  summary: string | null;
}

export function recordChange(db: WritableDb, change: ChangeInput): string {
  const id = newId();
  statement(
    db,
    `INSERT INTO changes (id, at, actor, table_name, row_id, op, rev, prev_rev, before, after, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    change.at,
    change.actor,
    change.table,
    change.rowId,
    change.op,
    change.rev,
    change.prevRev,
    change.before === null ? null : JSON.stringify(change.before),
    change.after === null ? null : JSON.stringify(change.after),
    change.summary ?? null,
  );
  return id;
}

/** A row of the changes table as SQLite returns it. */
export interface RawChange {
  id: string;
  at: string;
  actor: string;
  table_name: string;
  row_id: string;
  op: ChangeOp;
  rev: string;
  prev_rev: string | null;
  before: string | null;
  after: string | null;
  summary: string | null;
}

/** A changes row with its JSON parsed and its names in the API's spelling. */
export function fromRaw(raw: RawChange): ChangeRow {
  return {
    id: raw.id,
    at: raw.at,
    actor: raw.actor,
    table: raw.table_name,
    rowId: raw.row_id,
    op: raw.op,
    rev: raw.rev,
    prevRev: raw.prev_rev,
    before: raw.before === null ? null : (JSON.parse(raw.before) as Record<string, unknown>),
    after: raw.after === null ? null : (JSON.parse(raw.after) as Record<string, unknown>),
    summary: raw.summary,
  };
}

/** The history of one record, oldest first. */
export function recordHistory(db: ReadableDb, table: string, rowId: string): ChangeRow[] {
  const rows = statement(db, 'SELECT * FROM changes WHERE table_name = ? AND row_id = ? ORDER BY at, id').all(
    table,
    rowId,
  ) as RawChange[];
  return rows.map(fromRaw);
}
