/**
 * Writing synced records: every insert, edit, deletion and restore goes through here so
 * it stamps who/when, moves the record's rev forward and lands in the change log in the
 * same transaction as the change itself.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { statement, type WritableDb } from './case-db.ts';
import { recordChange } from './change-log.ts';
import { SYNCED_TABLES, type SyncedColumn, type SyncedTableName } from './synced-tables.ts';

export type RecordValues<T extends SyncedTableName> = Partial<Record<SyncedColumn<T>, unknown>>;

export interface WriteOptions {
  /** Defaults to now. */
  at?: string;
  /** A human-readable line for the history view ("imported report.pdf"). */
  summary?: string;
}

/**
 * Child rows (claim_places, claim_tags …) the caller changed in the same transaction, as
 * pseudo-fields of the record ("places": [ids]): logged with the change, and they move the
 * record's rev even when no column changed.
 */
export interface ChildChanges {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

function toSql(table: SyncedTableName, column: string, value: unknown): unknown {
  if (value === undefined) return null;
  if ((SYNCED_TABLES[table].json as readonly string[]).includes(column)) {
    return typeof value === 'string' ? value : JSON.stringify(value);
  }
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function checkColumns(table: SyncedTableName, values: object): string[] {
  const allowed = SYNCED_TABLES[table].columns as readonly string[];
  const columns = Object.keys(values).filter((c) => (values as Record<string, unknown>)[c] !== undefined);
  for (const column of columns) {
    if (!allowed.includes(column)) throw new ApiError('invalid_input', `${table} has no editable field "${column}".`);
  }
  return columns;
}

/** Inserts a new record and logs it; returns its id and rev. */
export function insertRecord<T extends SyncedTableName>(
  db: WritableDb,
  table: T,
  values: RecordValues<T>,
  actor: string,
  options: WriteOptions & { id?: string; children?: Record<string, unknown> } = {},
): { id: string; rev: string } {
  const columns = checkColumns(table, values);
  const id = options.id ?? newId();
  const rev = newId();
  const at = options.at ?? new Date().toISOString();
  const names = ['id', 'rev', 'created_at', 'created_by', 'updated_at', 'updated_by', ...columns];
  const params = [id, rev, at, actor, at, actor, ...columns.map((c) => toSql(table, c, (values as Record<string, unknown>)[c]))];
  const sql = `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
  statement(db, sql).run(...params);
  const after: Record<string, unknown> = {};
  for (const c of columns) after[c] = (values as Record<string, unknown>)[c];
  Object.assign(after, options.children);
  recordChange(db, { at, actor, table, rowId: id, op: 'insert', rev, prevRev: null, before: null, after, summary: options.summary });
  return { id, rev };
}

function readRow(db: WritableDb, table: SyncedTableName, id: string): Record<string, unknown> {
  const sql = `SELECT * FROM ${table} WHERE id = ?`;
  const row = statement(db, sql).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new ApiError('not_found', `No ${table} record with id ${id}.`);
  return row;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null);
}

/**
 * Applies the fields of `patch` that differ from the stored record. Passing `expectedRev`
 * makes the edit fail with `conflict` when someone else changed the record meanwhile.
 */
export function updateRecord<T extends SyncedTableName>(
  db: WritableDb,
  table: T,
  id: string,
  patch: RecordValues<T>,
  actor: string,
  options: WriteOptions & { expectedRev?: string; force?: boolean; children?: ChildChanges } = {},
): { rev: string; changed: string[] } {
  const columns = checkColumns(table, patch);
  const row = readRow(db, table, id);
  if (options.expectedRev !== undefined && row['rev'] !== options.expectedRev) {
    throw new ApiError('conflict', `This ${table.replace(/s$/, '')} was changed by ${String(row['updated_by'])} meanwhile; reload and try again.`);
  }
  const changed = columns.filter((c) => !sameValue(row[c], toSql(table, c, (patch as Record<string, unknown>)[c])));
  const childNames = Object.keys(options.children?.after ?? {});
  if (changed.length === 0 && childNames.length === 0 && !options.force) return { rev: String(row['rev']), changed };
  const rev = newId();
  const at = options.at ?? new Date().toISOString();
  const sets = [...changed.map((c) => `${c} = ?`), 'rev = ?', 'updated_at = ?', 'updated_by = ?'];
  const params = [...changed.map((c) => toSql(table, c, (patch as Record<string, unknown>)[c])), rev, at, actor, id];
  const sql = `UPDATE ${table} SET ${sets.join(', ')} WHERE id = ?`;
  statement(db, sql).run(...params);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const c of changed) {
    before[c] = row[c];
    after[c] = toSql(table, c, (patch as Record<string, unknown>)[c]);
  }
  Object.assign(before, options.children?.before);
  Object.assign(after, options.children?.after);
  recordChange(db, {
    at,
    actor,
    table,
    rowId: id,
    op: 'update',
    rev,
    prevRev: String(row['rev']),
    before,
    after,
    summary: options.summary,
  });
  return { rev, changed: [...changed, ...childNames] };
}

/** Marks a record deleted (a tombstone, so the deletion merges into colleagues' copies). */
export function deleteRecord(db: WritableDb, table: SyncedTableName, id: string, actor: string, options: WriteOptions = {}): { rev: string } {
  return setDeleted(db, table, id, actor, options, true);
}

/** Undoes a deletion. */
export function restoreRecord(db: WritableDb, table: SyncedTableName, id: string, actor: string, options: WriteOptions = {}): { rev: string } {
  return setDeleted(db, table, id, actor, options, false);
}

function setDeleted(
  db: WritableDb,
  table: SyncedTableName,
  id: string,
  actor: string,
  options: WriteOptions,
  deleted: boolean,
): { rev: string } {
  const row = readRow(db, table, id);
  if ((row['deleted_at'] != null) === deleted) return { rev: String(row['rev']) };
  const rev = newId();
  const at = options.at ?? new Date().toISOString();
  const sql = `UPDATE ${table} SET deleted_at = ?, rev = ?, updated_at = ?, updated_by = ? WHERE id = ?`;
  statement(db, sql).run(
    deleted ? at : null,
    rev,
    at,
    actor,
    id,
  );
  recordChange(db, {
    at,
    actor,
    table,
    rowId: id,
    op: deleted ? 'delete' : 'restore',
    rev,
    prevRev: String(row['rev']),
    before: { deleted_at: row['deleted_at'] ?? null },
    after: { deleted_at: deleted ? at : null },
    summary: options.summary,
  });
  return { rev };
}
