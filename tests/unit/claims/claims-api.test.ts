/** The claims API on the sample case (real case file, real extraction), through the engine. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { createEngine, type Engine } from '../../../electron/services/engine.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods.ts';
import { testEnvironment } from '../../helpers/make-case.ts';

let engine: Engine;
let path: string;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => engine.invoke('s', method, input) as Promise<MethodOutput<M>>;

async function vehiclesClaim() {
  const page = await call('claims:query', { startRow: 0, endRow: 50, scope: { text: 'more than 75 armoured vehicles' } });
  const claim = page.rows.find((r) => r.value === 75 && r.unit === 'armoured vehicles');
  if (!claim) throw new Error(`not found among ${page.rows.map((r) => r.text).join(' | ')}`);
  return claim;
}

beforeAll(async () => {
  engine = createEngine(testEnvironment());
  path = ((await engine.invoke('s', 'case:openSample', {})) as { path: string }).path;
}, 60_000);
afterAll(() => engine.close());

describe('claims:query', () => {
  it('pages through every claim, counting once, without overlap', async () => {
    const first = await call('claims:query', { startRow: 0, endRow: 20 });
    expect(first.total).toBeGreaterThan(40);
    const all: string[] = [];
    for (let start = 0; start < first.total!; start += 20) {
      const page = await call('claims:query', { startRow: start, endRow: start + 20, count: false });
      expect(page.total).toBeNull();
      all.push(...page.rows.map((r) => r.id));
    }
    expect(all.length).toBe(first.total);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds the SOHR figure with the quick search (FTS), sourced and dated', async () => {
    const claim = await vehiclesClaim();
    expect(claim).toMatchObject({ qualifier: 'more_than', sourceName: 'Syrian Observatory for Human Rights', status: 'unreviewed', grade: '' });
    expect(claim.documentTitle).toBeTruthy();
    expect(claim.spanStart).not.toBeNull();
  });

  it('sorts by value both ways, nulls first ascending', async () => {
    const asc = await call('claims:query', { startRow: 0, endRow: 1000, sortModel: [{ colId: 'value', sort: 'asc' }] });
    const values = asc.rows.map((r) => r.value);
    const numbers = values.filter((v): v is number => v !== null);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(values.indexOf(numbers[0]!)).toBe(values.length - numbers.length);
    const desc = await call('claims:query', { startRow: 0, endRow: 1, sortModel: [{ colId: 'value', sort: 'desc' }] });
    expect(desc.rows[0]!.value).toBe(Math.max(...numbers));
  });

  it('sorts by source name and by grade through the joined source', async () => {
    const page = await call('claims:query', { startRow: 0, endRow: 1000, sortModel: [{ colId: 'source', sort: 'asc' }], filterModel: { source: { filterType: 'text', type: 'notBlank' } } });
    const names = page.rows.map((r) => r.sourceName!.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(names.length).toBeGreaterThan(5);
  });

  it('filters: number range, set, text, date, combined conditions', async () => {
    const range = await call('claims:query', { startRow: 0, endRow: 1000, filterModel: { value: { filterType: 'number', type: 'inRange', filter: 50, filterTo: 100 } } });
    expect(range.rows.length).toBeGreaterThan(0);
    for (const r of range.rows) expect(r.value ?? r.valueMin ?? r.valueMax).toBeGreaterThanOrEqual(50);
    const qualifier = await call('claims:query', { startRow: 0, endRow: 1000, filterModel: { qualifier: { filterType: 'set', values: ['more_than'] } } });
    expect(qualifier.rows.every((r) => r.qualifier === 'more_than')).toBe(true);
    expect(qualifier.rows.some((r) => r.unit === 'armoured vehicles')).toBe(true);
    const unit = await call('claims:query', { startRow: 0, endRow: 1000, filterModel: { unit: { filterType: 'text', type: 'contains', filter: 'ARMOURED' } } });
    expect(unit.rows.length).toBeGreaterThan(0);
    expect(unit.rows.every((r) => /armoured/i.test(r.unit!))).toBe(true);
    const either = await call('claims:query', {
      startRow: 0,
      endRow: 1000,
      filterModel: { unit: { filterType: 'text', operator: 'OR', conditions: [{ filterType: 'text', type: 'contains', filter: 'armoured' }, { filterType: 'text', type: 'contains', filter: 'soldier' }] } },
    });
    expect(either.total).toBeGreaterThanOrEqual(unit.total!);
    const dated = await call('claims:query', { startRow: 0, endRow: 1000, filterModel: { when: { filterType: 'date', type: 'notBlank' } }, sortModel: [{ colId: 'when', sort: 'asc' }] });
    const day = dated.rows[Math.floor(dated.rows.length / 2)]!.whenStart!.slice(0, 10);
    const after = await call('claims:query', { startRow: 0, endRow: 1000, filterModel: { when: { filterType: 'date', type: 'greaterThan', dateFrom: `${day} 00:00:00` } } });
    for (const r of after.rows) expect((r.whenEnd ?? r.whenStart)!.slice(0, 10) > day).toBe(true);
    const places = await call('claims:query', { startRow: 0, endRow: 1000, filterModel: { places: { filterType: 'text', type: 'equals', filter: 'idlib' } } });
    expect(places.rows.length).toBeGreaterThan(2);
    expect(places.rows.every((r) => r.places.some((p) => p.name === 'Idlib'))).toBe(true);
  });

  it('refuses a filter a column does not have, with a clear error', async () => {
    await expect(call('claims:query', { startRow: 0, endRow: 10, filterModel: { status: { filterType: 'number', type: 'equals', filter: 3 } } })).rejects.toThrow(
      /status column has no number filter/,
    );
    await expect(call('claims:query', { startRow: 0, endRow: 10, sortModel: [{ colId: 'tags', sort: 'asc' }] })).rejects.toThrow(/does not sort/);
  });
});

describe('claims:grade, claims:update and the change log', () => {
  it('grades B2: reliability on the source, credibility on the claim, both logged', async () => {
    const claim = await vehiclesClaim();
    const graded = await call('claims:grade', { id: claim.id, reliability: 'B', credibility: 2 });
    expect(graded.grade).toBe('B2');
    const again = await vehiclesClaim();
    expect(again.grade).toBe('B2');
    const detail = await call('claims:get', { id: claim.id });
    expect(detail.history.some((c) => c.table === 'claims' && c.after?.['credibility'] === 2 && c.actor === 'test-analyst')).toBe(true);
    expect(detail.history.some((c) => c.table === 'sources' && c.after?.['reliability'] === 'B')).toBe(true);
    // The other claims of the source show the source's grade.
    const bySource = await call('claims:query', { startRow: 0, endRow: 100, filterModel: { source: { filterType: 'set', values: [claim.sourceId!] } } });
    expect(bySource.rows.every((r) => r.reliability === 'B')).toBe(true);
    const gradeFilter = await call('claims:query', { startRow: 0, endRow: 100, filterModel: { grade: { filterType: 'text', type: 'equals', filter: 'B2' } } });
    expect(gradeFilter.rows.map((r) => r.id)).toEqual([claim.id]);
  });

  it('edits inline with validation; the edit is logged, marked as edited and can be undone', async () => {
    const claim = await vehiclesClaim();
    await expect(call('claims:update', { id: claim.id, patch: { whenStart: '2020-02-20', whenEnd: '2020-02-01' } })).rejects.toThrow(/ends before it starts/);
    await expect(call('claims:update', { id: claim.id, patch: { value: -3 } })).rejects.toThrow(/not negative/);
    await expect(call('claims:update', { id: claim.id, patch: { whenStart: '20 Feb' } })).rejects.toThrow(/YYYY-MM-DD/);
    const edited = await call('claims:update', { id: claim.id, expectedRev: claim.rev, patch: { value: 76, status: 'confirmed', notes: 'Checked against OSINT imagery', placeNames: ['Kafr Losin'] } });
    expect(edited).toMatchObject({ value: 76, status: 'confirmed', notes: 'Checked against OSINT imagery' });
    expect(edited.places.map((p) => p.name)).toEqual(['Kafr Losin']);
    expect(edited.editedFields).toEqual(expect.arrayContaining(['value', 'status', 'notes', 'places']));
    await expect(call('claims:update', { id: claim.id, expectedRev: claim.rev, patch: { value: 1 } })).rejects.toThrow(/changed by/);
    const found = await call('claims:query', { startRow: 0, endRow: 10, scope: { text: 'osint' } });
    expect(found.rows.map((r) => r.id)).toContain(claim.id);
    const undone = await call('claims:update', { id: claim.id, patch: { value: claim.value, status: claim.status, notes: claim.notes, placeNames: claim.places.map((p) => p.name) } });
    expect(undone).toMatchObject({ value: 75, status: 'unreviewed', notes: '' });
    const open = openCase(path, { readonly: true });
    const changes = statement(open.db, "SELECT count(*) FROM changes WHERE table_name = 'claims' AND row_id = ? AND op = 'update'").pluck().get(claim.id) as number;
    open.close();
    expect(changes).toBeGreaterThanOrEqual(3);
  });
});

describe('creating, deleting, splitting, merging', () => {
  it('creates a claim by hand on a span, deletes and restores it', async () => {
    const claim = await vehiclesClaim();
    const created = await call('claims:create', {
      text: 'five new Turkish military columns',
      documentId: claim.documentId!,
      spanStart: claim.spanStart!,
      spanEnd: claim.spanStart! + 10,
      value: 5,
      unit: 'military columns',
      sourceName: 'SOHR',
      placeNames: ['Idlib'],
    });
    expect(created).toMatchObject({ origin: 'manual', value: 5, sourceName: 'Syrian Observatory for Human Rights' });
    await expect(call('claims:create', { text: 'x', documentId: claim.documentId!, spanStart: 0, spanEnd: 10_000_000 })).rejects.toThrow(/outside the document/);
    const before = (await call('claims:query', { startRow: 0, endRow: 1 })).total!;
    await call('claims:delete', { ids: [created.id] });
    expect((await call('claims:query', { startRow: 0, endRow: 1 })).total).toBe(before - 1);
    expect((await call('claims:get', { id: created.id })).deleted).toBe(true);
    await call('claims:restore', { ids: [created.id] });
    expect((await call('claims:query', { startRow: 0, endRow: 1 })).total).toBe(before);
  });

  it('splits a claim in two and merges them back', async () => {
    const made = await call('claims:create', { text: '20 soldiers killed and 3 tanks destroyed', value: 20, unit: 'soldiers', placeNames: ['Saraqib'] });
    const [first, second] = (await call('claims:split', { id: made.id, at: 20 })).claims;
    expect(first.text).toBe('20 soldiers killed a');
    expect(second).toMatchObject({ text: 'nd 3 tanks destroyed', value: 20, unit: 'soldiers' });
    expect(second.places.map((p) => p.name)).toEqual(['Saraqib']);
    const merged = await call('claims:merge', { ids: [first.id, second.id] });
    expect(merged.claim.text).toBe('20 soldiers killed a nd 3 tanks destroyed');
    expect(merged.deleted).toEqual([second.id]);
    const history = (await call('claims:get', { id: first.id })).history;
    expect(history.map((h) => h.summary)).toEqual(expect.arrayContaining(['split claim (first part)', 'merged 1 claim into this one']));
  });
});

describe('claims:get, export, facets, views, sources', () => {
  it('gives the sentence in its paragraph around the span', async () => {
    const claim = await vehiclesClaim();
    const detail = await call('claims:get', { id: claim.id });
    expect(detail.sentence!.text).toBe('The columns consisted of more than 75 armoured vehicles carrying logistical and military equipment, the SOHR said.');
    expect(detail.paragraph!.text).toMatch(/^The\sSyrian Observatory for Human Rights \(SOHR\) said on Tuesday .+ the SOHR said\.$/);
    expect(detail.sentence!.start).toBeLessThanOrEqual(claim.spanStart!);
    expect(detail.sentence!.end).toBeGreaterThanOrEqual(claim.spanEnd!);
  });

  it('exports the view as CSV', async () => {
    const { csv, rows } = await call('claims:export', { scope: { text: 'armoured vehicles' }, columns: ['text', 'value', 'unit', 'source', 'grade'] });
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('claim,value,unit,source,admiralty');
    expect(lines.length).toBe(rows + 1);
    expect(lines.some((l) => l.includes(',75,armoured vehicles,Syrian Observatory for Human Rights,'))).toBe(true);
  });

  it('lists facets, saves views per case and edits sources', async () => {
    const facets = await call('claims:facets', {});
    expect(facets.sources.map((s) => s.name)).toContain('Syrian Observatory for Human Rights');
    expect(facets.places.map((p) => p.name)).toContain('Idlib');
    await call('views:save', { grid: 'claims', name: 'Armour', state: { columns: [{ colId: 'text', width: 300 }], filterModel: { unit: { filterType: 'text', type: 'contains', filter: 'armour' } }, quickSearch: '' } });
    const views = await call('views:list', { grid: 'claims' });
    expect(views.views.map((v) => v.name)).toEqual(['Armour']);
    expect(views.views[0]!.state.filterModel).toEqual({ unit: { filterType: 'text', type: 'contains', filter: 'armour' } });
    expect((await call('views:delete', { grid: 'claims', name: 'Armour' })).deleted).toBe(true);
    const source = (await call('sources:list', {})).sources.find((s) => s.name === 'Syrian Observatory for Human Rights')!;
    expect(source.claimCount).toBeGreaterThan(0);
    const updated = await call('sources:update', { id: source.id, reliability: 'C', aliases: [...source.aliases, 'the Observatory'] });
    expect(updated.reliability).toBe('C');
    await expect(call('sources:update', { id: source.id, reliability: 'G' as 'A' })).rejects.toThrow();
  });
});
