import { describe, expect, it } from 'vitest';
import { engineCase, importTexts } from '../../helpers/engine-case.ts';

const MEMO = 'Middle East Monitor said Turkish media outlets have documented the entry of 23 Turkish convoys into northern Syria since the beginning of August.';
const SOHR = 'The Syrian Observatory for Human Rights said on Tuesday that it had recorded the entry of five new Turkish military columns via the Kafr Losin crossing.';
const ARABIC = 'وثّقَ المَرْصَدُ السوري دخول ٧٥ آلية عسكرية تركية إلى إدلب عبر معبر كفرلوسين.';

describe('search', () => {
  it('finds words, phrases and prefixes, with snippets and highlights cut from the original text', async () => {
    const c = await engineCase();
    const [memo, sohr, arabic] = await importTexts(c, [
      { name: 'memo.txt', text: MEMO, sourceName: 'Middle East Monitor', published: '2020-08-20' },
      { name: 'sohr.txt', text: SOHR, sourceName: 'SOHR', published: '2020-08-18' },
      { name: 'arabic.txt', text: ARABIC, sourceName: 'SOHR', published: '2020-08-19' },
    ]);

    const word = await c.call('search:query', { query: 'convoys' });
    expect(word).toMatchObject({ total: 1, totalIsMinimum: false });
    expect(word.hits[0]).toMatchObject({ documentId: memo, sourceName: 'Middle East Monitor', published: '2020-08-20', matchedIn: ['title', 'text'] });
    const snippet = word.hits[0]!.snippet;
    expect(snippet.highlights.map((h) => MEMO.slice(h.start, h.end))).toEqual(['convoys']);
    expect(snippet.text).toBe(MEMO.slice(snippet.start, snippet.start + snippet.text.length));

    expect((await c.call('search:query', { query: '"Kafr Losin crossing"' })).hits.map((h) => h.documentId)).toEqual([sohr]);
    expect((await c.call('search:query', { query: '"Losin Kafr"' })).total).toBe(0);
    const prefix = await c.call('search:query', { query: 'turk*' });
    expect(prefix.total).toBe(2);

    // Arabic: no diacritics, plain alef and Western digits in the query still find the original, shown as written.
    const arabicHit = await c.call('search:query', { query: 'المرصد 75' });
    expect(arabicHit.hits.map((h) => h.documentId)).toEqual([arabic]);
    expect(arabicHit.hits[0]!.snippet.highlights.map((h) => ARABIC.slice(h.start, h.end))).toEqual(['المَرْصَدُ', '٧٥']);
    expect((await c.call('search:query', { query: 'اليه' })).total).toBe(1); // آلية
    c.close();
  });

  it('filters by source and date, and orders by date when asked', async () => {
    const c = await engineCase();
    const [memo, sohr, arabic] = await importTexts(c, [
      { name: 'memo.txt', text: MEMO + ' Idlib.', sourceName: 'Middle East Monitor', published: '2020-08-20' },
      { name: 'sohr.txt', text: SOHR + ' Idlib.', sourceName: 'SOHR', published: '2020-08-18' },
      { name: 'arabic.txt', text: ARABIC + ' Idlib.', sourceName: 'SOHR', published: '2020-09-01' },
    ]);
    const sources = (await c.call('documents:list', {})).items;
    const sohrSource = sources.find((d) => d.sourceName === 'SOHR')!.sourceId!;
    const bySource = await c.call('search:query', { query: 'idlib', sourceIds: [sohrSource], order: 'oldest' });
    expect(bySource.hits.map((h) => h.documentId)).toEqual([sohr, arabic]);
    const august = await c.call('search:query', { query: 'idlib', publishedFrom: '2020-08', publishedTo: '2020-08', order: 'newest' });
    expect(august.hits.map((h) => h.documentId)).toEqual([memo, sohr]);
    expect(august.total).toBe(2);
    c.close();
  });

  it('ranks title hits first, pages through results and reports the page of the first hit', async () => {
    const c = await engineCase();
    const ids = await importTexts(c, [
      { name: 'a.txt', text: 'Shelling near Saraqib. Nothing about the other thing.' },
      { name: 'b.txt', text: 'A report on the border.', title: 'Saraqib under fire' },
    ]);
    const result = await c.call('search:query', { query: 'saraqib' });
    expect(result.hits[0]!.documentId).toBe(ids[1]);
    expect(result.hits[0]!.matchedIn).toEqual(['title']);
    expect(result.hits[0]!.titleHighlights).toEqual([{ start: 0, end: 7 }]);
    const second = await c.call('search:query', { query: 'saraqib', limit: 1, offset: 1 });
    expect(second.hits.map((h) => h.documentId)).toEqual([ids[0]]);
    expect(second.total).toBe(2);
    c.close();
  });

  it('keeps the index in step with edits, deletions and restores', async () => {
    const c = await engineCase();
    const [id] = await importTexts(c, [{ name: 'a.txt', text: SOHR }]);
    await c.call('documents:update', { id: id!, title: 'Columns via Kafr Losin' });
    expect((await c.call('search:query', { query: 'columns' })).hits[0]!.matchedIn).toEqual(['title', 'text']);
    await c.call('documents:delete', { ids: [id!] });
    expect((await c.call('search:query', { query: 'columns' })).total).toBe(0);
    await c.call('documents:restore', { ids: [id!] });
    expect((await c.call('search:query', { query: 'columns' })).total).toBe(1);
    c.close();
  });

  it('refuses a malformed query with a clear error, never an SQL error', async () => {
    const c = await engineCase();
    await expect(c.call('search:query', { query: '"convoys' })).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/quotation mark/) });
    await expect(c.call('search:query', { query: 'NOT convoys' })).rejects.toMatchObject({ code: 'invalid_input' });
    c.close();
  });

  it('gives every match in one document for the reader', async () => {
    const c = await engineCase();
    const [id] = await importTexts(c, [{ name: 'a.txt', text: 'Turkey and Turkish troops; turkey again.' }]);
    const { ranges } = await c.call('search:highlights', { documentId: id!, query: 'turk*' });
    expect(ranges).toEqual([
      { start: 0, end: 6 },
      { start: 11, end: 18 },
      { start: 27, end: 33 },
    ]);
    c.close();
  });
});
