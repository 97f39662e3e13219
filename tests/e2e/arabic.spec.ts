import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newCase, pickFile } from './case-setup.ts';
import { expect, test, type Served } from './fixtures.ts';
import { highlightBoxes, selectWords } from './reader-selection.ts';

// Written for this test: Arabic with a Latin name and digits in both scripts in one sentence.
const TITLE = 'بيان المرصد';
const MIXED = 'وقال Rami Abdel Rahman، مدير المرصد السوري، إن ٧٥ آلية (75 vehicles) دخلت عبر معبر كفرلوسين يوم الثلاثاء.';
const SECOND = 'وأضاف أن عشرات المدنيين نزحوا من قرى ريف إدلب الجنوبي.';
const INSERTED = 'ملاحظة المحرر: صُحّح هذا البيان لاحقاً.';
const CROSSING = 'Rami Abdel Rahman، مدير المرصد السوري، إن ٧٥';
const PART = 'كفرلوس'; // the start of the word كفرلوسين

/** A new case `caseFile` holding the report above, imported from a file; its figures extracted on import. */
async function importArabicReport(page: Page, served: Served, caseFile: string): Promise<void> {
  writeFileSync(join(served.dir, 'sohr-ar.txt'), `${TITLE}\n\n${MIXED}\n\n${SECOND}\n`);
  await newCase(page, served.url, join(served.dir, caseFile), 'قضية عربية');
  await page.getByRole('button', { name: 'Import…' }).click();
  await pickFile(page, served.dir, /sohr-ar\.txt/);
  // ٧٥ آلية, its gloss (75 vehicles), عشرات المدنيين.
  await expect(page.getByText(/^1 documents? · 3 claims/)).toBeVisible();
}

async function highlight(page: Page, quote: string, tag: string): Promise<string> {
  await selectWords(page, quote);
  await page.keyboard.press('h');
  await page.getByRole('dialog', { name: 'Highlight with tag' }).getByRole('textbox', { name: 'Tag' }).fill(tag);
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Annotations of this document' }).locator('.annotation-card', { hasText: quote });
  await expect(card).toBeVisible();
  return (await card.getAttribute('data-annotation-id'))!;
}

test('Arabic: search with proclitics, right-to-left reader, highlights inside a word and across a Latin name and digits that re-anchor', async ({ page, served }, testInfo) => {
  await importArabicReport(page, served, 'arabic.sightline');

  // "مرصد" finds "المرصد"; the snippet shows the text as written, right to left.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('مرصد');
  const hits = page.getByLabel('Search results');
  await expect(hits.getByText(/^1 document/)).toBeVisible();
  // The snippet's two hits (the heading line and "مدير المرصد السوري"), whole words, never split.
  await expect(hits.locator('.hit-snippet mark')).toHaveText(['المرصد', 'المرصد']);
  await expect(hits.locator('.hit-title mark')).toHaveText(['المرصد']);
  await expect(hits.locator('.hit-snippet')).toHaveAttribute('dir', 'auto');
  await hits.locator('.hit').first().click();

  const reader = page.getByRole('region', { name: 'Reader' });
  const block = reader.locator('.doc-block', { hasText: 'كفرلوسين' });
  await expect(block).toBeVisible();
  // The paragraph reads right to left and aligns right; the English UI around it does not.
  expect(await block.evaluate((b) => [getComputedStyle(b).direction, getComputedStyle(b).textAlign])).toEqual(['rtl', 'start']);
  const right = await block.evaluate((b) => {
    const range = document.createRange();
    range.selectNodeContents(b);
    return [Math.round(range.getBoundingClientRect().right), Math.round(b.getBoundingClientRect().right)];
  });
  expect(Math.abs(right[0]! - right[1]!)).toBeLessThanOrEqual(2);
  const untouched = await block.evaluate((b) => b.innerHTML);

  const partId = await highlight(page, PART, 'أماكن');
  const crossingId = await highlight(page, CROSSING, 'مصادر');
  // Still one text node: the highlights are boxes behind the text, so letters stay joined.
  expect(await block.evaluate((b) => b.innerHTML)).toBe(untouched);
  expect(await block.evaluate((b) => b.childNodes.length)).toBe(1);
  const part = await highlightBoxes(page, partId, PART);
  const crossing = await highlightBoxes(page, crossingId, CROSSING);
  expect(part.marks).toEqual(part.words);
  expect(crossing.marks).toEqual(crossing.words);
  // A bidirectional run (Arabic, Latin, Arabic-Indic digits) is several boxes on one line.
  expect(crossing.words.length).toBeGreaterThan(1);
  await block.screenshot({ path: testInfo.outputPath('arabic-partial-word.png') });
  await page.screenshot({ path: testInfo.outputPath('arabic-reader.png') });

  // A new version with a paragraph inserted above: both highlights move with their words.
  const edited = join(served.dir, 'sohr-ar-corrected.txt');
  writeFileSync(edited, `${TITLE}\n\n${INSERTED}\n\n${MIXED}\n\n${SECOND}\n`);
  await reader.getByRole('button', { name: 'New version…' }).click();
  await pickFile(page, served.dir, /sohr-ar-corrected\.txt/);
  const report = page.getByRole('dialog', { name: 'New version imported' });
  await expect(report.getByText(/2 annotations: 0 in place, 2 moved/)).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).last().click();
  await expect(reader.locator('.doc-block', { hasText: INSERTED })).toBeVisible();
  await expect(async () => {
    const movedPart = await highlightBoxes(page, partId, PART);
    const movedCrossing = await highlightBoxes(page, crossingId, CROSSING);
    expect(movedPart.marks.length).toBeGreaterThan(0);
    expect(movedPart.marks).toEqual(movedPart.words);
    expect(movedCrossing.marks).toEqual(movedCrossing.words);
    expect(movedPart.words[0]![1]).toBeGreaterThan(part.words[0]![1]!);
  }).toPass();
  await page.screenshot({ path: testInfo.outputPath('arabic-reader-after-reimport.png') });
});

test('Arabic claims in the grid: the words right to left, the unit with its English label', async ({ page, served }, testInfo) => {
  await importArabicReport(page, served, 'arabic-grid.sightline');

  await page.getByRole('button', { name: 'Claims', exact: true }).click();
  const grid = page.getByTestId('claims-grid');
  const vague = grid.locator('.claim-text-cell', { hasText: 'عشرات المدنيين' });
  await expect(vague).toBeVisible();
  // Each claim keeps its Arabic sentence, laid out right to left in its cell.
  expect(await vague.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  const index = await vague.locator('xpath=ancestor::div[@row-index][1]').getAttribute('row-index');
  await expect(grid.locator(`.ag-row[row-index="${index}"] [col-id=unit] [dir=auto]`)).toHaveText('المدنيين (civilians)');
  await page.screenshot({ path: testInfo.outputPath('arabic-claims-grid.png') });
});
