import { describe, expect, it } from 'vitest';
import { insertRecord, updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { historyOfRecord, listHistory } from '../../../electron/services/history/history-queries.ts';
import { makeCase } from '../../helpers/make-case.ts';

describe('history queries', () => {
  it('list every change newest first, filtered by person, table, kind, time and words, a page at a time', () => {
    const tc = makeCase({ documents: 2 });
    const tag = insertRecord(tc.db, 'tags', { name: 'Shelling' }, 'anna', { at: '2030-01-01T00:00:00.000Z' });
    updateRecord(tc.db, 'tags', tag.id, { name: 'Artillery' }, 'bert', { at: '2030-01-02T00:00:00.000Z', summary: 'renamed tag' });
    const all = listHistory(tc.db, { limit: 100 });
    expect(all.entries[0]).toMatchObject({ actor: 'bert', op: 'update', table: 'tags', summary: 'renamed tag', before: { name: 'Shelling' }, after: { name: 'Artillery' } });
    expect(all.actors).toEqual(expect.arrayContaining(['anna', 'bert']));
    expect(listHistory(tc.db, { limit: 100, actor: 'anna' }).entries.map((e) => e.op)).toEqual(['insert']);
    expect(listHistory(tc.db, { limit: 100, table: 'documents' }).entries).toHaveLength(2);
    expect(listHistory(tc.db, { limit: 100, op: 'update' }).entries).toHaveLength(1);
    expect(listHistory(tc.db, { limit: 100, from: '2030-01-02T00:00:00.000Z' }).entries).toHaveLength(1);
    expect(listHistory(tc.db, { limit: 100, text: 'artill' }).entries).toHaveLength(1);
    expect(listHistory(tc.db, { limit: 100, text: '100%_' }).entries).toHaveLength(0);
    const page1 = listHistory(tc.db, { limit: 2 });
    expect(page1.hasMore).toBe(true);
    const page2 = listHistory(tc.db, { limit: 2, before: page1.entries[1]!.id });
    expect(page2.entries.map((e) => e.id)).not.toContain(page1.entries[0]!.id);
    expect([...page1.entries, ...page2.entries].map((e) => e.id)).toEqual(all.entries.slice(0, 4).map((e) => e.id));
    expect(historyOfRecord(tc.db, 'tags', tag.id).map((e) => e.actor)).toEqual(['anna', 'bert']);
    tc.close();
  });
});
