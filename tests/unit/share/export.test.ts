import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../electron/services/annotations/annotation-store.ts';
import { insertRecord } from '../../../electron/services/casefile/record-store.ts';
import { readContainer } from '../../../electron/services/share/container.ts';
import { exportCase } from '../../../electron/services/share/export-case.ts';
import { openIncoming } from '../../../electron/services/share/incoming.ts';
import { sha256 } from '../../../electron/services/documents/store-document.ts';
import { createTag } from '../../../electron/services/tags/codebook.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';
import { newsText } from '../../helpers/news-text.ts';
import { tempDir } from '../../helpers/temp.ts';
import { exportTo } from './share-fixtures.ts';

function annotate(db: Parameters<typeof createAnnotation>[0], documentId: string, kind: 'highlight' | 'note', note: string, tagIds: string[] = []) {
  const text = newsText(0);
  const exact = text.slice(0, 6);
  return createAnnotation(db, { documentId, start: 0, end: 6, exact, kind, tagIds, note }, TEST_ACTOR);
}

describe('export', () => {
  it('writes a manifest with counts, every document SHA-256 and the snapshot hash', async () => {
    const tc = makeCase({ documents: 3 });
    const out = exportTo(tc.path, tc.dir);
    const incoming = await openIncoming(out, undefined);
    try {
      const m = incoming.manifest;
      expect(m.counts['documents']).toBe(3);
      expect(m.caseTitle).toBe('Test case');
      expect(m.exportedBy).toBe('colleague');
      const bytes = tc.db.prepare('SELECT d.id, b.bytes FROM documents d JOIN blobs b ON b.sha256 = d.blob_sha256 ORDER BY d.id').all() as { id: string; bytes: Buffer }[];
      expect(m.documents).toEqual(bytes.map((r) => ({ id: r.id, sha256: sha256(r.bytes) })));
      expect(m.leftOut.reasons).toEqual([]);
      // Derived indexes are not shipped: the receiving side rebuilds them.
      const snap = new Database(incoming.snapshotPath, { readonly: true });
      expect(snap.prepare('SELECT count(*) AS n FROM search_rows').get()).toEqual({ n: 0 });
      snap.close();
    } finally {
      incoming.cleanup();
    }
    tc.close();
  });

  it('is a consistent snapshot while the case stays open and another connection is mid-write', () => {
    const tc = makeCase({ documents: 2 });
    const writer = new Database(tc.path);
    writer.exec('BEGIN');
    insertRecord(writer as never, 'tags', { name: 'uncommitted' }, TEST_ACTOR);
    const out = exportTo(tc.path, tc.dir);
    writer.exec('COMMIT');
    writer.close();
    return openIncoming(out, undefined).then((incoming) => {
      expect(incoming.manifest.counts['tags']).toBe(0);
      expect(incoming.manifest.counts['documents']).toBe(2);
      incoming.cleanup();
      tc.close();
    });
  });

  it('encrypts with a password; a wrong or missing password is a clear error; a changed byte is detected', async () => {
    const tc = makeCase({ documents: 1 });
    const out = exportTo(tc.path, tc.dir, { password: 'correct horse' });
    const raw = readFileSync(out);
    expect(raw.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(raw.includes(Buffer.from('Syrian Observatory'))).toBe(false);
    await expect(openIncoming(out, 'wrong')).rejects.toThrow(/Wrong password/);
    await expect(openIncoming(out, undefined)).rejects.toThrow(/protected by a password/);
    const ok = await openIncoming(out, 'correct horse');
    expect(ok.manifest.counts['documents']).toBe(1);
    ok.cleanup();
    const tampered = Buffer.from(raw);
    tampered[tampered.length - 100]! ^= 1;
    const bad = join(tc.dir, 'tampered.sightline');
    writeFileSync(bad, tampered);
    await expect(readContainer(bad, join(tempDir(), 'x'), 'correct horse')).rejects.toThrow(/damaged or altered/);
    tc.close();
  });

  it('leaves out private notes, also from the change log, and says so', async () => {
    const tc = makeCase({ documents: 1 });
    annotate(tc.db, tc.documentIds[0]!, 'note', 'my private thought');
    annotate(tc.db, tc.documentIds[0]!, 'highlight', 'a secret remark');
    const out = exportTo(tc.path, tc.dir, { excludeNotes: true });
    const incoming = await openIncoming(out, undefined);
    const snap = new Database(incoming.snapshotPath, { readonly: true });
    const all = JSON.stringify([snap.prepare('SELECT * FROM annotations').all(), snap.prepare('SELECT * FROM changes').all()]);
    expect(all).not.toContain('private thought');
    expect(all).not.toContain('secret remark');
    expect(snap.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 1 });
    expect(incoming.manifest.leftOut).toMatchObject({ notes: true, annotations: 1 });
    expect(incoming.manifest.leftOut.reasons.join(' ')).toMatch(/private notes/);
    snap.close();
    incoming.cleanup();
    tc.close();
  });

  it('leaves out chosen documents with everything pointing into them, and their bytes', async () => {
    const tc = makeCase({ documents: 3 });
    annotate(tc.db, tc.documentIds[0]!, 'highlight', '');
    const out = exportTo(tc.path, tc.dir, { excludeDocuments: [tc.documentIds[0]!] });
    const incoming = await openIncoming(out, undefined);
    expect(incoming.manifest.counts['documents']).toBe(2);
    expect(incoming.manifest.counts['annotations']).toBe(0);
    expect(incoming.manifest.counts['blobs']).toBe(2);
    expect(incoming.manifest.leftOut).toMatchObject({ documents: 1, annotations: 1 });
    const snap = new Database(incoming.snapshotPath, { readonly: true });
    expect(snap.prepare('SELECT count(*) AS n FROM changes WHERE row_id = ?').get(tc.documentIds[0])).toEqual({ n: 0 });
    expect(readFileSync(incoming.snapshotPath).includes(Buffer.from('Report 0.'))).toBe(false);
    snap.close();
    incoming.cleanup();
    tc.close();
  });

  it('keeps only what carries the chosen tags', async () => {
    const tc = makeCase({ documents: 3 });
    const keep = createTag(tc.db, { name: 'Convoys', description: '', parentId: null }, TEST_ACTOR);
    const other = createTag(tc.db, { name: 'Other', description: '', parentId: null }, TEST_ACTOR);
    annotate(tc.db, tc.documentIds[1]!, 'highlight', '', [keep.id]);
    annotate(tc.db, tc.documentIds[2]!, 'highlight', '', [other.id]);
    const out = exportTo(tc.path, tc.dir, { onlyTags: ['convoys'] });
    const incoming = await openIncoming(out, undefined);
    expect(incoming.manifest.counts).toMatchObject({ documents: 1, annotations: 1, tags: 1, annotation_tags: 1 });
    expect(incoming.manifest.documents.map((d) => d.id)).toEqual([tc.documentIds[1]]);
    incoming.cleanup();
    expect(() => exportCase({ casePath: tc.path, outPath: join(tc.dir, 'x.sightline'), exporter: 'a', appVersion: 't', excludeNotes: false, excludeDocuments: [], onlyTags: ['nope'] })).toThrow(
      /no tag is named/,
    );
    tc.close();
  });
});
