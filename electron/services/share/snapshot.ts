/**
 * The consistent copy an export ships: a fresh case file with this build's schema, filled
 * from the open case inside ONE read transaction of a second connection (SQLite's WAL gives
 * that transaction a fixed view while the analyst keeps working), copying only what the
 * redaction keeps. Left-out data never touches the copy, so no deleted page can leak it;
 * the derived indexes are not copied (the receiving side rebuilds them).
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { LeftOut } from '../../../shared/contract/share.ts';
import { asWritable } from '../casefile/case-db.ts';
import { migrate } from '../casefile/migrate.ts';
import { nativeBindingOption } from '../casefile/native-binding.ts';
import { SIGHTLINE_APPLICATION_ID } from '../casefile/open-case.ts';
import { isSyncedTable } from '../casefile/synced-tables.ts';
import { computeExclusions, NOTE_COLUMNS, type Redaction } from './redaction.ts';
import { columnsOf, ident } from './share-sql.ts';
import { exportedTables } from './table-classes.ts';

export interface SnapshotResult {
  caseId: string;
  caseTitle: string;
  schemaVersion: number;
  counts: Record<string, number>;
  documents: { id: string; sha256: string | null }[];
  leftOut: LeftOut;
}

function createEmptyCase(path: string): void {
  const db = new Database(path, nativeBindingOption());
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma(`application_id = ${SIGHTLINE_APPLICATION_ID}`);
    migrate(asWritable(db), path);
  } finally {
    db.close();
  }
}

/** `col NOT IN left-out rows` for every column of `table` that references a synced table. */
function referenceFilters(db: Database.Database, table: string): string[] {
  const keys = db.prepare('SELECT "table" AS target, "from" AS col FROM pragma_foreign_key_list(?, ?)').all(table, 'main') as {
    target: string;
    col: string;
  }[];
  const filters: string[] = [];
  for (const key of keys) {
    if (!isSyncedTable(key.target)) continue;
    filters.push(`(${ident(key.col)} IS NULL OR ${ident(key.col)} NOT IN (SELECT id FROM x_rows WHERE table_name = '${ident(key.target)}'))`);
  }
  return filters;
}

function copyTable(db: Database.Database, table: string, redaction: Redaction): void {
  const columns = columnsOf(db, 'main', table);
  const theirs = columnsOf(db, 'snap', table).map((c) => c.name);
  if (columns.map((c) => c.name).join(',') !== theirs.join(',')) throw new Error(`the columns of ${table} differ from this build's schema`);
  const noteColumn = redaction.excludeNotes ? NOTE_COLUMNS[table] : undefined;
  const select = columns.map((c) => (c.name === noteColumn ? `'' AS ${ident(c.name)}` : ident(c.name)));
  const where: string[] = referenceFilters(db, table);
  if (isSyncedTable(table)) where.push(`id NOT IN (SELECT id FROM x_rows WHERE table_name = '${ident(table)}')`);
  if (table === 'blobs') {
    where.push(`sha256 IN (SELECT blob_sha256 FROM main.documents WHERE id NOT IN (SELECT id FROM x_rows WHERE table_name = 'documents'))`);
  }
  if (table === 'changes') {
    where.push('NOT EXISTS (SELECT 1 FROM x_rows x WHERE x.table_name = changes.table_name AND x.id = changes.row_id)');
    if (redaction.excludeNotes) {
      const noted = Object.keys(NOTE_COLUMNS)
        .map((t) => `'${ident(t)}'`)
        .join(', ');
      for (const side of ['before', 'after']) {
        const index = select.indexOf(side);
        select[index] = `CASE WHEN table_name IN (${noted}) THEN json_remove(${side}, '$.note', '$.notes') ELSE ${side} END AS ${side}`;
      }
    }
  }
  const sql = `INSERT INTO snap.${ident(table)} (${columns.map((c) => ident(c.name)).join(', ')})
    SELECT ${select.join(', ')} FROM main.${ident(table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  db.prepare(sql).run();
}

function documentHashes(db: Database.Database): { id: string; sha256: string | null }[] {
  const rows = db
    .prepare('SELECT d.id, d.blob_sha256 AS key, b.bytes FROM snap.documents d LEFT JOIN snap.blobs b ON b.sha256 = d.blob_sha256 ORDER BY d.id')
    .iterate() as IterableIterator<{ id: string; key: string | null; bytes: Buffer | null }>;
  const out: { id: string; sha256: string | null }[] = [];
  for (const row of rows) {
    if (row.key === null) {
      out.push({ id: row.id, sha256: null });
      continue;
    }
    if (!row.bytes) throw new Error(`document ${row.id} has lost its original bytes`);
    const actual = createHash('sha256').update(row.bytes).digest('hex');
    if (actual !== row.key) throw new Error(`the stored bytes of document ${row.id} do not match their SHA-256 (run sightline verify)`);
    out.push({ id: row.id, sha256: actual });
  }
  return out;
}

/** Writes the snapshot of the case at `casePath` to `snapshotPath` (a new file). */
export function buildSnapshot(casePath: string, snapshotPath: string, redaction: Redaction): SnapshotResult {
  createEmptyCase(snapshotPath);
  const db = new Database(casePath, { fileMustExist: true, ...nativeBindingOption() });
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = OFF');
    db.pragma('busy_timeout = 10000');
    db.prepare('ATTACH DATABASE ? AS snap').run(snapshotPath);
    db.pragma('snap.journal_mode = OFF');
    db.pragma('snap.synchronous = OFF');
    // Large page caches: the copy writes a few indexes in key order; a small cache rereads them from disk.
    db.pragma('cache_size = -131072');
    db.pragma('snap.cache_size = -131072');
    const result = db.transaction((): SnapshotResult => {
      const leftOut = computeExclusions(db, redaction);
      for (const table of exportedTables()) copyTable(db, table, redaction);
      const counts: Record<string, number> = {};
      for (const table of exportedTables()) {
        const sql = `SELECT count(*) AS n FROM snap.${ident(table)}`;
        counts[table] = (db.prepare(sql).get() as { n: number }).n;
      }
      const meta = Object.fromEntries((db.prepare('SELECT key, value FROM snap.case_meta').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
      return {
        caseId: meta['id'] ?? '',
        caseTitle: meta['title'] ?? '',
        schemaVersion: Number(db.pragma('snap.user_version', { simple: true })),
        counts,
        documents: documentHashes(db),
        leftOut,
      };
    })();
    const broken = db.pragma('snap.foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`the snapshot would break ${broken.length} references`);
    db.prepare('DETACH DATABASE snap').run();
    return result;
  } finally {
    db.close();
  }
}
