/**
 * Every bad input of the import issue: each gets a one-line reason, the batch goes on,
 * and the case holds the good files and nothing else.
 */
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildZip, deflatedZeros, docxEntries } from '../../helpers/archive-builder.ts';
import { caseFootprint, documentRows, importFiles, writeFiles } from '../../helpers/import-helpers.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { buildPdf } from '../../helpers/pdf-builder.ts';
import { tempDir } from '../../helpers/temp.ts';

const GOOD = 'A good report: the SOHR recorded five new Turkish military columns.';

/** Imports the bad file together with a good one; checks the reason and that only the good file landed. */
async function expectRefused(name: string, data: Uint8Array | string, reason: RegExp): Promise<string> {
  const { db, close } = makeCase();
  const dir = tempDir();
  const [good, bad] = writeFiles(dir, { 'good.txt': GOOD, [name]: data });
  const report = await importFiles(db, [bad!, good!]);
  expect(report.failed).toHaveLength(1);
  expect(report.failed[0]!.file).toBe(bad);
  expect(report.failed[0]!.error).toMatch(reason);
  expect(report.failed[0]!.error).not.toContain('\n');
  expect(report.imported).toBe(1);
  expect(documentRows(db).map((d) => d.text)).toEqual([GOOD]);
  close();
  return report.failed[0]!.error;
}

describe('bad input', () => {
  const pdf = buildPdf({ pages: [['Some text on page one.'], ['And on page two.']] });

  it('refuses a corrupt PDF', async () => {
    const corrupt = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)), Buffer.from('\n%%EOF\n')]);
    await expectRefused('corrupt.pdf', corrupt, /the PDF is damaged/);
  });

  it('refuses a truncated PDF', async () => {
    await expectRefused('truncated.pdf', pdf.subarray(0, Math.floor(pdf.length * 0.6)), /the PDF is truncated/);
  });

  it('refuses an encrypted PDF that needs a password', async () => {
    await expectRefused('secret.pdf', buildPdf({ pages: [['Classified']], userPassword: 'open sesame' }), /encrypted and needs a password/);
  });

  it('refuses a .docx that is a zip bomb, before inflating it', async () => {
    // Honest sizes: 300 MB of zeros squeezed into a few hundred KB.
    const zeros = await deflatedZeros(300 * 1024 * 1024);
    const bomb = buildZip([...docxEntries(['Looks harmless.']), { name: 'word/media/image1.bin', deflated: zeros }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    await expectRefused('bomb.docx', bomb, /zip bomb/);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a .docx whose parts lie about their size, and one whose entries overlap', async () => {
    const zeros = await deflatedZeros(50 * 1024 * 1024);
    const lying = buildZip([...docxEntries(['Looks harmless.']), { name: 'word/media/image1.bin', deflated: { ...zeros, size: 1000 } }]);
    await expectRefused('lying.docx', lying, /expands beyond its declared size \(a zip bomb\?\)/);
    const small = await deflatedZeros(900 * 1024);
    const overlapping = buildZip([
      ...docxEntries(['Looks harmless.']),
      { name: 'word/media/a.bin', deflated: small },
      ...Array.from({ length: 20 }, (_, i) => ({ name: `word/media/copy${i}.bin`, sameDataAs: 4 })),
    ]);
    await expectRefused('overlap.docx', overlapping, /overlapping entries \(a zip bomb\?\)/);
  });

  it('refuses a 0-byte file', async () => {
    await expectRefused('empty.txt', '', /the file is empty \(0 bytes\)/);
  });

  it('refuses binary junk named .txt', async () => {
    const junk = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 2654435761) % 251));
    await expectRefused('junk.txt', junk, /binary data, not text/);
  });

  it('refuses invalid UTF-8 instead of garbling it', async () => {
    const broken = Buffer.concat([Buffer.from('Le convoi est arrivé à Idlib — déjà confirmé. ', 'utf8'), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' Fin.', 'utf8')]);
    await expectRefused('broken.txt', broken, /not valid UTF-8 \(a broken byte sequence at byte \d+\)/);
  });

  it('refuses a 200 MB text file by its size, without reading it', async () => {
    const dir = tempDir();
    const path = join(dir, 'huge.txt');
    const stream = createWriteStream(path);
    const line = Buffer.from('Convoys entered Idlib again on Tuesday according to local sources and the observatory.\n');
    const chunk = Buffer.concat(Array.from({ length: 10_000 }, () => line)); // ~0.9 MB
    for (let written = 0; written < 200 * 1024 * 1024; written += chunk.length) {
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => stream.end(() => resolve()));
    const { db, close } = makeCase();
    const [good] = writeFiles(dir, { 'good.txt': GOOD });
    const before = process.memoryUsage().rss;
    const report = await importFiles(db, [path, good!]);
    expect(report.failed).toEqual([{ file: path, error: expect.stringMatching(/^it is 20\d MB; Sightline imports files up to 100 MB/) }]);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(report.imported).toBe(1);
    close();
  });

  it('stores HTML full of scripts and event handlers as inert text, and fetches nothing it references', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(request.url ?? '');
      response.end('alert("fetched")');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const html = `<!doctype html><html><head><title>Hostile page</title>
      <script src="${base}/script.js"></script><link rel="stylesheet" href="${base}/style.css">
      <meta http-equiv="refresh" content="0; url=${base}/refresh">
      <script>globalThis.__sightlinePwned = true;</script></head>
      <body onload="globalThis.__sightlinePwned = true">
      <img src="${base}/image.png" onerror="globalThis.__sightlinePwned = true">
      <iframe src="${base}/frame.html"></iframe><object data="${base}/object.swf"></object>
      <p onclick="alert(1)">The visible report says 12 convoys entered &lt;script&gt;alert("x")&lt;/script&gt; Idlib.</p>
      <a href="javascript:alert(1)">link</a><svg><script>alert(2)</script></svg></body></html>`;
    const { db, close } = makeCase();
    const [path] = writeFiles(tempDir(), { 'hostile.html': html });
    const report = await importFiles(db, [path!]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.close();
    expect(report.failed).toEqual([]);
    const [doc] = documentRows(db);
    expect(doc!.text).toContain('The visible report says 12 convoys entered <script>alert("x")</script> Idlib.');
    expect(doc!.text).not.toMatch(/__sightlinePwned|onerror|onload|alert\(1\)|alert\(2\)/);
    expect((globalThis as { __sightlinePwned?: boolean }).__sightlinePwned).toBeUndefined();
    expect(requests).toEqual([]);
    close();
  });

  it('reports a path that no longer exists and goes on', async () => {
    const { db, close } = makeCase();
    const dir = tempDir();
    const [good] = writeFiles(dir, { 'good.txt': GOOD });
    const report = await importFiles(db, [join(dir, 'moved-away.pdf'), good!]);
    expect(report.failed).toEqual([{ file: join(dir, 'moved-away.pdf'), error: 'no such file or folder (it was moved or deleted)' }]);
    expect(report.imported).toBe(1);
    close();
  });

  it('leaves the case exactly as it was when every file of a batch is bad', async () => {
    const { db, close } = makeCase({ documents: 2 });
    const before = caseFootprint(db);
    const dir = tempDir();
    const paths = writeFiles(dir, {
      'empty.txt': '',
      'junk.txt': Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)),
      'secret.pdf': buildPdf({ pages: [['x']], userPassword: 'pw' }),
      'truncated.pdf': pdf.subarray(0, 300),
      'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
      'old.doc': Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
    });
    const report = await importFiles(db, paths);
    expect(report.imported).toBe(0);
    expect(report.failed.map((f) => f.file)).toEqual(paths);
    for (const failure of report.failed) expect(failure.error).toMatch(/^[^\n]{10,200}$/);
    expect(caseFootprint(db)).toEqual(before);
    close();
  });
});
