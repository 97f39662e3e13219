/**
 * zod schemas for the rows of a file being merged, built from the columns of this build's
 * own schema (so a new migration's tables are validated without anyone writing a schema by
 * hand) with the rules SQLite alone would not enforce: record ids and revs are UUIDs,
 * times are ISO-8601, JSON columns hold JSON, hashes are SHA-256 hex, text has a size cap.
 */
import { z } from 'zod';
import { SYNCED_TABLES, isSyncedTable } from '../casefile/synced-tables.ts';
import type { ColumnInfo } from './share-sql.ts';

const MAX_TEXT = 64 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
const SHA256 = /^[0-9a-f]{64}$/;

const jsonText = z.string().refine((value) => {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}, 'not JSON');

function baseType(column: ColumnInfo): z.ZodType {
  switch (column.type) {
    case 'INTEGER':
      return z.number().int();
    case 'REAL':
      return z.number().refine(Number.isFinite, 'not a finite number');
    case 'BLOB':
      return z.instanceof(Uint8Array);
    case 'ANY':
      return z.union([z.string().max(MAX_TEXT), z.number(), z.instanceof(Uint8Array)]);
    default:
      return z.string().max(MAX_TEXT);
  }
}

function columnType(table: string, column: ColumnInfo): z.ZodType {
  const name = column.name;
  let type: z.ZodType = baseType(column);
  const json = isSyncedTable(table) && (SYNCED_TABLES[table].json as readonly string[]).includes(name);
  if (json || (table === 'changes' && (name === 'before' || name === 'after'))) type = jsonText;
  else if ((isSyncedTable(table) && (name === 'id' || name === 'rev')) || (table === 'changes' && (name === 'id' || name === 'rev' || name === 'prev_rev'))) {
    type = z.string().regex(UUID, 'not a UUID');
  } else if (name.endsWith('_at') || (table === 'changes' && name === 'at')) type = z.string().regex(ISO_TIME, 'not an ISO-8601 time');
  else if (name === 'sha256' || name === 'blob_sha256' || name === 'text_sha256') type = z.string().regex(SHA256, 'not a SHA-256');
  else if (table === 'changes' && name === 'table_name') {
    type = z.string().refine((t) => isSyncedTable(t) || t === 'case_meta', 'not a table this build shares');
  }
  return column.notnull || column.pk ? type : type.nullable();
}

export function rowSchema(table: string, columns: readonly ColumnInfo[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const column of columns) shape[column.name] = columnType(table, column);
  return z.object(shape).strict() as unknown as z.ZodType<Record<string, unknown>>;
}
