import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { deleteRecord, insertRecord, updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { writeContainer } from '../../../electron/services/share/container.ts';
import { fileSha256 } from '../../../electron/services/share/export-case.ts';
import { openIncoming } from '../../../electron/services/share/incoming.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';
import { copyOf, dump, exportTo, mergeFile, total } from './share-fixtures.ts';
import { openSync, closeSync } from 'node:fs';

describe('merge', () => {
  it("adds a colleague's new records, takes one-side changes and deletions, and brings the documents into search", async () => {
    const mine = makeCase({ documents: 2 });
    const theirs = copyOf(mine.db, mine.path, mine.dir, 'theirs');
    const tag = insertRecord(theirs.db, 'tags', { name: 'Shelling' }, 'colleague');
    updateRecord(theirs.db, 'documents', mine.documentIds[0]!, { title: 'Renamed by colleague' }, 'colleague');
    deleteRecord(theirs.db, 'documents', mine.documentIds[1]!, 'colleague');
    theirs.close();
    const file = exportTo(theirs.path, mine.dir);
    const report = await mergeFile(mine.db, file);
    expect(report.added).toMatchObject({ tags: 1, documents: 0 });
    expect(report.updated).toMatchObject({ documents: 2 });
    expect(report.conflicts).toEqual([]);
    expect(mine.db.prepare('SELECT name FROM tags WHERE id = ?').get(tag.id)).toEqual({ name: 'Shelling' });
    expect(mine.db.prepare('SELECT title, updated_by FROM documents WHERE id = ?').get(mine.documentIds[0])).toEqual({ title: 'Renamed by colleague', updated_by: 'colleague' });
    expect(mine.db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM documents WHERE id = ?').get(mine.documentIds[1])).toEqual({ gone: 1 });
    // Their change log came along: History shows who changed what.
    expect(mine.db.prepare("SELECT count(*) AS n FROM changes WHERE actor = 'colleague'").get()).toEqual({ n: 3 });
    mine.close();
  });

  it('adds documents to an empty case with their bytes and search entries', async () => {
    const source = makeCase({ documents: 3 });
    const file = exportTo(source.path, source.dir);
    const target = makeCase();
    const report = await mergeFile(target.db, file);
    expect(report.added['documents']).toBe(3);
    expect(target.db.prepare('SELECT count(*) AS n FROM blobs').get()).toEqual({ n: 3 });
    expect(target.db.prepare("SELECT count(*) AS n FROM document_search WHERE document_search MATCH 'convoys'").get()).toEqual({ n: 3 });
    source.close();
    target.close();
  });

  it('stores a conflict with both versions, who and when, when both sides changed a record; the case keeps mine', async () => {
    const mine = makeCase({ documents: 1 });
    const theirs = copyOf(mine.db, mine.path, mine.dir, 'theirs');
    const id = mine.documentIds[0]!;
    updateRecord(mine.db, 'documents', id, { title: 'Mine' }, 'me');
    updateRecord(theirs.db, 'documents', id, { title: 'Theirs', author: 'A. Writer' }, 'colleague');
    theirs.close();
    const file = exportTo(theirs.path, mine.dir);
    const report = await mergeFile(mine.db, file);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ table: 'documents', recordId: id, fields: ['author', 'title'], mine: { by: 'me' }, theirs: { by: 'colleague' } });
    expect(mine.db.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: 'Mine' });
    const stored = mine.db.prepare('SELECT mine, theirs FROM merge_conflicts').get() as { mine: string; theirs: string };
    expect(JSON.parse(stored.mine)).toMatchObject({ title: 'Mine' });
    expect(JSON.parse(stored.theirs)).toMatchObject({ title: 'Theirs', author: 'A. Writer' });
    // Merging the same file again: nothing new, no second conflict.
    const again = await mergeFile(mine.db, file);
    expect(total(again.added) + total(again.updated)).toBe(0);
    expect(again.conflicts).toEqual([]);
    expect(mine.db.prepare('SELECT count(*) AS n FROM merge_conflicts').get()).toEqual({ n: 1 });
    mine.close();
  });

  it('is idempotent: merging the same file twice changes nothing the second time', async () => {
    const mine = makeCase({ documents: 2 });
    const theirs = copyOf(mine.db, mine.path, mine.dir, 'theirs');
    insertRecord(theirs.db, 'places', { name: 'Saraqib', lat: 35.86, lon: 36.8 }, 'colleague');
    updateRecord(theirs.db, 'documents', mine.documentIds[0]!, { title: 'x' }, 'colleague');
    theirs.close();
    const file = exportTo(theirs.path, mine.dir);
    await mergeFile(mine.db, file);
    const before = dump(mine.db);
    const changes = mine.db.prepare('SELECT count(*) AS n FROM changes').get();
    const second = await mergeFile(mine.db, file);
    expect(total(second.added) + total(second.updated) + second.conflicts.length).toBe(0);
    expect(dump(mine.db)).toEqual(before);
    expect(mine.db.prepare('SELECT count(*) AS n FROM changes').get()).toEqual(changes);
    mine.close();
  });

  it('refuses a file with a trigger or view it did not expect, leaving the case untouched', async () => {
    const source = makeCase({ documents: 1 });
    const target = makeCase();
    for (const evil of [
      'CREATE TRIGGER evil AFTER INSERT ON tags BEGIN DELETE FROM documents; END',
      'CREATE VIEW evil AS SELECT * FROM documents',
      'CREATE TABLE extra (x TEXT) STRICT',
    ]) {
      const file = await forgedExport(source.path, source.dir, (db) => db.exec(evil));
      await expect(mergeFile(target.db, file)).rejects.toThrow(/unexpected (trigger|view|table) "(evil|extra)"/);
    }
    expect(target.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    source.close();
    target.close();
  });

  it('refuses a row that fails validation (and a snapshot that does not match its manifest), leaving the case untouched', async () => {
    const source = makeCase({ documents: 2 });
    const target = makeCase();
    const badTime = await forgedExport(source.path, source.dir, (db) => db.prepare("UPDATE documents SET updated_at = 'yesterday' WHERE rowid = 2").run());
    await expect(mergeFile(target.db, badTime)).rejects.toThrow(/a row of documents is not valid \(updated_at/);
    const now = new Date().toISOString();
    const badId = await forgedExport(source.path, source.dir, (db) =>
      db.prepare('INSERT INTO tags (id, name, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run('x', 'n', newId(), now, 'a', now, 'a'),
    );
    await expect(mergeFile(target.db, badId)).rejects.toThrow(/a row of tags is not valid \(id/);
    const badBytes = await forgedExport(source.path, source.dir, (db) => db.prepare("UPDATE blobs SET bytes = x'00' WHERE rowid = 1").run());
    await expect(mergeFile(target.db, badBytes)).rejects.toThrow(/(do not match their SHA-256|not valid)/);
    expect(target.db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 0 });
    expect(target.db.prepare('SELECT count(*) AS n FROM merges').get()).toEqual({ n: 0 });
    source.close();
    target.close();
  });

  it('merges in either order to the same case when the changes do not conflict (property, 12 random runs)', async () => {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let run = 0; run < 12; run++) {
      const base = makeCase({ documents: 3 });
      const ids = [...base.documentIds];
      for (let i = 0; i < 4; i++) ids.push(insertRecord(base.db, 'tags', { name: `t${i}` }, TEST_ACTOR).id);
      const a = copyOf(base.db, base.path, base.dir, 'a');
      const b = copyOf(base.db, base.path, base.dir, 'b');
      // Each record goes to at most one side, so nothing conflicts.
      for (const id of ids) {
        const side = [a, b, null][random(3)];
        if (!side) continue;
        const table = base.documentIds.includes(id) ? 'documents' : 'tags';
        const action = random(3);
        if (action === 0) deleteRecord(side.db, table, id, side === a ? 'anna' : 'bert');
        else if (table === 'documents') updateRecord(side.db, 'documents', id, { title: `edited ${random(1000)}` }, side === a ? 'anna' : 'bert');
        else updateRecord(side.db, 'tags', id, { color: `#00${String(random(90) + 10)}00` }, side === a ? 'anna' : 'bert');
      }
      for (let i = random(3); i > 0; i--) insertRecord(a.db, 'places', { name: `p${i}` }, 'anna');
      for (let i = random(3); i > 0; i--) insertRecord(b.db, 'sources', { name: `s${i}` }, 'bert');
      a.close();
      b.close();
      const fileA = exportTo(a.path, base.dir);
      const fileB = exportTo(b.path, base.dir);
      const ab = copyOf(base.db, base.path, base.dir, 'ab');
      const ba = copyOf(base.db, base.path, base.dir, 'ba');
      const r1 = [await mergeFile(ab.db, fileA), await mergeFile(ab.db, fileB)];
      const r2 = [await mergeFile(ba.db, fileB), await mergeFile(ba.db, fileA)];
      expect([...r1, ...r2].flatMap((r) => r.conflicts)).toEqual([]);
      expect(dump(ab.db)).toEqual(dump(ba.db));
      ab.close();
      ba.close();
      base.close();
    }
  }, 60_000);
});

/** An export whose snapshot was altered by `change` after it was taken, re-wrapped with a manifest that matches it. */
async function forgedExport(casePath: string, dir: string, change: (db: Database.Database) => unknown): Promise<string> {
  const honest = exportTo(casePath, dir);
  const incoming = await openIncoming(honest, undefined);
  const snapshot = join(tempDir(), 'forged-snapshot.sightline');
  copyFileSync(incoming.snapshotPath, snapshot);
  const manifest = incoming.manifest;
  incoming.cleanup();
  const db = new Database(snapshot);
  change(db);
  for (const table of Object.keys(manifest.counts)) {
    const sql = `SELECT count(*) AS n FROM ${table}`;
    manifest.counts[table] = (db.prepare(sql).get() as { n: number }).n;
  }
  db.close();
  manifest.snapshot = { sha256: fileSha256(snapshot), bytes: 0 };
  const out = join(dir, `forged-${newId().slice(-8)}.sightline`);
  const fd = openSync(out, 'w');
  writeContainer(fd, manifest, snapshot);
  closeSync(fd);
  return out;
}
