import { describe, expect, it } from 'vitest';
import { updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { recordHistory } from '../../../electron/services/casefile/change-log.ts';
import { listConflicts, resolveConflict } from '../../../electron/services/share/conflicts.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { copyOf, exportTo, mergeFile, total } from './share-fixtures.ts';

async function conflicted() {
  const mine = makeCase({ documents: 1 });
  const theirs = copyOf(mine.db, mine.path, mine.dir, 'theirs');
  const id = mine.documentIds[0]!;
  updateRecord(mine.db, 'documents', id, { title: 'Mine' }, 'me');
  updateRecord(theirs.db, 'documents', id, { title: 'Theirs' }, 'colleague');
  const file = exportTo(theirs.path, mine.dir);
  await mergeFile(mine.db, file);
  const [conflict] = listConflicts(mine.db, false);
  return { mine, theirs, id, file, conflict: conflict! };
}

describe('resolving merge conflicts', () => {
  it('take theirs: the record gets their version as a new logged edit; merging back brings the resolution to them', async () => {
    const { mine, theirs, id, file, conflict } = await conflicted();
    const resolved = resolveConflict(mine.db, { id: conflict.id, choice: 'theirs' }, 'me');
    expect(resolved).toMatchObject({ resolution: 'theirs', resolvedBy: 'me' });
    expect(mine.db.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: 'Theirs' });
    expect(recordHistory(mine.db, 'documents', id).at(-1)!.summary).toMatch(/took colleague's version/);
    expect(listConflicts(mine.db, false)).toEqual([]);
    // The same file again: nothing to do.
    const again = await mergeFile(mine.db, file);
    expect(again.conflicts).toEqual([]);
    expect(total(again.updated)).toBe(0);
    // The colleague merges my case: they take my resolution, no conflict on their side.
    const back = await mergeFile(theirs.db, exportTo(mine.path, mine.dir), 'colleague');
    expect(back.conflicts).toEqual([]);
    expect(back.updated['documents']).toBe(1);
    expect(theirs.db.prepare('SELECT title, rev FROM documents WHERE id = ?').get(id)).toEqual(mine.db.prepare('SELECT title, rev FROM documents WHERE id = ?').get(id));
    mine.close();
    theirs.close();
  });

  it('keep mine: the record keeps my values under a new rev that supersedes theirs', async () => {
    const { mine, theirs, id, conflict } = await conflicted();
    resolveConflict(mine.db, { id: conflict.id, choice: 'mine' }, 'me');
    expect(mine.db.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: 'Mine' });
    const back = await mergeFile(theirs.db, exportTo(mine.path, mine.dir), 'colleague');
    expect(back.conflicts).toEqual([]);
    expect(theirs.db.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: 'Mine' });
    mine.close();
    theirs.close();
  });

  it('edit: the analyst writes a third version; a resolved conflict cannot be resolved twice; unknown fields are refused', async () => {
    const { mine, id, conflict } = await conflicted();
    expect(() => resolveConflict(mine.db, { id: conflict.id, choice: 'edit', values: { nonsense: 1 } }, 'me')).toThrow(/no field "nonsense"/);
    resolveConflict(mine.db, { id: conflict.id, choice: 'edit', values: { title: 'Mine and theirs' } }, 'me');
    expect(mine.db.prepare('SELECT title FROM documents WHERE id = ?').get(id)).toEqual({ title: 'Mine and theirs' });
    expect(() => resolveConflict(mine.db, { id: conflict.id, choice: 'mine' }, 'me')).toThrow(/already resolved/);
    expect(listConflicts(mine.db, true)[0]).toMatchObject({ resolution: 'edited' });
    // The title edit reached the search index.
    expect(mine.db.prepare("SELECT count(*) AS n FROM document_search WHERE document_search MATCH 'title:theirs'").get()).toEqual({ n: 1 });
    mine.close();
  });
});
