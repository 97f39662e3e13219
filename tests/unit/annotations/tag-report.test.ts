import { afterEach, describe, expect, it } from 'vitest';
import { csvField, markdownText } from '../../../electron/services/annotations/tag-report.ts';
import { articleCase, type ArticleCase } from '../../helpers/article-case.ts';

let c: ArticleCase;
afterEach(() => c?.close());

async function coded(): Promise<ArticleCase> {
  c = await articleCase();
  const military = await c.invoke('tags:create', { name: 'Military', description: 'Armed forces, equipment' });
  const troops = await c.invoke('tags:create', { name: 'Troop movement', parentId: military.id });
  const air = await c.invoke('tags:create', { name: 'Airstrikes' });
  await c.invoke('annotations:create', { ...c.span('more than 75 armoured vehicles'), tagIds: [troops.id], note: 'SOHR figure, "more than"' });
  await c.invoke('annotations:create', { ...c.span('more than 16 raids'), tagIds: [air.id, troops.id] });
  await c.invoke('annotations:create', { ...c.span('Kafr Losin crossing'), kind: 'note', note: '=HYPERLINK("x")' });
  return c;
}

describe('the tag report', () => {
  it('lists every coded quote per tag as CSV, in codebook then document order', async () => {
    await coded();
    const { content, count, mediaType, fileName } = await c.invoke('annotations:export', { format: 'csv' });
    expect({ count, mediaType, fileName }).toEqual({ count: 3, mediaType: 'text/csv', fileName: 'tag-report-test-case.csv' });
    expect(content!.startsWith('\uFEFF')).toBe(true);
    const lines = content!.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('tag,quote,document,page,note,author,created,anchor_status,annotation_id,document_id');
    const cells = lines.slice(1).map((l) => l.split(',').slice(0, 2));
    expect(cells).toEqual([
      ['Airstrikes', 'more than 16 raids'],
      ['Military › Troop movement', 'more than 16 raids'],
      ['Military › Troop movement', 'more than 75 armoured vehicles'],
      ['(untagged)', 'Kafr Losin crossing'],
    ]);
    expect(content).toContain(',"SOHR figure, ""more than""",');
    expect(content).toContain(`,"'=HYPERLINK(""x"")",`);
  });

  it('writes Markdown grouped by tag, with document, page, author and note, escaped', async () => {
    await coded();
    const md = (await c.invoke('annotations:export', { format: 'md', documentId: c.documentId })).content!;
    expect(md).toContain('# Tag report — Test case');
    expect(md).toContain('Turkey sends armoured convoys into Syria · 3 annotations');
    expect(md).toContain('## Military › Troop movement (2)');
    expect(md).toContain('## Airstrikes (1)');
    expect(md).toContain('## \\(untagged\\) (1)');
    expect(md).toContain('> more than 75 armoured vehicles');
    expect(md).toContain('— *Turkey sends armoured convoys into Syria* · test\\-analyst');
    expect(md).toContain('Note: SOHR figure, "more than"');
    expect(md.indexOf('## Airstrikes')).toBeLessThan(md.indexOf('## Military › Troop movement'));
  });

  it('escapes CSV and Markdown special characters', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('-5 killed')).toBe("'-5 killed");
    expect(csvField('@user')).toBe("'@user");
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(markdownText('*bold* [link](x) # 1.')).toBe('\\*bold\\* \\[link\\]\\(x\\) \\# 1\\.');
  });
});
