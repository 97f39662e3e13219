import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asWritable } from '../../../electron/services/casefile/case-db.ts';
import { migrate } from '../../../electron/services/casefile/migrate.ts';
import { MIGRATIONS } from '../../../electron/services/casefile/migration-list.ts';
import { deleteDocuments, restoreDocuments } from '../../../electron/services/documents/document-edits.ts';
import { storeDocument } from '../../../electron/services/documents/store-document.ts';
import { engineCase } from '../../helpers/engine-case.ts';
import { caseFootprint, documentRows, importFiles, testJob, writeFiles } from '../../helpers/import-helpers.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';
import { newsText } from '../../helpers/news-text.ts';
import { tempDir } from '../../helpers/temp.ts';
import { createEngine } from '../../../electron/services/engine.ts';
import { testEnvironment } from '../../helpers/make-case.ts';

const ARTICLE = readFileSync(new URL('../../fixtures/turkey-convoys-idlib.txt', import.meta.url), 'utf8');

/** A syndicated copy: the article's middle, reprinted under another masthead with a line of its own. */
function syndicatedCopy(): string {
  const paragraphs = ARTICLE.split('\n\n');
  return ['Reprinted from Middle East Monitor.', ...paragraphs.slice(2, 9)].join('\n\n');
}

describe('import batch', () => {
  it('reports re-imported bytes as duplicates and adds nothing', async () => {
    const { db, close } = makeCase();
    const paths = writeFiles(tempDir(), { 'a.txt': 'First report text.', 'b.txt': 'Second report text.' });
    expect((await importFiles(db, paths)).imported).toBe(2);
    const before = caseFootprint(db);
    const again = await importFiles(db, paths);
    expect(again).toMatchObject({ imported: 0, duplicates: 2, failed: [] });
    expect(again.items.map((i) => i.status)).toEqual(['duplicate', 'duplicate']);
    expect(caseFootprint(db)).toEqual(before);
    close();
  });

  it('links near-duplicates (the same story syndicated) with their similarity', async () => {
    const { db, close } = makeCase();
    const paths = writeFiles(tempDir(), {
      'original.txt': ARTICLE,
      'memo-copy.txt': syndicatedCopy(),
      'unrelated.txt': 'USAID reports that hostilities displaced approximately 586,000 people in northwest Syria since December 1, while humanitarian actors scaled up their response across Idlib governorate and western Aleppo.',
    });
    const report = await importFiles(db, paths);
    expect(report.imported).toBe(3);
    expect(report.nearDuplicates).toHaveLength(1);
    const near = report.nearDuplicates[0]!;
    expect(near.file).toBe(paths[1]);
    expect(near.similarTo.title).toBe('Turkey sends armoured convoys into Syria to face off against Assad');
    expect(near.similarity).toBeGreaterThan(0.5);
    expect(near.similarity).toBeLessThan(1);
    const links = db.prepare('SELECT document_id, other_id, similarity FROM near_duplicates').all();
    expect(links).toHaveLength(2); // both directions
    // A deleted document leaves the candidate index (its buckets are found from its signature) and comes back on restore.
    const lsh = (id: string): number => (db.prepare('SELECT count(*) AS n FROM document_lsh WHERE document_id = ?').get(id) as { n: number }).n;
    expect(lsh(near.documentId)).toBe(20);
    deleteDocuments(db, [near.documentId], TEST_ACTOR);
    expect(lsh(near.documentId)).toBe(0);
    restoreDocuments(db, [near.documentId], TEST_ACTOR);
    expect(lsh(near.documentId)).toBe(20);
    close();
  });

  it('reports progress with counts, bytes and the current file', async () => {
    const { db, close } = makeCase();
    const updates: Record<string, unknown>[] = [];
    const paths = writeFiles(tempDir(), Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`r${i}.txt`, newsText(i)])));
    await importFiles(db, paths, testJob(new AbortController(), (patch) => updates.push({ ...patch })));
    const totals = updates.find((u) => u['total'] !== undefined);
    expect(totals).toMatchObject({ total: 5, bytesTotal: paths.reduce((s, p) => s + readFileSync(p).length, 0) });
    expect(updates.filter((u) => typeof u['current'] === 'string').map((u) => u['current'])).toEqual(paths);
    expect(updates.at(-1)).toMatchObject({ done: 5 });
    close();
  });

  it('cancels between documents: every finished one stays whole, nothing is half-written', async () => {
    const { db, close } = makeCase();
    const abort = new AbortController();
    const paths = writeFiles(tempDir(), Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`r${String(i).padStart(2, '0')}.txt`, newsText(i) + ` Unique ${i}.`])));
    const job = testJob(abort, (patch) => {
      if ((patch as { done?: number }).done === 7) abort.abort();
    });
    const report = await importFiles(db, paths, job);
    expect(report.cancelled).toBe(true);
    expect(report.imported).toBe(7);
    const docs = documentRows(db);
    expect(docs).toHaveLength(7);
    const counts = caseFootprint(db);
    expect(counts).toMatchObject({ documents: 7, document_texts: 7, search_rows: 7 });
    close();
  });

  it('indexes the documents of a case written before search existed, on first search', async () => {
    const path = join(tempDir(), 'old.sightline');
    const raw = new Database(path);
    raw.pragma('application_id = 1397181524');
    const db = asWritable(raw);
    migrate(db, path, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO case_meta (key, value) VALUES ('id', 'x'), ('title', 'Old case')").run();
    // Version 1 had no index: rows written straight into its tables.
    db.transaction(() => {
      db.prepare(
        "INSERT INTO documents (id, rev, created_at, created_by, updated_at, updated_by, format, title) VALUES ('d1', 'r1', '2020-01-01', 'a', '2020-01-01', 'a', 'text', 'Old report')",
      ).run();
      db.prepare("INSERT INTO document_texts (document_id, text, text_sha256) VALUES ('d1', 'Convoys crossed at Kafr Losin.', 'x')").run();
    })();
    raw.close();
    const engine = createEngine(testEnvironment());
    await engine.invoke('s', 'case:open', { path });
    const result = (await engine.invoke('s', 'search:query', { query: 'losin' })) as { total: number; hits: { documentId: string }[] };
    expect(result.hits.map((h) => h.documentId)).toEqual(['d1']);
    engine.close();
  });

  it('stores, indexes and analyses through one function other writers can use too', async () => {
    const { db, close } = makeCase();
    db.transaction(() => storeDocument(db, { bytes: Buffer.from('x'), mediaType: 'text/plain', format: 'text', fileName: 'x.txt', title: 'Stored directly', text: 'Directly stored text.' }, TEST_ACTOR))();
    expect(db.prepare("SELECT count(*) AS n FROM document_search WHERE document_search MATCH '\"directly\"'").get()).toEqual({ n: 1 });
    close();
  });

  it('builds the sample case through the import pipeline, searchable, with its manifest metadata', async () => {
    const c = await engineCase();
    await c.call('case:close', {});
    const info = await c.call('case:openSample', { path: join(tempDir(), 'sample.sightline') });
    expect(info.counts.documents).toBe(5);
    const list = await c.call('documents:list', { sort: 'title', direction: 'asc' });
    expect(list.items.map((d) => [d.title, d.sourceName, d.published])).toContainEqual(['2020 Balyun airstrikes', 'Wikipedia', null]);
    expect(list.items.map((d) => [d.title, d.sourceName, d.published])).toContainEqual(['Syria - Complex Emergency Fact Sheet #4, Fiscal Year (FY) 2020', 'USAID', '2020-02-07']);
    const hits = await c.call('search:query', { query: '"Kafr Losin"' });
    expect(hits.hits.map((h) => h.title)).toEqual(['Turkey sends armoured convoys into Syria to face off against Assad']);
    c.close();
  });
});
