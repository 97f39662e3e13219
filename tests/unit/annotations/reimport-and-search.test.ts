import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE, articleCase, type ArticleCase } from '../../helpers/article-case.ts';
import { tempDir } from '../../helpers/temp.ts';

let c: ArticleCase;
afterEach(() => c?.close());

const QUOTE = 'more than 75 armoured vehicles';

describe('documents:reimport', () => {
  it('reads the new version with the importers, re-anchors, and re-indexes the text for search', async () => {
    c = await articleCase();
    const highlight = await c.invoke('annotations:create', c.span(QUOTE));
    const edited = ARTICLE.replace('\n\nTurkey sent', '\n\nA paragraph added above, about drones over Saraqib.\n\nTurkey sent');
    const path = join(tempDir(), 'turkey-convoys-idlib-corrected.txt');
    writeFileSync(path, edited);
    const result = await c.invoke('documents:reimport', { documentId: c.documentId, path, jobId: 'reimport-1' });
    expect(result).toMatchObject({ documentId: c.documentId, textChanged: true, report: { annotations: { moved: 1 } }, previous: { fileName: 'turkey-convoys-idlib.txt' } });
    const [moved] = (await c.invoke('annotations:list', { documentId: c.documentId })).items;
    expect(moved).toMatchObject({ id: highlight.id, anchorStatus: 'moved', exact: QUOTE, start: edited.indexOf(QUOTE) });
    const doc = await c.invoke('documents:get', { id: c.documentId });
    expect(doc.text).toBe(edited);
    expect(doc.fileName).toBe('turkey-convoys-idlib-corrected.txt');
    expect((await c.invoke('search:query', { query: 'Saraqib drones' })).hits.map((h) => h.documentId)).toEqual([c.documentId]);
    const progress = c.events.filter((e) => e.name === 'job:progress').map((e) => e.payload as { jobId: string; state: string });
    expect(progress.at(-1)).toMatchObject({ jobId: 'reimport-1', state: 'done' });
    expect(c.events.some((e) => e.name === 'case:changed' && (e.payload as { tables: string[] }).tables.includes('annotations'))).toBe(true);
  });

  it('refuses what it cannot read with a clear message and changes nothing', async () => {
    c = await articleCase();
    const dir = tempDir();
    await expect(c.invoke('documents:reimport', { documentId: c.documentId, path: join(dir, 'missing.txt') })).rejects.toMatchObject({ code: 'not_found' });
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    await expect(c.invoke('documents:reimport', { documentId: c.documentId, path: empty })).rejects.toThrow(/is empty/);
    const zip = join(dir, 'bundle.zip');
    writeFileSync(zip, Buffer.from('504b0506000000000000000000000000000000000000', 'hex'));
    await expect(c.invoke('documents:reimport', { documentId: c.documentId, path: zip })).rejects.toThrow(/archive|unsupported|could not/i);
    await expect(c.invoke('documents:reimport', { documentId: 'nope', path: empty })).rejects.toMatchObject({ code: 'not_found' });
    expect((await c.invoke('documents:get', { id: c.documentId })).text).toBe(ARTICLE);
  });
});

describe('annotation notes in full-text search', () => {
  it('finds a document by the words of its notes, and stops when the note goes', async () => {
    c = await articleCase();
    const search = async (query: string) => (await c.invoke('search:query', { query })).hits;
    expect(await search('quadcopter')).toEqual([]);
    const a = await c.invoke('annotations:create', { ...c.span(QUOTE), note: 'Counted from quadcopter footage' });
    const [hit] = await search('quadcopter');
    expect(hit).toMatchObject({ documentId: c.documentId });
    expect(hit!.matchedIn).toContain('notes');
    await c.invoke('annotations:update', { id: a.id, note: 'Counted from satellite imagery' });
    expect(await search('quadcopter')).toEqual([]);
    expect(await search('satellite')).toHaveLength(1);
    await c.invoke('annotations:delete', { ids: [a.id] });
    expect(await search('satellite')).toEqual([]);
    await c.invoke('annotations:restore', { ids: [a.id] });
    expect(await search('satellite')).toHaveLength(1);
  });

  it('indexes notes that arrive by a W3C import', async () => {
    c = await articleCase();
    const content = JSON.stringify({ type: 'Annotation', bodyValue: 'thermobaric munitions mentioned', target: { source: `urn:sightline:document:${c.documentId}`, selector: { type: 'TextQuoteSelector', exact: QUOTE } } });
    await c.invoke('annotations:import', { content });
    expect((await c.invoke('search:query', { query: 'thermobaric' })).hits).toHaveLength(1);
  });
});
