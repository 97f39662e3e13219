/**
 * `sightline verify`: is this case file sound? Each check lists what it found wrong:
 * - schema: exactly what this build's migrations create for the file's version;
 * - foreign keys (PRAGMA foreign_key_check) and SQLite's integrity_check;
 * - full-text index: one entry per live document, none for deleted ones;
 * - documents: every original's bytes match their SHA-256 (and size), every text its text_sha256.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { VerifyReport } from '../../../shared/contract/share.ts';
import { schemaVersion } from '../casefile/migrate.ts';
import { expectedSchema } from './incoming.ts';

type Check = VerifyReport['checks'][number];
const MAX_PROBLEMS = 50;

function check(name: string, problems: string[]): Check {
  const shown = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) shown.push(`… and ${problems.length - MAX_PROBLEMS} more`);
  return { name, ok: problems.length === 0, problems: shown };
}

function schemaCheck(db: Database.Database): Check {
  const version = schemaVersion(db);
  const expected = expectedSchema(version);
  const actual = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as typeof expected;
  const key = (r: (typeof expected)[number]): string => `${r.type} ${r.name}: ${r.sql ?? ''}`;
  const want = new Set(expected.map(key));
  const have = new Set(actual.map(key));
  const problems = [
    ...actual.filter((r) => !want.has(key(r))).map((r) => `unexpected or altered ${r.type} ${r.name}`),
    ...expected.filter((r) => !have.has(key(r))).map((r) => `missing ${r.type} ${r.name}`),
  ];
  return check('schema', problems);
}

function foreignKeyCheck(db: Database.Database): Check {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  return check('foreign keys', rows.map((r) => `${r.table} row ${r.rowid} points to a missing ${r.parent}`));
}

function integrityCheck(db: Database.Database): Check {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  return check('integrity', rows.map((r) => r.integrity_check).filter((m) => m !== 'ok'));
}

function searchIndexCheck(db: Database.Database): Check {
  const problems: string[] = [];
  const missing = db
    .prepare(
      `SELECT d.id FROM documents d WHERE d.deleted_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM search_rows r JOIN document_search s ON s.rowid = r.id WHERE r.document_id = d.id)`,
    )
    .pluck()
    .all() as string[];
  for (const id of missing) problems.push(`document ${id} is not in the search index`);
  const stale = db
    .prepare(
      `SELECT s.rowid FROM document_search s LEFT JOIN search_rows r ON r.id = s.rowid LEFT JOIN documents d ON d.id = r.document_id
        WHERE d.id IS NULL OR d.deleted_at IS NOT NULL`,
    )
    .pluck()
    .all() as number[];
  for (const rowid of stale) problems.push(`search entry ${rowid} belongs to no live document`);
  if (!db.readonly) {
    try {
      db.prepare("INSERT INTO document_search (document_search) VALUES ('integrity-check')").run();
    } catch (error) {
      problems.push(`the full-text index is damaged (${(error as Error).message})`);
    }
  }
  return check('full-text index', problems);
}

function documentCheck(db: Database.Database): Check {
  const problems: string[] = [];
  const rows = db
    .prepare(
      `SELECT d.id, d.blob_sha256 AS key, b.size, b.bytes, t.text, t.text_sha256 FROM documents d
         LEFT JOIN blobs b ON b.sha256 = d.blob_sha256 LEFT JOIN document_texts t ON t.document_id = d.id`,
    )
    .iterate() as IterableIterator<{ id: string; key: string | null; size: number | null; bytes: Buffer | null; text: string | null; text_sha256: string | null }>;
  for (const row of rows) {
    if (row.key !== null) {
      if (row.bytes === null) problems.push(`document ${row.id}: its original bytes are missing`);
      else if (createHash('sha256').update(row.bytes).digest('hex') !== row.key || row.bytes.length !== row.size) {
        problems.push(`document ${row.id}: its original bytes do not match their SHA-256`);
      }
    }
    if (row.text !== null && createHash('sha256').update(row.text).digest('hex') !== row.text_sha256) {
      problems.push(`document ${row.id}: its text does not match its text_sha256`);
    }
  }
  return check('documents', problems);
}

export function verifyDatabase(db: Database.Database, path: string): VerifyReport {
  const started = performance.now();
  const checks = [schemaCheck(db), foreignKeyCheck(db), integrityCheck(db), searchIndexCheck(db), documentCheck(db)];
  return { path, ok: checks.every((c) => c.ok), checks, elapsedMs: Math.round(performance.now() - started) };
}
