import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyDatabase } from '../../../electron/services/share/verify-case.ts';
import { makeCase } from '../../helpers/make-case.ts';

function failing(report: ReturnType<typeof verifyDatabase>): string[] {
  return report.checks.filter((c) => !c.ok).map((c) => c.name);
}

describe('verify', () => {
  it('passes a sound case', () => {
    const tc = makeCase({ documents: 2 });
    const report = verifyDatabase(tc.db, tc.path);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.name)).toEqual(['schema', 'foreign keys', 'integrity', 'full-text index', 'documents']);
    tc.close();
  });

  it('finds altered bytes, a text that does not match its hash, a document missing from search, a broken reference and a foreign trigger', () => {
    const tc = makeCase({ documents: 3 });
    const raw = new Database(tc.path);
    raw.pragma('foreign_keys = OFF');
    raw.prepare("UPDATE blobs SET bytes = x'00' WHERE sha256 = (SELECT blob_sha256 FROM documents WHERE id = ?)").run(tc.documentIds[0]);
    raw.prepare("UPDATE document_texts SET text = 'changed' WHERE document_id = ?").run(tc.documentIds[1]);
    raw.prepare('DELETE FROM document_search WHERE rowid = (SELECT id FROM search_rows WHERE document_id = ?)').run(tc.documentIds[2]);
    raw.prepare("UPDATE documents SET source_id = 'nowhere' WHERE id = ?").run(tc.documentIds[2]);
    raw.exec('CREATE TRIGGER sneaky AFTER INSERT ON tags BEGIN SELECT 1; END');
    raw.close();
    const report = verifyDatabase(tc.db, tc.path);
    expect(report.ok).toBe(false);
    expect(failing(report)).toEqual(['schema', 'foreign keys', 'full-text index', 'documents']);
    const documents = report.checks.find((c) => c.name === 'documents')!.problems.join('\n');
    expect(documents).toMatch(/original bytes do not match/);
    expect(documents).toMatch(/text does not match its text_sha256/);
    tc.close();
  });
});
