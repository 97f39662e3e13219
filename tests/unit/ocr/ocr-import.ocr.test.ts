/**
 * Real OCR on pages rendered in the test (Chromium + Noto fonts): a PDF with one text page
 * and one scanned page, an Arabic screenshot, and a broken image in the same batch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrInfoOf } from '../../../shared/contract/ocr.ts';
import { shutdownOcrPool } from '../../../electron/services/ocr/ocr-pool.ts';
import { buildPdf } from '../../helpers/pdf-builder.ts';
import { documentRows, importFiles, testJob, writeFiles } from '../../helpers/import-helpers.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { arabicStatementImage } from '../../helpers/scan-fixtures.ts';
import { tempDir } from '../../helpers/temp.ts';
import { closeTextImages, renderTextImage } from '../../helpers/text-image.ts';

const SCANNED = [
  'The Syrian Observatory for Human Rights (SOHR) said on Tuesday that it had recorded the entry of five new Turkish military columns via the Kafr Losin crossing, north of Idlib.',
  'The columns consisted of more than 75 armoured vehicles carrying logistical and military equipment, the SOHR said.',
];

let scanJpeg: Buffer;
let arabicPng: Buffer;
let tiff: Buffer;
let webp: Buffer;

beforeAll(async () => {
  scanJpeg = await renderTextImage({ paragraphs: SCANNED, format: 'jpeg' });
  arabicPng = await arabicStatementImage('png');
  tiff = await renderTextImage({ paragraphs: ['Forty armoured vehicles near Saraqib.'], width: 600, format: 'tiff' });
  webp = await renderTextImage({ paragraphs: ['Twelve trucks crossed at Bab al-Hawa.'], width: 600, format: 'webp' });
  await closeTextImages();
});
afterAll(() => shutdownOcrPool());

describe('importing scans and images', () => {
  it('reads scanned pages and images with OCR, keeps page numbers, and refuses a broken image while the batch goes on', async () => {
    const { db, close } = makeCase();
    const pdf = buildPdf({ pages: [['Turkey sends armoured convoys into Syria to face off against Assad.'], { jpeg: scanJpeg, lines: ['2'] }] });
    const paths = writeFiles(tempDir(), {
      'convoys-scan.pdf': pdf,
      'broken.png': arabicPng.subarray(0, 200),
      'statement.png': arabicPng,
      'note.txt': 'A note imported in the same batch.',
      'fax.tiff': tiff,
      'photo.webp': webp,
    });
    const updates: { current?: string; bytesDone?: number }[] = [];
    const report = await importFiles(db, paths, testJob(new AbortController(), (patch) => updates.push(patch)));

    expect(report.failed).toEqual([{ file: paths[1], error: 'the image is damaged or truncated: its pixels cannot be read' }]);
    expect(report.imported).toBe(5);
    const rows = documentRows(db);
    const scan = rows.find((r) => r.file_name === 'convoys-scan.pdf')!;
    const pages = JSON.parse(scan.pages) as number[];
    expect(pages).toHaveLength(2);
    expect(scan.text.slice(0, pages[1])).toContain('Turkey sends armoured convoys');
    const page2 = scan.text.slice(pages[1]);
    expect(page2).toContain('more than 75 armoured vehicles');
    expect(page2).toContain('Kafr Losin crossing');
    const scanOcr = ocrInfoOf(JSON.parse(scan.metadata))!;
    expect(scanOcr).toMatchObject({ languages: 'eng', chosenBy: 'script' });
    expect(scanOcr.pages.map((p) => p.page)).toEqual([2]); // page 1 has its text layer
    expect(scanOcr.pages[0]!.confidence).toBeGreaterThan(80);
    // Page-by-page progress for the import bar, moving the bytes within the file.
    expect(updates.some((u) => u.current === `${paths[0]} · OCR page 1 of 1`)).toBe(true);

    const statement = rows.find((r) => r.file_name === 'statement.png')!;
    expect(statement).toMatchObject({ format: 'image', language: 'ar' });
    expect(statement.text).toContain('المرصد السوري');
    expect(statement.text).toContain('٧٥'); // read as "VO" by tesseract, repaired
    expect(statement.text).toContain('12');
    const arOcr = ocrInfoOf(JSON.parse(statement.metadata))!;
    expect(arOcr.languages).toBe('ara+eng');
    expect(arOcr.pages[0]!.repaired.map(([s, e]) => statement.text.slice(s, e))).toContain('٧٥');
    for (const [s, e] of arOcr.pages[0]!.lowConfidence) expect(statement.text.slice(s, e).trim()).not.toBe('');

    expect(rows.find((r) => r.file_name === 'fax.tiff')).toMatchObject({ format: 'image', text: 'Forty armoured vehicles near Saraqib.' });
    expect(rows.find((r) => r.file_name === 'photo.webp')).toMatchObject({ format: 'image', text: 'Twelve trucks crossed at Bab al-Hawa.' });
    close();
  });
});
