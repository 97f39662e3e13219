/**
 * Every way a page of claims is read — walking indexes segment by segment, probing the top
 * of an index, slicing the view's snapshot — gives exactly the order of the view's ORDER BY,
 * for every sort, with filters, on a real case file with the awkward rows: claims without a
 * source or a document, two sources with the same name, ungraded sources, deleted claims.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { updateRecord } from '../../../electron/services/casefile/record-store.ts';
import { SORTABLE_COLUMNS } from '../../../electron/services/claims/claim-columns.ts';
import { segmentSelect, viewOrderSql, type ClaimView } from '../../../electron/services/claims/claim-order.ts';
import { countClaims, queryClaims, viewSnapshot, type QueryTuning } from '../../../electron/services/claims/claim-query.ts';
import { keepingOrders } from '../../../electron/services/claims/orders-across-edits.ts';
import { forgetSnapshots, freshSnapshot } from '../../../electron/services/claims/view-snapshots.ts';
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { writeGeneratedClaims } from '../../helpers/generated-claims.ts';
import { makeCase, TEST_ACTOR, type TestCase } from '../../helpers/make-case.ts';

let made: TestCase;

beforeAll(() => {
  made = makeCase();
  const db = made.db;
  const { sources, documents } = writeGeneratedClaims(db, { claims: 1500, documents: 40, sources: 9, places: 30, seed: 3 });
  db.transaction(() => {
    // Two sources and two documents with the same name; some claims without either; some deleted.
    db.prepare('UPDATE sources SET name = ? WHERE id IN (?, ?)').run('Outlet same', sources[1], sources[5]);
    db.prepare('UPDATE documents SET title = ? WHERE id IN (?, ?)').run('Report same', documents[2], documents[7]);
    db.prepare('UPDATE claims SET source_id = NULL WHERE rowid % 37 = 0').run();
    db.prepare('UPDATE claims SET document_id = NULL, span_start = NULL WHERE rowid % 41 = 0').run();
    db.prepare("UPDATE claims SET deleted_at = '2026-11-25T13:00:00.000Z' WHERE rowid % 53 = 0").run();
  })();
});
afterAll(() => made.close());

const view = (v: Partial<ClaimView>): ClaimView => ({ sortModel: [], filterModel: {}, scope: {}, ...v });

/** The view read by SQLite's own ORDER BY, no index hints: what every path must give. */
function reference(v: ClaimView): string[] {
  const { plain } = viewOrderSql(made.db, v);
  const rowids = statement(made.db, segmentSelect(plain)).pluck().all(...plain.params) as number[];
  const ids = new Map(made.db.prepare('SELECT rowid, id FROM claims').raw().all() as [number, string][]);
  return rowids.map((r) => ids.get(r)!);
}

function readAll(v: ClaimView, tuning: QueryTuning, pageSize = 37): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (let start = 0; ; start += pageSize) {
    const page = queryClaims(made.db, { ...v, startRow: start, endRow: start + pageSize, count: false }, tuning);
    rows.push(...page.rows);
    if (page.rows.length < pageSize) return rows;
  }
}

const WAYS: Record<string, QueryTuning> = {
  'from the snapshot': { directRows: 0, probeRows: [] },
  'from the indexes (walks and probes that see everything)': { directRows: Infinity, probeRows: [1_000_000] },
  'by shallow probes, then the snapshot': { directRows: Infinity, probeRows: [60, 200] },
};

const VIEWS: [string, ClaimView][] = [
  ['no sort', view({})],
  ...SORTABLE_COLUMNS.flatMap((colId) => (['asc', 'desc'] as const).map((sort): [string, ClaimView] => [`${colId} ${sort}`, view({ sortModel: [{ colId, sort }] })])),
  ['status asc, value desc', view({ sortModel: [{ colId: 'status', sort: 'asc' }, { colId: 'value', sort: 'desc' }] })],
  ['quick search', view({ scope: { text: 'saraqib' } })],
  ['quick search, value desc', view({ scope: { text: 'saraqib' }, sortModel: [{ colId: 'value', sort: 'desc' }] })],
  ['claim contains "witnesses"', view({ filterModel: { text: { filterType: 'text', type: 'contains', filter: 'witnesses' } } })],
  ['status confirmed, grade desc', view({ filterModel: { status: { filterType: 'set', values: ['confirmed'] } }, sortModel: [{ colId: 'grade', sort: 'desc' }] })],
  ['value 100–500, source asc', view({ filterModel: { value: { filterType: 'number', type: 'inRange', filter: 100, filterTo: 500 } }, sortModel: [{ colId: 'source', sort: 'asc' }] })],
  ['a rare filter, when asc', view({ filterModel: { unit: { filterType: 'text', type: 'equals', filter: 'tanks' }, status: { filterType: 'set', values: ['rejected'] } }, sortModel: [{ colId: 'when', sort: 'asc' }] })],
];

describe('reading a view of claims', () => {
  it('the generated case has the awkward rows the order must place', () => {
    const count = (sql: string) => made.db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM claims WHERE deleted_at IS NULL AND source_id IS NULL')).toBeGreaterThan(10);
    expect(count('SELECT count(*) FROM claims WHERE deleted_at IS NULL AND document_id IS NULL')).toBeGreaterThan(10);
    expect(count('SELECT count(*) FROM claims WHERE deleted_at IS NOT NULL')).toBeGreaterThan(10);
    expect(count("SELECT count(*) FROM claims c JOIN sources s ON s.id = c.source_id WHERE s.name = 'Outlet same'")).toBeGreaterThan(100);
    expect(count('SELECT count(DISTINCT reliability) FROM sources')).toBeGreaterThan(1);
  });

  for (const [name, v] of VIEWS) {
    it(`${name}: every way gives the ORDER BY's order, and the count`, () => {
      const expected = reference(v);
      expect(expected.length).toBeGreaterThan(0);
      for (const [way, tuning] of Object.entries(WAYS)) {
        forgetSnapshots(made.db);
        expect(readAll(v, tuning).map((r) => r.id), way).toEqual(expected);
      }
      expect(countClaims(made.db, v).total).toBe(expected.length);
    });
  }

  it('sorts by grade as the Admiralty code reads: reliability, then credibility, ungraded first ascending', () => {
    const rows = readAll(view({ sortModel: [{ colId: 'grade', sort: 'asc' }] }), WAYS['from the indexes (walks and probes that see everything)']!);
    const key = (r: ClaimRow) => [r.reliability ?? '', r.credibility ?? 0, r.id] as const;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
      expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] < b[2]))), `${a.join(' ')} before ${b.join(' ')}`).toBe(true);
    }
  });

  it('reads a narrowed view for its snapshot by its own best access, never by walking a partial index', () => {
    const plan = (v: ClaimView) => {
      const { sorted } = viewOrderSql(made.db, v);
      const explain = `EXPLAIN QUERY PLAN ${segmentSelect(sorted)}`;
      return (made.db.prepare(explain).all(...sorted.params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    };
    expect(plan(view({ filterModel: { text: { filterType: 'text', type: 'contains', filter: 'witnesses' } }, sortModel: [{ colId: 'value', sort: 'asc' }] }))).toMatch(/^SCAN c \| USE TEMP B-TREE FOR ORDER BY/);
    expect(plan(view({ scope: { ids: ['x', 'y'] } }))).toMatch(/SEARCH c USING INDEX sqlite_autoindex_claims_1 \(id=\?\)/);
    expect(plan(view({ scope: { text: 'saraqib' } }))).toMatch(/SEARCH c USING INTEGER PRIMARY KEY/);
  });

  it('a snapshot is dropped when a claim changes, on this connection or another', () => {
    const v = view({ sortModel: [{ colId: 'value', sort: 'asc' }] });
    const snapshotOnly = WAYS['from the snapshot']!;
    const total = countClaims(made.db, v).total;
    const last = () => queryClaims(made.db, { ...v, startRow: total - 1, endRow: total, count: false }, snapshotOnly).rows[0]!;
    const first = queryClaims(made.db, { ...v, startRow: 0, endRow: 1, count: false }, snapshotOnly).rows[0]!;
    updateRecord(made.db, 'claims', first.id, { value: 999_999 }, TEST_ACTOR);
    expect(last().id).toBe(first.id);

    const other = new Database(made.path);
    other.prepare('UPDATE claims SET value = 1000000 WHERE id = (SELECT id FROM claims WHERE deleted_at IS NULL AND value IS NULL LIMIT 1)').run();
    const moved = other.prepare('SELECT id FROM claims WHERE value = 1000000').pluck().get();
    other.close();
    expect(last().id).toBe(moved);
    expect(countClaims(made.db, v).total).toBe(total);
  });

  it('keeps a view\'s order across an edit of a field it neither sorts nor filters by, and only then', () => {
    const byValue = view({ sortModel: [{ colId: 'value', sort: 'desc' }] });
    const byStatus = view({ sortModel: [{ colId: 'status', sort: 'asc' }] });
    const confirmedOnly = view({ filterModel: { status: { filterType: 'set', values: ['confirmed'] } } });
    const byEdited = view({ sortModel: [{ colId: 'updatedAt', sort: 'desc' }] });
    const kept = (v: ClaimView) => freshSnapshot(made.db, v) !== null;
    const claim = (n: number) => reference(byValue)[n]!;
    forgetSnapshots(made.db);
    for (const v of [byValue, byStatus, confirmedOnly, byEdited]) viewSnapshot(made.db, v);
    // A status the claim does not have (writing the same value writes nothing).
    const otherStatus = (id: string) => (made.db.prepare('SELECT status FROM claims WHERE id = ?').pluck().get(id) === 'rejected' ? 'confirmed' : 'rejected');
    keepingOrders(made.db, ['status'], () => updateRecord(made.db, 'claims', claim(5), { status: otherStatus(claim(5)) }, TEST_ACTOR));
    expect([kept(byValue), kept(byStatus), kept(confirmedOnly), kept(byEdited)]).toEqual([true, false, false, false]);
    expect(readAll(byValue, WAYS['from the snapshot']!).map((r) => r.id)).toEqual(reference(byValue));

    keepingOrders(made.db, ['value'], () => updateRecord(made.db, 'claims', claim(7), { value: 0.5 }, TEST_ACTOR));
    expect(kept(byValue)).toBe(false);

    viewSnapshot(made.db, byValue);
    updateRecord(made.db, 'claims', claim(9), { notes: 'written outside an inline edit' }, TEST_ACTOR);
    keepingOrders(made.db, ['status'], () => updateRecord(made.db, 'claims', claim(11), { status: otherStatus(claim(11)) }, TEST_ACTOR));
    expect(kept(byValue)).toBe(false);
    expect(readAll(byValue, WAYS['from the snapshot']!).map((r) => r.id)).toEqual(reference(byValue));
  });
});
