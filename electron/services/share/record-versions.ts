/**
 * One version of a synced record as a plain object — its columns, its child rows under the
 * child table's name, a document's text under `text` — read from the case (`main`) or from
 * a file being merged (`theirs`). Conflicts store two of these; merge compares them.
 */
import type Database from 'better-sqlite3';
import { SYNC_COLUMNS, type SyncedTableName } from '../casefile/synced-tables.ts';
import { columnsOf, ident } from './share-sql.ts';
import { CHILD_TABLES, childTablesOf } from './table-classes.ts';

export interface RecordVersion {
  rev: string;
  by: string;
  at: string;
  values: Record<string, unknown>;
}

/** Columns that say who/when, not what: never a reason for a conflict. */
const STAMPS = new Set(['id', 'rev', 'created_at', 'created_by', 'updated_at', 'updated_by']);

export function readVersion(db: Database.Database, schema: 'main' | 'theirs', table: SyncedTableName, id: string): RecordVersion | null {
  const sql = `SELECT * FROM ${ident(schema)}.${ident(table)} WHERE id = ?`;
  const row = db.prepare(sql).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) if (!STAMPS.has(key)) values[key] = value;
  for (const child of childTablesOf(table)) {
    const spec = CHILD_TABLES[child]!;
    const columns = columnsOf(db, schema, child).filter((c) => c.name !== spec.parentKey);
    const childSql = `SELECT ${columns.map((c) => ident(c.name)).join(', ')} FROM ${ident(schema)}.${ident(child)} WHERE ${ident(spec.parentKey)} = ?`;
    const rows = db.prepare(childSql).all(id) as Record<string, unknown>[];
    if (child === 'document_texts') {
      values['text'] = rows[0]?.['text'] ?? null;
      values['pages'] = rows[0]?.['pages'] ?? null;
      continue;
    }
    // Link tables: the ids they point to, sorted, so two copies compare equal.
    values[child] = rows.map((r) => (columns.length === 1 ? r[columns[0]!.name] : r)).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  }
  return { rev: String(row['rev']), by: String(row['updated_by']), at: String(row['updated_at']), values };
}

function same(field: string, a: unknown, b: unknown): boolean {
  // A deletion is a deletion, whenever each side made it.
  if (field === 'deleted_at') return (a == null) === (b == null);
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Fields whose values differ. */
export function differingFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...fields].filter((f) => !same(f, a[f], b[f])).sort();
}

export const SYNC_COLUMN_NAMES: readonly string[] = SYNC_COLUMNS;
