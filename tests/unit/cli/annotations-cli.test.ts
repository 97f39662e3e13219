import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../electron/transports/cli/main.ts';
import { articleCase, type ArticleCase } from '../../helpers/article-case.ts';
import { tempDir } from '../../helpers/temp.ts';

function capture(): { io: { out(t: string): void; err(t: string): void }; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t) => out.push(t), err: (t) => err.push(t) }, out, err };
}

let c: ArticleCase;
afterEach(() => c?.close());

async function annotated(): Promise<ArticleCase> {
  process.env['SIGHTLINE_HOME'] = tempDir();
  c = await articleCase();
  const tag = await c.invoke('tags:create', { name: 'Troop movement' });
  await c.invoke('annotations:create', { ...c.span('more than 75 armoured vehicles'), tagIds: [tag.id], note: 'SOHR figure' });
  await c.invoke('annotations:create', c.span('more than 16 raids'));
  await c.invoke('case:close', {});
  return c;
}

describe('sightline reimport', () => {
  it('replaces a document and prints what moved and what could not be placed', async () => {
    await annotated();
    const edited = join(tempDir(), 'v2.txt');
    const { ARTICLE } = await import('../../helpers/article-case.ts');
    writeFileSync(edited, 'A new first paragraph.\n\n' + ARTICLE.replace('more than 16 raids', 'several raids'));
    const out = capture();
    expect(await main(['reimport', c.path, c.documentId, edited], out.io)).toBe(0);
    expect(out.out).toEqual([
      `Replaced the text of ${c.documentId}.`,
      '2 annotations: 0 in place, 1 moved, 1 changed (to review), 0 not found',
      '  fuzzy    annotation "more than 16 raids" → "several raids"',
      '  moved    annotation "more than 75 armoured vehicles"',
    ]);
  });
});

describe('sightline annotations', () => {
  it('lists annotations, filtered by tag', async () => {
    await annotated();
    const all = capture();
    expect(await main(['annotations', 'list', c.path], all.io)).toBe(0);
    expect(all.out.join('\n')).toMatch(/"more than 16 raids"[\s\S]*#Troop movement\n\s+"more than 75 armoured vehicles" — Turkey sends[\s\S]*note: SOHR figure[\s\S]*2 annotations$/);
    const tagged = capture();
    expect(await main(['annotations', 'list', c.path, '--tag', 'troop movement', '--json'], tagged.io)).toBe(0);
    expect(JSON.parse(tagged.out.join('')).items.map((a: { exact: string }) => a.exact)).toEqual(['more than 75 armoured vehicles']);
    const unknown = capture();
    expect(await main(['annotations', 'list', c.path, '--tag', 'Shelling'], unknown.io)).toBe(2);
    expect(unknown.err.join('')).toBe('sightline: --tag: the case has no tag called "Shelling" (tags: Troop movement).');
  });

  it('exports JSON-LD, CSV and Markdown to stdout or a file, and imports JSON-LD back', async () => {
    await annotated();
    const csv = capture();
    expect(await main(['annotations', 'export', c.path, '--document', c.documentId, '--format', 'csv'], csv.io)).toBe(0);
    expect(csv.out.join('')).toContain('Troop movement,more than 75 armoured vehicles,Turkey sends armoured convoys into Syria,,SOHR figure');
    const md = capture();
    expect(await main(['annotations', 'export', c.path, '--format', 'md', '--tag', 'untagged'], md.io)).toBe(0);
    expect(md.out.join('')).toMatch(/## \\\(untagged\\\) \(1\)\n\n> more than 16 raids/);
    const out = join(tempDir(), 'annotations.jsonld');
    const file = capture();
    expect(await main(['annotations', 'export', c.path, '--format', 'jsonld', '--out', out], file.io)).toBe(0);
    expect(file.err.join('')).toBe(`Exported 2 annotations to ${out}`);
    const again = capture();
    expect(await main(['annotations', 'export', c.path, '--format', 'jsonld', '--out', out], again.io)).toBe(1);
    expect(again.err.join('')).toMatch(/already exists/);
    const bad = capture();
    expect(await main(['annotations', 'export', c.path, '--format', 'xml'], bad.io)).toBe(2);

    const imported = capture();
    expect(await main(['annotations', 'import', c.path, out], imported.io)).toBe(0);
    expect(imported.out.join('')).toBe('Imported 0 annotations (0 anchored, 0 moved, 0 to review, 0 not found); 2 already present.');
    const broken = join(tempDir(), 'broken.jsonld');
    writeFileSync(broken, JSON.stringify([{ type: 'Annotation', target: 'https://example.org' }]));
    const refused = capture();
    expect(await main(['annotations', 'import', c.path, broken], refused.io)).toBe(1);
    expect(refused.err.join('')).toBe('sightline: Annotation 1: its target is a whole resource, not a span of text (no selector).');
  });
});
