/**
 * Validates the rows a merge is about to copy out of a colleague's file, table by table,
 * with the zod schemas of row-schemas.ts (and, for original bytes, their SHA-256). Only rows
 * that will be copied are read: a record whose version the case already has never enters
 * the case, so checking it would only cost time (1,000,000 claims at ~40 µs a row).
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { badExport } from './container.ts';
import { rowSchema } from './row-schemas.ts';
import { columnsOf } from './share-sql.ts';

export class RowValidator {
  private readonly schemas = new Map<string, z.ZodType<Record<string, unknown>>>();

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  private schema(table: string): z.ZodType<Record<string, unknown>> {
    let schema = this.schemas.get(table);
    if (!schema) {
      schema = rowSchema(table, columnsOf(this.db, 'main', table));
      this.schemas.set(table, schema);
    }
    return schema;
  }

  /** Throws a clear error at the first row of `table` that is not valid. */
  check(table: string, rows: Iterable<Record<string, unknown>>): number {
    const schema = this.schema(table);
    let count = 0;
    for (const row of rows) {
      count++;
      const result = schema.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw badExport(this.path, `a row of ${table} is not valid (${issue.path.join('.')}: ${issue.message})`);
      }
      if (table === 'blobs') {
        const bytes = row['bytes'] as Uint8Array;
        if (createHash('sha256').update(bytes).digest('hex') !== row['sha256'] || bytes.byteLength !== row['size']) {
          throw badExport(this.path, `the bytes stored as ${String(row['sha256'])} do not match their SHA-256`);
        }
      }
    }
    return count;
  }
}
