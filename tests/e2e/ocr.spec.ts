/**
 * Issue 11, scanned documents: an image-only PDF made from the sample article (its text
 * rendered to page images here, then built into a PDF) and an Arabic scanned statement are
 * imported with a broken image beside them; search finds "75" and "المرصد" in them; the
 * reader shows each page's OCR confidence and marks the words to check; the claims
 * extracted from the scan have the values of the claims of the typed article.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { arabicStatementImage, paginate, paragraphsOf, scannedPdf } from '../helpers/scan-fixtures.ts';
import { closeTextImages } from '../helpers/text-image.ts';
import { newCase } from './case-setup.ts';
import { expect, test } from './fixtures.ts';

const ARTICLE = readFileSync(new URL('../fixtures/turkey-convoys-idlib.txt', import.meta.url), 'utf8');
const TITLE = 'Turkey sends armoured convoys into Syria to face off against Assad';

async function search(page: Page, query: string): Promise<void> {
  const box = page.getByLabel('Search documents');
  await box.fill(query);
}

/** The claim values the extractor finds in the typed article, through the API of the same server. */
async function typedArticleValues(url: string): Promise<number[]> {
  const { origin, hash } = new URL(url);
  const token = /token=([^&]+)/.exec(hash)![1]!;
  const response = await fetch(`${origin}/api/extract:text`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: ARTICLE, language: 'en' }),
  });
  const output = (await response.json()) as { claims: { quantity: { value: number | null } | null }[] };
  return output.claims.flatMap((c) => (c.quantity?.value != null ? [c.quantity.value] : [])).sort((a, b) => a - b);
}

test('OCR: a scanned article and an Arabic statement are read, searched, shown with their confidence, and give the article’s claims', async ({ page, served }, testInfo) => {
  test.setTimeout(360_000);
  const folder = join(served.dir, 'scans');
  mkdirSync(folder, { recursive: true });
  // Three scanned pages of the article, no text layer; the Arabic statement as a screenshot.
  const pdf = await scannedPdf(paginate(paragraphsOf(ARTICLE), 5));
  const statement = await arabicStatementImage('png');
  await closeTextImages();
  writeFileSync(join(folder, 'turkey-convoys-idlib-scan.pdf'), pdf);
  writeFileSync(join(folder, 'sohr-statement.png'), statement);
  writeFileSync(join(folder, 'torn-photo.png'), statement.subarray(0, 600)); // cut short in transfer
  const casePath = join(served.dir, 'Scans.sightline');
  await newCase(page, served.url, casePath, 'Scans');

  await page.getByRole('button', { name: 'Folder…' }).click();
  await page.getByLabel('Folder', { exact: true }).fill(folder);
  await page.getByRole('button', { name: 'Choose folder' }).click();
  // The import bar counts the pages as OCR reads them.
  await expect(page.getByRole('progressbar').getByText(/OCR page \d of 3/)).toBeVisible({ timeout: 120_000 });
  const report = page.getByRole('dialog', { name: 'Import finished with problems' });
  await expect(report).toBeVisible({ timeout: 240_000 });
  await expect(report.getByText(/2\s+imported/)).toBeVisible();
  await expect(report.getByText('the image is damaged or truncated: its pixels cannot be read')).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).last().click();

  // "75" is found in the scanned article; the reader shows each page's confidence.
  await search(page, '75');
  const hits = page.getByLabel('Search results');
  const articleHit = hits.locator('.hit', { hasText: TITLE }).first();
  await expect(articleHit.locator('.hit-meta')).toContainText('p. 2'); // the page the figure is on
  await articleHit.click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: TITLE, exact: true })).toBeVisible(); // the headline, a paragraph of its own
  await expect(reader.locator('.doc-block', { hasText: 'more than 75 armoured vehicles' })).toBeVisible();
  const bar = reader.getByLabel('OCR confidence');
  await expect(bar.locator('.ocr-badge')).toHaveCount(3);
  for (const badge of await bar.locator('.ocr-badge').all()) await expect(badge).toHaveText(/^p\. \d · \d+%$/);
  await expect(reader.locator('.doc-page-marker')).toHaveCount(3); // the pages of the scan, as in the PDF
  await page.screenshot({ path: testInfo.outputPath('ocr-reader-article.png') });

  // "المرصد" is found in the Arabic statement; the repaired digits are marked to check.
  await search(page, 'المرصد');
  await hits.locator('.hit', { hasText: 'sohr statement' }).first().click();
  await expect(reader.getByRole('heading', { name: 'sohr statement' })).toBeVisible();
  await expect(reader.locator('.doc-block', { hasText: 'المرصد السوري' }).first()).toBeVisible();
  await expect(reader.locator('.doc-block', { hasText: '٧٥' })).toBeVisible();
  await expect(reader.getByLabel('OCR confidence').locator('.ocr-badge')).toHaveText(/^p\. 1 · \d+%$/);
  await expect(reader.locator('.doc-mark-ocr-repaired').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ocr-reader-arabic.png') });

  // The claims extracted from the scan: the values of the typed article's claims, each
  // pointing at words of the scan's text that hold its figure.
  const expected = await typedArticleValues(served.url);
  expect(expected.length).toBeGreaterThan(5);
  const db = new Database(casePath, { readonly: true });
  try {
    const doc = db.prepare("SELECT d.id, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.format = 'pdf'").get() as { id: string; text: string };
    const claims = db.prepare('SELECT value, span_start AS start, span_end AS end FROM claims WHERE document_id = ? AND deleted_at IS NULL').all(doc.id) as { value: number | null; start: number; end: number }[];
    const values = claims.flatMap((c) => (c.value !== null ? [c.value] : [])).sort((a, b) => a - b);
    expect(values).toEqual(expected);
    for (const claim of claims.filter((c) => c.value !== null && c.value >= 10)) {
      expect(doc.text.slice(claim.start, claim.end).replace(/,/g, '')).toContain(String(claim.value));
    }
  } finally {
    db.close();
  }
});
