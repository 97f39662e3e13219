/**
 * Identifiers for the SQL sharing generates. Table names come from the registries in
 * table-classes.ts / synced-tables.ts and column names from the schema this build created,
 * never from a file being merged; `ident` still refuses anything that is not a plain name.
 */
import type Database from 'better-sqlite3';

export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected SQL identifier ${JSON.stringify(name)}`);
  return name;
}

export interface ColumnInfo {
  name: string;
  type: string;
  notnull: boolean;
  pk: boolean;
}

/** The columns of `table` in database `schema` ('main', 'snap', 'theirs'), in declaration order. */
export function columnsOf(db: Database.Database, schema: string, table: string): ColumnInfo[] {
  const sql = `SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?, ?)`;
  const rows = db.prepare(sql).all(ident(table), ident(schema)) as { name: string; type: string; nn: number; pk: number }[];
  return rows.map((r) => ({ name: r.name, type: r.type.toUpperCase(), notnull: r.nn === 1, pk: r.pk > 0 }));
}

export function columnList(columns: readonly { name: string }[], prefix = ''): string {
  return columns.map((c) => prefix + ident(c.name)).join(', ');
}
