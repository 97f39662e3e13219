import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors.ts';
import { recordHistory } from '../../../electron/services/casefile/change-log.ts';
import { deleteRecord, insertRecord, restoreRecord, updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';

describe('record store', () => {
  it('stamps, versions and logs every change to a record', () => {
    const { db, close } = makeCase();
    const { id, rev } = insertRecord(db, 'sources', { name: 'SOHR', aliases: ['Syrian Observatory'] }, TEST_ACTOR);
    const edit = updateRecord(db, 'sources', id, { reliability: 'B', name: 'SOHR' }, 'alice');
    expect(edit.changed).toEqual(['reliability']);
    expect(edit.rev).not.toBe(rev);
    deleteRecord(db, 'sources', id, 'bob');
    restoreRecord(db, 'sources', id, 'alice');

    const row = db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as Record<string, unknown>;
    expect(row).toMatchObject({ name: 'SOHR', reliability: 'B', created_by: TEST_ACTOR, updated_by: 'alice', deleted_at: null });
    expect(JSON.parse(row['aliases'] as string)).toEqual(['Syrian Observatory']);

    const history = recordHistory(db, 'sources', id);
    expect(history.map((h) => [h.op, h.actor])).toEqual([
      ['insert', TEST_ACTOR],
      ['update', 'alice'],
      ['delete', 'bob'],
      ['restore', 'alice'],
    ]);
    expect(history[1]).toMatchObject({ before: { reliability: null }, after: { reliability: 'B' }, prevRev: rev });
    // Each change's prev_rev is the rev before it: the chain merging reasons about.
    for (let i = 1; i < history.length; i++) expect(history[i]!.prevRev).toBe(history[i - 1]!.rev);
    expect(history.at(-1)!.rev).toBe(row['rev']);
    close();
  });

  it('does not log an edit that changes nothing', () => {
    const { db, close } = makeCase();
    const { id, rev } = insertRecord(db, 'tags', { name: 'Troop movement' }, TEST_ACTOR);
    expect(updateRecord(db, 'tags', id, { name: 'Troop movement' }, TEST_ACTOR)).toEqual({ rev, changed: [] });
    expect(recordHistory(db, 'tags', id)).toHaveLength(1);
    close();
  });

  it('refuses an edit based on a stale version', () => {
    const { db, close } = makeCase();
    const { id, rev } = insertRecord(db, 'tags', { name: 'Shelling' }, TEST_ACTOR);
    updateRecord(db, 'tags', id, { color: '#ff0000' }, 'alice', { expectedRev: rev });
    expect(() => updateRecord(db, 'tags', id, { color: '#00ff00' }, 'bob', { expectedRev: rev })).toThrow(/changed by alice/);
    close();
  });

  it('refuses fields that are not editable, and unknown records', () => {
    const { db, close } = makeCase();
    expect(() => insertRecord(db, 'tags', { name: 'x', rev: 'forged' } as never, TEST_ACTOR)).toThrow(ApiError);
    expect(() => updateRecord(db, 'tags', 'missing', { name: 'x' }, TEST_ACTOR)).toThrow(/No tags record/);
    close();
  });

  it('keeps the write and its log entry in one transaction', () => {
    const { db, close } = makeCase();
    const before = (db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n;
    expect(() =>
      db.transaction(() => {
        insertRecord(db, 'tags', { name: 'Airstrike' }, TEST_ACTOR);
        throw new Error('crash mid-way');
      })(),
    ).toThrow('crash mid-way');
    expect((db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n).toBe(0);
    expect((db.prepare('SELECT count(*) AS n FROM changes').get() as { n: number }).n).toBe(before);
    close();
  });
});
