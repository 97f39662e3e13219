import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { articleCase, type ArticleCase } from '../../helpers/article-case.ts';

let c: ArticleCase;
afterEach(() => c?.close());

function history(path: string, table: string, id: string): { op: string; actor: string; after: string | null; summary: string | null }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT op, actor, after, summary FROM changes WHERE table_name = ? AND row_id = ? ORDER BY at, id').all(table, id) as never;
  } finally {
    db.close();
  }
}

describe('annotations', () => {
  it('highlights a span with tags and a note, with author, time and W3C selectors', async () => {
    c = await articleCase();
    const tag = await c.invoke('tags:create', { name: 'Troop movement' });
    const span = c.span('more than 75 armoured vehicles');
    const a = await c.invoke('annotations:create', { ...span, tagIds: [tag.id], note: 'SOHR figure, compare with MEMO' });
    expect(a).toMatchObject({
      kind: 'highlight',
      start: span.start,
      end: span.end,
      exact: 'more than 75 armoured vehicles',
      prefix: 'n of Idlib. The columns consisted of '.slice(-32),
      suffix: ' carrying logistical and military equipment'.slice(0, 32),
      note: 'SOHR figure, compare with MEMO',
      anchorStatus: 'anchored',
      createdBy: 'test-analyst',
      page: null,
      documentTitle: 'Turkey sends armoured convoys into Syria',
    });
    expect(a.tags).toEqual([{ id: tag.id, name: 'Troop movement', color: tag.color }]);
    expect(Date.parse(a.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const [insert] = history(c.path, 'annotations', a.id);
    expect(insert).toMatchObject({ op: 'insert', actor: 'test-analyst' });
    expect(JSON.parse(insert!.after!)).toMatchObject({ tags: [tag.id], exact: 'more than 75 armoured vehicles' });
    expect(insert!.summary).toContain('highlighted "more than 75 armoured vehicles"');
  });

  it('leaves surrounding whitespace out of the span', async () => {
    c = await articleCase();
    const span = c.span(' more than 75 armoured vehicles ');
    const a = await c.invoke('annotations:create', span);
    expect(a).toMatchObject({ start: span.start + 1, end: span.end - 1, exact: 'more than 75 armoured vehicles' });
  });

  it('refuses a selection that does not match the current text, and empty ones', async () => {
    c = await articleCase();
    const span = c.span('more than 75 armoured vehicles');
    await expect(c.invoke('annotations:create', { ...span, exact: 'more than 80 armoured vehicles' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('reload the document') });
    await expect(c.invoke('annotations:create', { ...span, end: span.start })).rejects.toThrow(/Select some text/);
    await expect(c.invoke('annotations:create', { ...span, start: 10_000, end: 10_005, exact: 'xxxxx' })).rejects.toThrow(/past the end/);
    await expect(c.invoke('annotations:create', { ...span, documentId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('edits notes and tags (logged, with a stale-edit check), deletes as a tombstone and restores', async () => {
    c = await articleCase();
    const [a1, a2] = [await c.invoke('tags:create', { name: 'A' }), await c.invoke('tags:create', { name: 'B' })];
    const created = await c.invoke('annotations:create', { ...c.span('16 raids'), tagIds: [a1.id] });
    const edited = await c.invoke('annotations:update', { id: created.id, expectedRev: created.rev, note: 'Russian warplanes', tagIds: [a2.id, a1.id] });
    expect(edited.note).toBe('Russian warplanes');
    expect(edited.tags.map((t) => t.name)).toEqual(['A', 'B']);
    await expect(c.invoke('annotations:update', { id: created.id, expectedRev: created.rev, note: 'lost edit' })).rejects.toMatchObject({ code: 'conflict' });
    const removed = await c.invoke('annotations:delete', { ids: [created.id] });
    expect(removed).toEqual({ deleted: [created.id], claimsDeleted: [] });
    expect((await c.invoke('annotations:list', { documentId: c.documentId })).total).toBe(0);
    await expect(c.invoke('annotations:update', { id: created.id, note: 'x' })).rejects.toThrow(/restore it/);
    expect(await c.invoke('annotations:restore', { ids: [created.id] })).toEqual({ restored: [created.id], claimsRestored: [] });
    const ops = history(c.path, 'annotations', created.id);
    expect(ops.map((h) => h.op)).toEqual(['insert', 'update', 'delete', 'restore']);
    expect(JSON.parse(ops[1]!.after!)).toMatchObject({ note: 'Russian warplanes', tags: [a1.id, a2.id].sort() });
  });

  it('re-attaches an annotation to a new span and confirms a moved one', async () => {
    c = await articleCase();
    const a = await c.invoke('annotations:create', c.span('five new Turkish military columns'));
    const moved = await c.invoke('annotations:update', { id: a.id, span: c.span('Kafr Losin crossing') });
    expect(moved).toMatchObject({ exact: 'Kafr Losin crossing', anchorStatus: 'anchored' });
    const confirmed = await c.invoke('annotations:update', { id: a.id, confirmAnchor: true });
    expect(confirmed.anchorStatus).toBe('anchored');
  });

  it('creates a claim from a selection, anchored and tagged, and deletes and restores them together', async () => {
    c = await articleCase();
    const tag = await c.invoke('tags:create', { name: 'Troop movement' });
    const { annotation, claim } = await c.invoke('annotations:createClaim', { ...c.span('23 Turkish convoys into northern Syria'), tagIds: [tag.id] });
    expect(annotation).toMatchObject({ kind: 'claim', claimId: claim.id, claim: { id: claim.id, deleted: false } });
    expect(claim).toMatchObject({ text: '23 Turkish convoys into northern Syria' });
    const db = new Database(c.path, { readonly: true });
    const row = db.prepare('SELECT document_id, span_start, span_end, origin, anchor_status, created_by FROM claims WHERE id = ?').get(claim.id);
    const claimTags = db.prepare('SELECT tag_id FROM claim_tags WHERE claim_id = ?').all(claim.id);
    db.close();
    expect(row).toMatchObject({ document_id: c.documentId, span_start: annotation.start, span_end: annotation.end, origin: 'annotation', anchor_status: 'anchored', created_by: 'test-analyst' });
    expect(claimTags).toEqual([{ tag_id: tag.id }]);
    const removed = await c.invoke('annotations:delete', { ids: [annotation.id], withClaims: true });
    expect(removed).toEqual({ deleted: [annotation.id], claimsDeleted: [claim.id] });
    expect(await c.invoke('annotations:restore', { ids: removed.deleted, claimIds: removed.claimsDeleted })).toEqual({ restored: [annotation.id], claimsRestored: [claim.id] });
    expect((await c.invoke('annotations:list', { documentId: c.documentId })).items[0]!.claim).toMatchObject({ deleted: false });
  });

  it('prefills a claim from a selection with what the extractor finds there: figure, unit, subject and source', async () => {
    c = await articleCase();
    const { claim } = await c.invoke('annotations:createClaim', c.span('more than 75 armoured vehicles'));
    expect(claim).toMatchObject({ text: 'more than 75 armoured vehicles', value: 75, qualifier: 'more_than', unit: 'armoured vehicles', extracted: true });
    const db = new Database(c.path, { readonly: true });
    const row = db.prepare('SELECT s.name AS source, c.when_start, c.origin FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = ?').get(claim.id) as Record<string, unknown>;
    const places = db.prepare('SELECT p.name FROM claim_places cp JOIN places p ON p.id = cp.place_id WHERE cp.claim_id = ?').all(claim.id) as { name: string }[];
    db.close();
    expect(row).toMatchObject({ source: expect.stringMatching(/Syrian Observatory/), origin: 'annotation' });
    expect(claim.subject).toBe('Turkey');
    expect(places).toEqual([]);
    const raids = await c.invoke('annotations:createClaim', c.span('more than 16 raids in Idlib on Tuesday'));
    expect(raids.claim).toMatchObject({ value: 16, qualifier: 'more_than', unit: 'raids', extracted: true });
    const check = new Database(c.path, { readonly: true });
    const raidPlaces = check.prepare('SELECT p.name FROM claim_places cp JOIN places p ON p.id = cp.place_id WHERE cp.claim_id = ?').all(raids.claim.id);
    check.close();
    expect(raidPlaces).toEqual([{ name: 'Idlib' }]);
    // Words with no figure and no event: the draft keeps only the selected text.
    const plain = await c.invoke('annotations:createClaim', c.span('Turkish military columns'));
    expect(plain.claim).toMatchObject({ text: 'Turkish military columns' });
  });

  it('lists by document or case, filtered by tag (or untagged), author, kind, status and text', async () => {
    c = await articleCase([{ title: 'Aaa second report', text: 'A second report mentions 75 armoured vehicles too.' }]);
    const troops = await c.invoke('tags:create', { name: 'Troop movement' });
    const air = await c.invoke('tags:create', { name: 'Airstrikes' });
    await c.invoke('annotations:create', { ...c.span('more than 75 armoured vehicles'), tagIds: [troops.id] });
    await c.invoke('annotations:create', { ...c.span('more than 16 raids'), tagIds: [air.id], note: 'Russian warplanes' });
    await c.invoke('annotations:create', { ...c.span('Kafr Losin crossing'), kind: 'note', note: 'crossing point' });
    const all = await c.invoke('annotations:list', { documentId: c.documentId });
    expect(all.items.map((a) => a.exact)).toEqual(['more than 16 raids', 'Kafr Losin crossing', 'more than 75 armoured vehicles']);
    expect(all).toMatchObject({ total: 3, authors: ['test-analyst'], needsReview: 0 });
    const byTag = await c.invoke('annotations:list', { tagIds: [troops.id] });
    expect(byTag.items.map((a) => a.exact)).toEqual(['more than 75 armoured vehicles']);
    expect((await c.invoke('annotations:list', { tagIds: ['untagged'] })).items.map((a) => a.exact)).toEqual(['Kafr Losin crossing']);
    expect((await c.invoke('annotations:list', { tagIds: ['untagged', air.id] })).total).toBe(2);
    expect((await c.invoke('annotations:list', { kinds: ['note'] })).total).toBe(1);
    expect((await c.invoke('annotations:list', { text: 'warplanes' })).items.map((a) => a.exact)).toEqual(['more than 16 raids']);
    expect((await c.invoke('annotations:list', { text: '100%_' })).total).toBe(0);
    expect((await c.invoke('annotations:list', { authors: ['someone else'] })).total).toBe(0);
    expect((await c.invoke('annotations:list', { anchorStatuses: ['orphaned'] })).total).toBe(0);
    expect((await c.invoke('annotations:list', { documentId: c.documentId, limit: 1, offset: 1 })).items.map((a) => a.exact)).toEqual(['Kafr Losin crossing']);
  });
});
