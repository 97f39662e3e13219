/** The case's own metadata (id, title, description, creation) and its record counts. */
import { statSync } from 'node:fs';
import type { CaseInfo } from '../../../shared/contract/case.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { statement, type ReadableDb, type WritableDb } from './case-db.ts';
import { recordChange } from './change-log.ts';
import { schemaVersion } from './migrate.ts';

export type MetaKey = 'id' | 'title' | 'description' | 'created_at' | 'created_by';

export function readMeta(db: ReadableDb): Record<MetaKey, string> {
  const rows = statement(db, 'SELECT key, value FROM case_meta').all() as { key: string; value: string }[];
  const meta: Record<string, string> = { id: '', title: '', description: '', created_at: '', created_by: '' };
  for (const row of rows) meta[row.key] = row.value;
  return meta as Record<MetaKey, string>;
}

/** Sets a metadata value and logs the change under the pseudo-table `case_meta`. `ocr_languages`: the case's OCR language set ('' for none). */
export function writeMeta(db: WritableDb, key: 'title' | 'description' | 'ocr_languages', value: string, actor: string): void {
  const before = (readMeta(db) as Record<string, string | undefined>)[key] ?? '';
  if (before === value) return;
  const at = new Date().toISOString();
  statement(db, 'INSERT INTO case_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  recordChange(db, {
    at,
    actor,
    table: 'case_meta',
    rowId: key,
    op: 'update',
    rev: newId(),
    prevRev: null,
    before: { value: before },
    after: { value },
  });
}

/** Counts live (not deleted) records. Tables a build does not have yet count as 0. */
export function countRecords(db: ReadableDb): CaseInfo['counts'] {
  const count = (sql: string): number => (statement(db, sql).get() as { n: number }).n;
  return {
    documents: count('SELECT count(*) AS n FROM documents WHERE deleted_at IS NULL'),
    sources: count('SELECT count(*) AS n FROM sources WHERE deleted_at IS NULL'),
    claims: count('SELECT count(*) AS n FROM claims WHERE deleted_at IS NULL'),
    places: count('SELECT count(*) AS n FROM places WHERE deleted_at IS NULL'),
    observationPoints: count('SELECT count(*) AS n FROM observation_points WHERE deleted_at IS NULL'),
    annotations: count('SELECT count(*) AS n FROM annotations WHERE deleted_at IS NULL'),
    tags: count('SELECT count(*) AS n FROM tags WHERE deleted_at IS NULL'),
    changes: count('SELECT count(*) AS n FROM changes'),
  };
}

function fileSize(path: string): number {
  let size = 0;
  for (const suffix of ['', '-wal']) {
    try {
      size += statSync(path + suffix).size;
    } catch {
      // no WAL file: nothing to add
    }
  }
  return size;
}

export function caseInfo(db: ReadableDb, path: string): CaseInfo {
  const meta = readMeta(db);
  return {
    id: meta.id,
    path,
    title: meta.title,
    description: meta.description,
    createdAt: meta.created_at,
    createdBy: meta.created_by,
    schemaVersion: schemaVersion(db),
    sizeBytes: fileSize(path),
    counts: countRecords(db),
  };
}
