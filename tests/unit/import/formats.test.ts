import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildEmail, buildZip } from '../../helpers/archive-builder.ts';
import { documentRows, importBytes, importFiles, writeFiles } from '../../helpers/import-helpers.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { buildPdf } from '../../helpers/pdf-builder.ts';
import { tempDir } from '../../helpers/temp.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

describe('import formats', () => {
  it('reads plain text in UTF-8, UTF-16, windows-1252 and windows-1256 (Arabic)', async () => {
    const { db, close } = makeCase();
    const arabic = 'قال المرصد السوري لحقوق الإنسان إن خمسة أرتال تركية دخلت إدلب عبر معبر كفرلوسين.';
    const western = 'Les colonnes comprenaient plus de 75 véhicules blindés, selon l’Observatoire — déjà « confirmé ».';
    const dir = tempDir();
    const paths = writeFiles(dir, {
      'utf8.txt': 'Convoys entered Idlib on Tuesday.',
      'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 report: 23 convoys', 'utf16le')]),
      'cp1252.txt': iconv.encode(western, 'windows-1252'),
      'cp1256.txt': iconv.encode(arabic, 'windows-1256'),
    });
    const report = await importFiles(db, paths);
    expect(report.failed).toEqual([]);
    expect(report.imported).toBe(4);
    const texts = documentRows(db).map((d) => d.text);
    expect(texts).toContain('Convoys entered Idlib on Tuesday.');
    expect(texts).toContain('UTF-16 report: 23 convoys');
    expect(texts).toContain(western);
    expect(texts).toContain(arabic);
    expect(documentRows(db).find((d) => d.text === arabic)?.language).toBe('ar');
    close();
  });

  it('reads Markdown front matter as metadata and keeps it out of the text', async () => {
    const { db, close } = makeCase();
    const markdown = ['---', 'title: Convoys into Idlib', 'source: Middle East Monitor', 'author: Staff writer', 'date: 2020-08-20', 'url: https://example.org/convoys', '---', '', '# Heading', '', 'Six convoys headed to observation points.'].join('\n');
    await importBytes(db, 'note.md', markdown);
    const [doc] = documentRows(db);
    expect(doc).toMatchObject({ title: 'Convoys into Idlib', source: 'Middle East Monitor', author: 'Staff writer', published: '2020-08-20', url: 'https://example.org/convoys', format: 'markdown' });
    expect(doc!.text).toBe('# Heading\n\nSix convoys headed to observation points.');
    close();
  });

  it('reads the article of an HTML page with its title, byline, outlet, canonical URL and date', async () => {
    const { db, close } = makeCase();
    const paragraph = 'The Syrian Observatory for Human Rights said on Tuesday that it had recorded the entry of five new Turkish military columns via the Kafr Losin crossing, north of Idlib. ';
    const html = `<!doctype html><html lang="en"><head><title>Site | Convoys</title>
      <meta property="og:site_name" content="Middle East Monitor">
      <link rel="canonical" href="https://www.middleeastmonitor.com/convoys/">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Turkey sends armoured convoys","datePublished":"2020-08-20T09:30:00Z","author":{"@type":"Person","name":"Jane Reporter"}}</script>
      </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Turkey sends armoured convoys</h1>${`<p>${paragraph}</p>`.repeat(6)}<p>Line one<br>line two</p></article>
      <footer>Copyright</footer></body></html>`;
    await importBytes(db, 'page.html', html);
    const [doc] = documentRows(db);
    expect(doc).toMatchObject({ format: 'html', source: 'Middle East Monitor', author: 'Jane Reporter', url: 'https://www.middleeastmonitor.com/convoys/', published: '2020-08-20T09:30:00Z', language: 'en' });
    expect(doc!.title).toBe('Turkey sends armoured convoys');
    expect(doc!.text).toContain('five new Turkish military columns');
    expect(doc!.text).toContain('Line one\nline two');
    expect(doc!.text).not.toContain('Copyright');
    expect(doc!.text.split('\n\n').length).toBeGreaterThanOrEqual(6);
    close();
  });

  it('reads a PDF page by page, keeping where each page starts', async () => {
    const { db, close } = makeCase();
    const pdf = buildPdf({
      pages: [['Turkish reinforcements entered Idlib.', 'The columns had 75 vehicles.'], ['Page two says 5,450 vehicles since March.'], ['Third page.']],
      title: 'SOHR report',
      author: 'SOHR',
      creationDate: 'D:20200820120000Z',
    });
    await importBytes(db, 'report.pdf', pdf);
    const [doc] = documentRows(db);
    const pages = JSON.parse(doc!.pages) as number[];
    expect(doc).toMatchObject({ format: 'pdf', title: 'SOHR report', author: 'SOHR', published: '2020-08-20', page_count: 3 });
    expect(pages).toHaveLength(3);
    expect(doc!.text.slice(pages[1]!, pages[2]!)).toContain('5,450 vehicles');
    expect(doc!.text.slice(pages[0]!, pages[1]!)).toContain('The columns had 75 vehicles.');
    expect(doc!.text.slice(pages[2]!)).toBe('Third page.');
    close();
  });

  it('reads a Word .docx with its core properties', async () => {
    const { db, close } = makeCase();
    await importBytes(db, 'brief.docx', buildDocx(['First paragraph about Idlib.', 'Second paragraph: 11,500 soldiers.'], { title: 'Weekly brief', creator: 'Analyst One', created: '2020-08-21T10:00:00Z' }));
    const [doc] = documentRows(db);
    expect(doc).toMatchObject({ format: 'docx', title: 'Weekly brief', author: 'Analyst One', published: '2020-08-21T10:00:00Z' });
    expect(doc!.text).toBe('First paragraph about Idlib.\n\nSecond paragraph: 11,500 soldiers.');
    close();
  });

  it('imports an e-mail with its headers as metadata and its attachments as child documents', async () => {
    const { db, close } = makeCase();
    const eml = buildEmail({
      from: 'Field Office <field@example.org>',
      to: 'desk@example.org',
      subject: 'Convoy sightings, 20 August',
      date: 'Thu, 20 Aug 2020 08:15:00 +0000',
      text: 'Two reports attached. Convoys seen near Saraqib.',
      attachments: [
        { fileName: 'sighting.txt', contentType: 'text/plain', data: 'Forty armoured vehicles seen near Saraqib at dawn.' },
        { fileName: 'summary.pdf', contentType: 'application/pdf', data: buildPdf({ pages: [['PDF attachment text about Taftanaz.']] }) },
        { fileName: 'photo.png', contentType: 'image/png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      ],
    });
    const report = await importBytes(db, 'mail.eml', eml);
    expect(report.imported).toBe(3);
    expect(report.failed).toEqual([{ file: 'mail.eml › photo.png', error: expect.stringMatching(/the image is damaged or cut short/) }]);
    const docs = documentRows(db);
    const mail = docs.find((d) => d.format === 'eml')!;
    expect(mail).toMatchObject({ title: 'Convoy sightings, 20 August', author: 'Field Office <field@example.org>', published: '2020-08-20T08:15:00Z' });
    expect(mail.text).toBe('Two reports attached. Convoys seen near Saraqib.');
    expect(JSON.parse(mail.metadata)).toMatchObject({ to: ['desk@example.org'], messageId: '<test@sightline.invalid>' });
    const children = docs.filter((d) => d.parent_id === mail.id);
    expect(children.map((c) => c.file_name).sort()).toEqual(['sighting.txt', 'summary.pdf']);
    expect(children.find((c) => c.format === 'pdf')!.text).toContain('Taftanaz');
    close();
  });

  it('imports folders and .zip archives recursively, archives inside archives too', async () => {
    const { db, close } = makeCase();
    const dir = tempDir();
    mkdirSync(join(dir, 'reports', 'august'), { recursive: true });
    writeFiles(join(dir, 'reports'), { 'a.txt': 'Report A about Maarat al-Numan.', '.hidden.txt': 'skipped' });
    writeFiles(join(dir, 'reports', 'august'), {
      'b.md': '# Report B\n\nAbout Saraqib.',
      'bundle.zip': buildZip([
        { name: 'inner/c.txt', data: 'Report C about Ariha.' },
        { name: 'nested.zip', data: buildZip([{ name: 'd.txt', data: 'Report D about Jisr al-Shughur.' }]), store: true },
        { name: '__MACOSX/._c.txt', data: 'resource fork' },
      ]),
    });
    const report = await importFiles(db, [join(dir, 'reports')]);
    expect(report.failed).toEqual([]);
    expect(report.imported).toBe(4);
    const files = report.items.map((i) => i.file.replace(dir, '')).sort();
    expect(files).toEqual([
      '/reports/a.txt',
      '/reports/august/b.md',
      '/reports/august/bundle.zip › inner/c.txt',
      '/reports/august/bundle.zip › nested.zip › d.txt',
    ]);
    close();
  });
});
