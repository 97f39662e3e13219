import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { asWritable } from '../../../electron/services/casefile/case-db.ts';
import { replaceDocumentText } from '../../../electron/services/documents/replace-text.ts';
import { sha256 } from '../../../electron/services/documents/store-document.ts';
import { ARTICLE, articleCase, type ArticleCase } from '../../helpers/article-case.ts';

let c: ArticleCase;
afterEach(() => c?.close());

const QUOTE = 'more than 75 armoured vehicles';
const INSERTED = 'Editor’s note: this report was updated on Friday with figures from the SOHR.\n\n';

/** Replaces the article's text in the case file the way documents:reimport does. */
function replace(path: string, documentId: string, text: string, fileName = 'turkey-convoys-idlib-v2.txt') {
  const raw = new Database(path);
  raw.pragma('foreign_keys = ON');
  const db = asWritable(raw);
  try {
    return db.transaction(() =>
      replaceDocumentText(db, documentId, { bytes: Buffer.from(text), mediaType: 'text/plain', format: 'text', fileName, text }, 'editor'),
    )();
  } finally {
    raw.close();
  }
}

describe('replacing a document text', () => {
  it('re-anchors highlights, notes and claims after a paragraph is inserted above, keeping both versions', async () => {
    c = await articleCase();
    const highlight = await c.invoke('annotations:create', c.span(QUOTE));
    const { annotation: claimAnchor, claim } = await c.invoke('annotations:createClaim', c.span('23 Turkish convoys'));
    const edited = ARTICLE.replace('\n\nTurkey sent', `\n\n${INSERTED}Turkey sent`);
    const result = replace(c.path, c.documentId, edited);
    expect(result.textChanged).toBe(true);
    expect(result.previous).toMatchObject({ textSha256: sha256(ARTICLE), blobSha256: sha256(Buffer.from(ARTICLE)), replacedBy: 'editor' });
    expect(result.report.annotations).toEqual({ anchored: 0, moved: 2, fuzzy: 0, orphaned: 0 });
    expect(result.report.claims).toEqual({ anchored: 0, moved: 1, fuzzy: 0, orphaned: 0 });

    const list = await c.invoke('annotations:list', { documentId: c.documentId });
    const moved = list.items.find((a) => a.id === highlight.id)!;
    expect(moved).toMatchObject({ anchorStatus: 'moved', exact: QUOTE, start: edited.indexOf(QUOTE), anchorDetail: { method: 'position' } });
    expect(edited.slice(moved.start, moved.end)).toBe(QUOTE);
    expect(list.items.find((a) => a.id === claimAnchor.id)).toMatchObject({ exact: '23 Turkish convoys', start: edited.indexOf('23 Turkish convoys') });

    const db = new Database(c.path, { readonly: true });
    const claimRow = db.prepare('SELECT span_start, span_end, anchor_status FROM claims WHERE id = ?').get(claim.id) as { span_start: number; span_end: number };
    expect(claimRow).toMatchObject({ anchor_status: 'moved' });
    expect(edited.slice(claimRow.span_start, claimRow.span_end)).toBe('23 Turkish convoys');
    // Both versions' original bytes are kept; the document points at the new one.
    const blobs = db.prepare('SELECT sha256 FROM blobs').all() as { sha256: string }[];
    expect(blobs.map((b) => b.sha256).sort()).toEqual([sha256(Buffer.from(ARTICLE)), sha256(Buffer.from(edited))].sort());
    const doc = db.prepare('SELECT blob_sha256, file_name, metadata FROM documents WHERE id = ?').get(c.documentId) as { blob_sha256: string; file_name: string; metadata: string };
    expect(doc).toMatchObject({ blob_sha256: sha256(Buffer.from(edited)), file_name: 'turkey-convoys-idlib-v2.txt' });
    expect(JSON.parse(doc.metadata).previousVersions).toHaveLength(1);
    const change = db.prepare("SELECT actor, before, after, summary FROM changes WHERE table_name = 'documents' AND row_id = ? AND op = 'update'").get(c.documentId) as {
      actor: string;
      before: string;
      after: string;
      summary: string;
    };
    db.close();
    expect(change.actor).toBe('editor');
    expect(JSON.parse(change.before)).toMatchObject({ text_sha256: sha256(ARTICLE) });
    expect(JSON.parse(change.after)).toMatchObject({ text_sha256: sha256(edited) });
    expect(change.summary).toContain('2 annotations re-anchored (2 moved, 0 to review, 0 not found)');
  });

  it('reports what it could not re-anchor instead of dropping it, and marks changed words fuzzy', async () => {
    c = await articleCase();
    const gone = await c.invoke('annotations:create', { ...c.span('Joint military patrols by Russia and Turkey'), note: 'patrols' });
    const changed = await c.invoke('annotations:create', c.span(QUOTE));
    const kept = await c.invoke('annotations:create', c.span('Kafr Losin crossing'));
    const { claim } = await c.invoke('annotations:createClaim', c.span('5,450'));
    const edited = ARTICLE.replace(/Joint military patrols[^\n]*\n/, '')
      .replace(QUOTE, 'more than 80 armoured vehicles')
      .replace(/The number of military vehicles[^\n]*\n/, '');
    const { report } = replace(c.path, c.documentId, edited);
    expect(report.annotations).toEqual({ anchored: 1, moved: 0, fuzzy: 1, orphaned: 2 }); // the claim's anchor too
    expect(report.claims.orphaned).toBe(1);
    expect(report.changed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: gone.id, table: 'annotations', status: 'orphaned', before: 'Joint military patrols by Russia and Turkey', after: null }),
        expect.objectContaining({ id: changed.id, status: 'fuzzy', before: QUOTE, after: 'more than 80 armoured vehicles' }),
        expect.objectContaining({ id: claim.id, table: 'claims', status: 'orphaned' }),
      ]),
    );
    const list = await c.invoke('annotations:list', { documentId: c.documentId });
    expect(list.needsReview).toBe(3); // orphaned + fuzzy + the orphaned claim's anchor
    const orphan = list.items.find((a) => a.id === gone.id)!;
    expect(orphan).toMatchObject({ anchorStatus: 'orphaned', exact: 'Joint military patrols by Russia and Turkey', note: 'patrols', page: null });
    expect(orphan.anchorDetail.reason).toContain('no longer in the text');
    expect(list.items.find((a) => a.id === changed.id)).toMatchObject({ anchorStatus: 'fuzzy', exact: 'more than 80 armoured vehicles', anchorDetail: { previousExact: QUOTE } });
    expect(list.items.find((a) => a.id === kept.id)).toMatchObject({ anchorStatus: 'anchored' });
    const db = new Database(c.path, { readonly: true });
    expect(db.prepare('SELECT span_start, span_end, anchor_status FROM claims WHERE id = ?').get(claim.id)).toEqual({ span_start: null, span_end: null, anchor_status: 'orphaned' });
    db.close();
  });

  it('keeps a fuzzy annotation fuzzy through a later re-import until the analyst confirms it', async () => {
    c = await articleCase();
    const a = await c.invoke('annotations:create', c.span(QUOTE));
    const v2 = ARTICLE.replace(QUOTE, 'more than 80 armoured vehicles');
    replace(c.path, c.documentId, v2);
    const v3 = 'Correction appended.\n\n' + v2;
    replace(c.path, c.documentId, v3, 'v3.txt');
    const after = (await c.invoke('annotations:list', { documentId: c.documentId })).items[0]!;
    expect(after).toMatchObject({ anchorStatus: 'fuzzy', exact: 'more than 80 armoured vehicles', anchorDetail: { previousExact: QUOTE } });
    expect((await c.invoke('annotations:update', { id: a.id, confirmAnchor: true })).anchorStatus).toBe('anchored');
  });

  it('changes nothing but the file when the new version has the same text', async () => {
    c = await articleCase();
    await c.invoke('annotations:create', c.span(QUOTE));
    const result = replace(c.path, c.documentId, ARTICLE, 'same.txt');
    expect(result.textChanged).toBe(false);
    expect(result.report.annotations).toEqual({ anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 });
  });

  it('re-anchors on demand the annotations made on another version (after a merge), and on restore', async () => {
    c = await articleCase();
    const live = await c.invoke('annotations:create', c.span(QUOTE));
    const deleted = await c.invoke('annotations:create', c.span('Kafr Losin crossing'));
    await c.invoke('annotations:delete', { ids: [deleted.id] });
    // What a merge of a colleague's re-import does: the text changes under the annotations.
    const edited = 'A colleague’s corrected version.\n\n' + ARTICLE;
    const raw = new Database(c.path);
    raw.prepare('UPDATE document_texts SET text = ?, text_sha256 = ? WHERE document_id = ?').run(edited, sha256(edited), c.documentId);
    raw.close();
    const report = await c.invoke('annotations:reanchor', { documentId: c.documentId });
    expect(report.annotations).toEqual({ anchored: 0, moved: 1, fuzzy: 0, orphaned: 0 });
    expect((await c.invoke('annotations:list', { documentId: c.documentId })).items[0]).toMatchObject({ id: live.id, start: edited.indexOf(QUOTE) });
    // Nothing is stale any more.
    expect((await c.invoke('annotations:reanchor', { documentId: c.documentId })).annotations).toEqual({ anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 });
    await c.invoke('annotations:restore', { ids: [deleted.id] });
    const restored = (await c.invoke('annotations:list', { documentId: c.documentId })).items.find((a) => a.id === deleted.id)!;
    expect(edited.slice(restored.start, restored.end)).toBe('Kafr Losin crossing');
  });
});
