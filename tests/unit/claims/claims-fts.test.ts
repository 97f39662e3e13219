/** Migration 5: the claims' FTS index follows every write, and the grid's indexes serve its sorts. */
import { afterEach, describe, expect, it } from 'vitest';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { deleteRecord, insertRecord, updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { queryClaims } from '../../../electron/services/claims/claim-query.ts';
import { makeCase, TEST_ACTOR, type TestCase } from '../../helpers/make-case.ts';

let made: TestCase | undefined;
afterEach(() => made?.close());

const search = (text: string) => queryClaims(made!.db, { startRow: 0, endRow: 100, count: true, sortModel: [], filterModel: {}, scope: { text } });

describe('claims_fts', () => {
  it('indexes claims as they are inserted, edited and removed, folding accents', () => {
    made = makeCase();
    const db = made.db;
    const { id } = insertRecord(db, 'claims', { text: 'Shelling near Maarat al-Numan killed 12 civilians', notes: '' }, TEST_ACTOR);
    expect(search('maarat civil').rows.map((r) => r.id)).toEqual([id]);
    updateRecord(db, 'claims', id, { text: 'Shelling near Saraqib', notes: 'Vérifié par imagerie' }, TEST_ACTOR);
    expect(search('maarat').total).toBe(0);
    expect(search('verifie').rows.map((r) => r.id)).toEqual([id]);
    deleteRecord(db, 'claims', id, TEST_ACTOR);
    expect(search('saraqib').total).toBe(0);
    statement(db, 'DELETE FROM claims WHERE id = ?').run(id);
    expect(statement(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'saraqib'").pluck().get()).toBe(0);
    // FTS5 raises SQLITE_CORRUPT when the index and the claims table disagree.
    expect(() => statement(db, "INSERT INTO claims_fts (claims_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
  });

  it('reads a sorted page from the partial index, not a sort of the table', () => {
    made = makeCase();
    const plan = (order: string) =>
      (statement(made!.db, `EXPLAIN QUERY PLAN SELECT c.id FROM claims c WHERE c.deleted_at IS NULL ORDER BY ${order} LIMIT 100 OFFSET 1000`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    expect(plan('c.value DESC, c.id DESC')).toMatch(/USING (COVERING )?INDEX claims_live_value/);
    expect(plan('c.value DESC, c.id DESC')).not.toMatch(/TEMP B-TREE/);
    expect(plan('c.when_start ASC, c.id ASC')).toMatch(/claims_live_when_start/);
    expect(plan('c.document_id ASC, c.span_start ASC, c.id ASC')).toMatch(/claims_live_document/);
  });
});
