import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../../electron/services/documents/store-document.ts';
import { ARTICLE, articleCase, type ArticleCase } from '../../helpers/article-case.ts';
import { tempDir } from '../../helpers/temp.ts';

const cases: ArticleCase[] = [];
afterEach(() => {
  for (const c of cases.splice(0)) c.close();
});
async function open(extra: { title: string; text: string }[] = []): Promise<ArticleCase> {
  const c = await articleCase(extra);
  cases.push(c);
  return c;
}

const QUOTE = 'more than 75 armoured vehicles';
const EMOJI_TEXT = 'Convoy 🚚🚚 report: 𝐀𝐁 more than 75 armoured vehicles crossed 😀 at dawn.';

interface W3c {
  '@context': unknown[];
  type: string;
  total: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON read back from the export, probed by path
  first: { items: Record<string, any>[] };
}

describe('W3C Web Annotation export', () => {
  it('writes an AnnotationCollection with quote and code-point position selectors, notes, tags and claim links', async () => {
    const c = await open([{ title: 'Emoji report', text: EMOJI_TEXT }]);
    const tag = await c.invoke('tags:create', { name: 'Troop movement' });
    const highlight = await c.invoke('annotations:create', { ...c.span(QUOTE), tagIds: [tag.id], note: 'SOHR figure' });
    const { claim } = await c.invoke('annotations:createClaim', c.span('23 Turkish convoys'));
    const exported = await c.invoke('annotations:export', { documentId: c.documentId, format: 'jsonld' });
    expect(exported).toMatchObject({ count: 2, path: null, mediaType: 'application/ld+json', fileName: 'annotations-turkey-sends-armoured-convoys-into-syria.jsonld' });
    const json = JSON.parse(exported.content!) as W3c;
    expect(json['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    const item = json.first.items.find((i) => i['id'] === `urn:sightline:annotation:${highlight.id}`)!;
    expect(item).toMatchObject({
      type: 'Annotation',
      motivation: 'highlighting',
      creator: { type: 'Person', name: 'test-analyst' },
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'SOHR figure' },
        { type: 'TextualBody', purpose: 'tagging', value: 'Troop movement', id: `urn:sightline:tag:${tag.id}` },
      ],
      target: {
        source: { id: `urn:sightline:document:${c.documentId}`, sha256: sha256(Buffer.from(ARTICLE)), textSha256: sha256(ARTICLE) },
        selector: [
          { type: 'TextQuoteSelector', exact: QUOTE, prefix: highlight.prefix, suffix: highlight.suffix },
          { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
        ],
      },
    });
    const linking = json.first.items.find((i) => i['motivation'] === 'linking')!;
    expect(linking['body']).toEqual([{ type: 'SpecificResource', purpose: 'linking', source: `urn:sightline:claim:${claim.id}` }]);
  });

  it('counts positions in code points where the text has astral characters', async () => {
    const c = await open([{ title: 'Emoji report', text: EMOJI_TEXT }]);
    const all = await c.invoke('annotations:export', { format: 'jsonld' }); // nothing yet
    expect(JSON.parse(all.content!).total).toBe(0);
    const emojiDoc = await findDocument(c, 'Emoji report');
    const start = EMOJI_TEXT.indexOf(QUOTE);
    await c.invoke('annotations:create', { documentId: emojiDoc, start, end: start + QUOTE.length, exact: QUOTE });
    const json = JSON.parse((await c.invoke('annotations:export', { documentId: emojiDoc, format: 'jsonld' })).content!) as W3c;
    const position = json.first.items[0]!['target'].selector[1];
    // "Convoy " 7 + 🚚🚚 2 + " report: " 9 + 𝐀𝐁 2 + " " 1 = 21 code points (25 UTF-16 units).
    expect(start).toBe(25);
    expect(position).toEqual({ type: 'TextPositionSelector', start: 21, end: 21 + QUOTE.length });
    expect([...EMOJI_TEXT].slice(position.start, position.end).join('')).toBe(QUOTE);
  });

  it('writes to a file, refusing to overwrite one unless asked', async () => {
    const c = await open();
    await c.invoke('annotations:create', c.span(QUOTE));
    const path = join(tempDir(), 'out.jsonld');
    expect(await c.invoke('annotations:export', { format: 'jsonld', path })).toMatchObject({ count: 1, path, content: null, fileName: 'out.jsonld' });
    expect(JSON.parse(readFileSync(path, 'utf8')).total).toBe(1);
    await expect(c.invoke('annotations:export', { format: 'jsonld', path })).rejects.toMatchObject({ code: 'conflict' });
    expect(await c.invoke('annotations:export', { format: 'csv', path, overwrite: true })).toMatchObject({ path });
  });
});

async function findDocument(c: ArticleCase, title: string): Promise<string> {
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(c.path, { readonly: true });
  try {
    return (db.prepare('SELECT id FROM documents WHERE title = ?').get(title) as { id: string }).id;
  } finally {
    db.close();
  }
}

describe('W3C Web Annotation import', () => {
  it('round-trips into another case holding the same file, matched by SHA-256, tags created by name', async () => {
    const a = await open();
    const tag = await a.invoke('tags:create', { name: 'Troop movement' });
    await a.invoke('annotations:create', { ...a.span(QUOTE), tagIds: [tag.id], note: 'SOHR figure' });
    await a.invoke('annotations:create', { ...a.span('Kafr Losin crossing'), kind: 'note', note: 'crossing' });
    const content = (await a.invoke('annotations:export', { format: 'jsonld' })).content!;

    const b = await open();
    const result = await b.invoke('annotations:import', { content });
    expect(result).toMatchObject({ imported: 2, skipped: 0, tagsCreated: ['Troop movement'], anchors: { anchored: 2, moved: 0, fuzzy: 0, orphaned: 0 }, problems: [] });
    const list = await b.invoke('annotations:list', { documentId: b.documentId });
    expect(list.items.map((i) => [i.exact, i.kind, i.note, i.tags.map((t) => t.name)])).toEqual([
      ['Kafr Losin crossing', 'note', 'crossing', []],
      [QUOTE, 'highlight', 'SOHR figure', ['Troop movement']],
    ]);
    // Importing again adds nothing.
    expect(await b.invoke('annotations:import', { content })).toMatchObject({ imported: 0, skipped: 2 });
  });

  it('anchors annotations made on another version of the text as moved, fuzzy or orphaned', async () => {
    const a = await open();
    await a.invoke('annotations:create', a.span(QUOTE));
    await a.invoke('annotations:create', a.span('more than 16 raids'));
    await a.invoke('annotations:create', a.span('Joint military patrols by Russia and Turkey'));
    const content = (await a.invoke('annotations:export', { format: 'jsonld' })).content!;
    const edited = 'Updated.\n\n' + ARTICLE.replace('more than 16 raids', 'more than 18 raids').replace(/Joint military patrols[^\n]*\n/, '');
    const b = await open([{ title: 'Edited copy', text: edited }]);
    const editedId = await findDocument(b, 'Edited copy');
    const result = await b.invoke('annotations:import', { content, documentId: editedId });
    expect(result).toMatchObject({ imported: 3, anchors: { anchored: 0, moved: 1, fuzzy: 1, orphaned: 1 } });
    const items = (await b.invoke('annotations:list', { documentId: editedId })).items;
    const moved = items.find((i) => i.anchorStatus === 'moved')!;
    expect(edited.slice(moved.start, moved.end)).toBe(QUOTE);
    expect(items.find((i) => i.anchorStatus === 'fuzzy')).toMatchObject({ exact: 'more than 18 raids', anchorDetail: { previousExact: 'more than 16 raids' } });
    expect(items.find((i) => i.anchorStatus === 'orphaned')).toMatchObject({ exact: 'Joint military patrols by Russia and Turkey' });
  });

  it('reads annotations from other tools (a bare array, Hypothesis-style targets, bodyValue, position-only)', async () => {
    const c = await open([{ title: 'Emoji report', text: EMOJI_TEXT }]);
    const emojiDoc = await findDocument(c, 'Emoji report');
    const content = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/abc123',
        type: 'Annotation',
        motivation: 'commenting',
        bodyValue: 'Check this figure',
        target: [{ source: 'https://example.org/article', selector: [{ type: 'TextQuoteSelector', exact: QUOTE }] }],
      },
      {
        type: 'Annotation',
        motivation: 'tagging',
        body: { type: 'TextualBody', value: 'Convoys' },
        // Code points 7–9 are the two lorries (UTF-16 offsets 7–11).
        target: { source: 'urn:x', selector: { type: 'TextPositionSelector', start: 7, end: 9 }, textSha256: 'ignored' },
      },
    ]);
    const result = await c.invoke('annotations:import', { content, documentId: emojiDoc });
    expect(result.imported).toBe(1);
    expect(result.problems).toEqual([{ index: 1, id: null, message: 'Annotation 2: it has only a position, made on another version of the text, and no quote to find its words by.' }]);
    const sha = sha256(EMOJI_TEXT);
    const positioned = JSON.stringify({ type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'Convoys' }, target: { source: { id: 'urn:x', textSha256: sha }, selector: { type: 'TextPositionSelector', start: 7, end: 9 } } });
    expect(await c.invoke('annotations:import', { content: positioned, documentId: emojiDoc })).toMatchObject({ imported: 1, tagsCreated: ['Convoys'] });
    const items = (await c.invoke('annotations:list', { documentId: emojiDoc })).items;
    expect(items.map((i) => [i.exact, i.kind, i.note])).toEqual([
      ['🚚🚚', 'highlight', ''],
      [QUOTE, 'note', 'Check this figure'],
    ]);
  });

  it('reports bad entries one by one and imports the rest; refuses what is not W3C JSON-LD', async () => {
    const c = await open();
    const good = { type: 'Annotation', target: { source: `urn:sightline:document:${c.documentId}`, selector: { type: 'TextQuoteSelector', exact: QUOTE } } };
    const content = JSON.stringify({
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          good,
          { type: 'Note', target: {} },
          { type: 'Annotation', id: 'x:1', target: 'https://example.org/whole-page' },
          { type: 'Annotation', target: { source: 'urn:sightline:document:unknown', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
          { type: 'Annotation', target: { source: 'urn:y', selector: { type: 'TextPositionSelector', start: 5, end: 2 } } },
          { type: 'Annotation', target: { source: 'urn:y', selector: { type: 'TextQuoteSelector', exact: '' } } },
        ],
      },
    });
    const result = await c.invoke('annotations:import', { content });
    expect(result.imported).toBe(1);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Annotation 2: its type is not "Annotation".',
      'Annotation 3: its target is a whole resource, not a span of text (no selector).',
      'Annotation 4: its document (urn:sightline:document:unknown) is not in this case; import into a chosen document instead.',
      'Annotation 5: its TextPositionSelector needs whole numbers with 0 ≤ start ≤ end.',
      'Annotation 6: its TextQuoteSelector has no "exact" text.',
    ]);
    await expect(c.invoke('annotations:import', { content: '{not json' })).rejects.toThrow(/not valid JSON/);
    await expect(c.invoke('annotations:import', { content: '{"type":"Person"}' })).rejects.toThrow(/expected an Annotation, an AnnotationPage or an AnnotationCollection/);
    await expect(c.invoke('annotations:import', { content: '{"type":"AnnotationCollection","first":"https://x/p1"}' })).rejects.toThrow(/embedded/);
    await expect(c.invoke('annotations:import', { path: join(tempDir(), 'missing.jsonld') })).rejects.toMatchObject({ code: 'not_found' });
    await expect(c.invoke('annotations:import', { content: '[]', documentId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(c.invoke('annotations:import', {})).rejects.toThrow(/either a file path or the content/);
  });

  it('reports import progress as a job', async () => {
    const c = await open();
    const items = Array.from({ length: 450 }, (_, i) => ({ type: 'Annotation', target: { source: `urn:sightline:document:${c.documentId}`, selector: { type: 'TextQuoteSelector', exact: QUOTE } }, bodyValue: `note ${i}` }));
    const result = await c.invoke('annotations:import', { content: JSON.stringify(items), jobId: 'import-1' });
    expect(result.imported).toBe(450);
    const progress = c.events.filter((e) => e.name === 'job:progress').map((e) => e.payload as { jobId: string; state: string; done: number; total: number });
    expect(progress.every((p) => p.jobId === 'import-1')).toBe(true);
    expect(progress.at(-1)).toMatchObject({ state: 'done', done: 450, total: 450 });
  });
});
