import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { engineCase, importTexts } from '../../helpers/engine-case.ts';

// Short texts in the style of the sources analysts read (written for this test).
const OBSERVATORY = 'وثّقَ المَرْصَدُ السوري دخول ٧٥ آلية عسكرية إلى إدلب.';
const CONJUNCTION = 'وقال مدير والمرصد إن القصف استمر، وأفادت مصادر للمرصد بسقوط قذائف.';
const PREPOSITION = 'نقلت الوكالة عن مصدر بالمرصد أن القافلة عبرت.';
const WELL = 'حفر السكان بئراً جديدة قرب المخيم.';
const BIG = 'وقع انفجار كبير في السوق البعيد عن المدينة.';

describe('Arabic search', () => {
  it('finds a word with the article and its proclitics, and shows each hit as written', async () => {
    const c = await engineCase();
    const [observatory, conjunction, preposition] = await importTexts(c, [
      { name: 'a.txt', text: OBSERVATORY },
      { name: 'b.txt', text: CONJUNCTION },
      { name: 'c.txt', text: PREPOSITION },
      { name: 'd.txt', text: WELL },
      { name: 'e.txt', text: BIG },
    ]);
    const bare = await c.call('search:query', { query: 'مرصد' });
    expect(bare.hits.map((h) => h.documentId).sort()).toEqual([observatory, conjunction, preposition].sort());
    const hit = bare.hits.find((h) => h.documentId === conjunction)!;
    expect(hit.snippet.highlights.map((r) => CONJUNCTION.slice(r.start, r.end))).toEqual(['والمرصد', 'للمرصد']);
    const first = bare.hits.find((h) => h.documentId === observatory)!;
    expect(first.snippet.highlights.map((r) => OBSERVATORY.slice(r.start, r.end))).toEqual(['المَرْصَدُ']);
    expect(first.snippet.text).toBe(OBSERVATORY.slice(first.snippet.start, first.snippet.start + first.snippet.text.length));

    // With the article, with و, with diacritics in the query: the same three documents.
    for (const query of ['المرصد', 'المَرصد', 'والمرصد']) {
      const ids = (await c.call('search:query', { query })).hits.map((h) => h.documentId);
      expect(ids, query).toContain(conjunction);
    }
    expect((await c.call('search:query', { query: 'المرصد' })).total).toBe(3);
    // A phrase with the article matches the form with و in front of it.
    expect((await c.call('search:query', { query: '"المرصد السوري"' })).hits.map((h) => h.documentId)).toEqual([observatory]);
    // و before a bare word: "قال" finds "وقال"; "أفادت" finds "وأفادت".
    expect((await c.call('search:query', { query: 'قال' })).hits.map((h) => h.documentId)).toEqual([conjunction]);
    const { ranges } = await c.call('search:highlights', { documentId: conjunction!, query: 'أفادت' });
    expect(ranges.map((r) => CONJUNCTION.slice(r.start, r.end))).toEqual(['وأفادت']);
    c.close();
  });

  it('does not let a bare word answer for a longer one', async () => {
    const c = await engineCase();
    const [well, big] = await importTexts(c, [
      { name: 'd.txt', text: WELL },
      { name: 'e.txt', text: BIG },
    ]);
    // بئر (a well) is not كبير (big), عيد (a feast) is not بعيد (far): ب and ك are never stripped off a bare word.
    expect((await c.call('search:query', { query: 'بئر*' })).hits.map((h) => h.documentId)).toEqual([well]);
    expect((await c.call('search:query', { query: 'عيد' })).total).toBe(0);
    expect((await c.call('search:query', { query: 'البعيد' })).hits.map((h) => h.documentId)).toEqual([big]);
    expect((await c.call('search:query', { query: 'بعيد' })).hits.map((h) => h.documentId)).toEqual([big]);
    c.close();
  });

  it('re-indexes a case indexed by the previous folding', async () => {
    const c = await engineCase();
    const [id] = await importTexts(c, [{ name: 'b.txt', text: CONJUNCTION }]);
    await c.call('case:close', {});
    // Make the file look like one indexed by version 1: whole words, no clitic tokens.
    const db = new Database(c.path);
    db.prepare("INSERT INTO document_search (document_search) VALUES ('delete-all')").run();
    db.prepare('INSERT INTO document_search (rowid, title, body, notes) SELECT id, ?, ?, ? FROM search_rows').run('b', 'وقال مدير والمرصد', '');
    db.prepare("UPDATE index_versions SET version = 1 WHERE name = 'search'").run();
    db.close();
    await c.call('case:open', { path: c.path });
    expect((await c.call('search:query', { query: 'مرصد' })).hits.map((h) => h.documentId)).toEqual([id]);
    c.close();
  });
});
