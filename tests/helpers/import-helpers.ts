/** Running imports in tests: straight through the import pipeline, on a real case file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportReport } from '../../shared/contract/documents.ts';
import type { WritableDb } from '../../electron/services/casefile/case-db.ts';
import { importBatch, type ImportTarget } from '../../electron/services/import/import-batch.ts';
import type { JobControl } from '../../electron/services/jobs.ts';
import { TEST_ACTOR } from './make-case.ts';

export function testJob(abort = new AbortController(), onUpdate: (patch: object) => void = () => {}): JobControl {
  return {
    id: 'test-job',
    signal: abort.signal,
    update: onUpdate,
    throwIfCancelled: () => {
      if (abort.signal.aborted) throw new Error('cancelled');
    },
  };
}

export function importFiles(db: WritableDb, paths: string[], job: JobControl = testJob()): Promise<ImportReport> {
  return importBatch({ db, actor: TEST_ACTOR, job }, paths.map((path) => ({ kind: 'path', path }) as ImportTarget));
}

export function importBytes(db: WritableDb, name: string, bytes: Uint8Array | string): Promise<ImportReport> {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return importBatch({ db, actor: TEST_ACTOR, job: testJob() }, [{ kind: 'content', name, bytes: data }]);
}

/** Writes files into `dir`; returns their paths. */
export function writeFiles(dir: string, files: Record<string, Uint8Array | string>): string[] {
  return Object.entries(files).map(([name, data]) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  });
}

export interface DocumentRow {
  id: string;
  title: string;
  format: string;
  file_name: string;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  page_count: number | null;
  parent_id: string | null;
  source: string | null;
  text: string;
  pages: string;
  metadata: string;
}

export function documentRows(db: WritableDb): DocumentRow[] {
  return db
    .prepare(
      `SELECT d.*, s.name AS source, t.text, t.pages FROM documents d
         LEFT JOIN sources s ON s.id = d.source_id JOIN document_texts t ON t.document_id = d.id ORDER BY d.created_at, d.id`,
    )
    .all() as DocumentRow[];
}

/** Everything an import could have written, for "the case is unchanged" checks. */
export function caseFootprint(db: WritableDb): Record<string, number> {
  const tables = ['documents', 'document_texts', 'blobs', 'sources', 'changes', 'search_rows', 'document_lsh', 'document_minhash', 'near_duplicates'];
  return Object.fromEntries(
    tables.map((table) => {
      const sql = `SELECT count(*) AS n FROM ${table}`; // table names from the fixed list above
      return [table, (db.prepare(sql).get() as { n: number }).n];
    }),
  );
}
