import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { newCase } from './case-setup.ts';
import { expect, test } from './fixtures.ts';

const ARTICLE = readFileSync(new URL('../fixtures/turkey-convoys-idlib.txt', import.meta.url), 'utf8');

/** Drops files on the window the way a browser does: a DataTransfer of File objects (no paths). */
async function dropFiles(page: Page, files: { name: string; type: string; text: string }[]): Promise<void> {
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) data.items.add(new File([item.text], item.name, { type: item.type }));
    return data;
  }, files);
  await page.dispatchEvent('.workspace', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await page.dispatchEvent('.workspace', 'drop', { dataTransfer: transfer });
}

test('import files in the browser, search them and read one with its hits highlighted', async ({ page, served }, testInfo) => {
  const folder = join(served.dir, 'reports');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'turkey-convoys-idlib.txt'), ARTICLE);
  writeFileSync(
    join(folder, 'sohr.md'),
    ['---', 'title: Five new columns enter Idlib', 'source: SOHR', 'date: 2020-08-18', '---', '', 'The Syrian Observatory recorded five new Turkish military columns via the Kafr Losin crossing.'].join('\n'),
  );
  writeFileSync(join(folder, 'empty.txt'), '');
  await newCase(page, served.url, join(served.dir, 'Import test.sightline'), 'Import test');

  // The in-app picker of the browser mode: import a whole folder from the machine that serves the app.
  await page.getByRole('button', { name: 'Folder…' }).click();
  await page.getByLabel('Folder', { exact: true }).fill(folder);
  await page.getByRole('button', { name: 'Choose folder' }).click();
  const report = page.getByRole('dialog', { name: 'Import finished with problems' });
  await expect(report).toBeVisible();
  await expect(report.getByText(/2\s+imported/)).toBeVisible();
  await expect(report.getByText('the file is empty (0 bytes)')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-report.png') });
  await report.getByRole('button', { name: 'Close' }).last().click();

  // A syndicated copy dropped on the window is linked as a near-duplicate.
  const copy = ['Reprinted from Middle East Monitor.', ...ARTICLE.split('\n\n').slice(2, 9)].join('\n\n');
  await dropFiles(page, [{ name: 'memo-copy.txt', type: 'text/plain', text: copy }]);
  const nearReport = page.getByRole('dialog', { name: 'Import finished' });
  await expect(nearReport.getByText(/the same text as/)).toBeVisible();
  await nearReport.getByRole('button', { name: 'Close' }).last().click();
  const grid = page.getByTestId('documents-grid');
  await expect(grid.getByText('Five new columns enter Idlib')).toBeVisible();
  await expect(grid.locator('.dup-badge').first()).toBeVisible();
  // Import extracts each document's claims (issue 4).
  await expect(page.getByText(/3 documents · [1-9]\d* claims/)).toBeVisible();

  // Search: a phrase, hits marked in the snippet, the reader highlights every match and marks the first.
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('Search documents')).toBeFocused();
  await page.keyboard.type('"Kafr Losin"');
  const hits = page.getByLabel('Search results');
  await expect(hits.getByText(/^3 documents/)).toBeVisible();
  await expect(hits.locator('mark', { hasText: 'Kafr Losin' }).first()).toBeVisible();
  await hits.locator('.hit', { hasText: 'Five new columns' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: 'Five new columns enter Idlib' })).toBeVisible();
  await expect(reader.locator('.doc-mark-search')).toHaveCount(1);
  await expect(reader.locator('.doc-mark-focus')).toHaveCount(1);
  await expect(reader.getByText('SOHR · 2020-08-18')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('search-reader.png') });

  // Edit the details: the outlet and the date change, and the list shows them.
  await reader.getByRole('button', { name: 'Details' }).click();
  await reader.getByLabel('Outlet / source').fill('Syrian Observatory for Human Rights');
  await reader.getByLabel('Published').fill('2020-08-19');
  await reader.getByRole('button', { name: 'Save details' }).click();
  await expect(reader.getByText('Syrian Observatory for Human Rights · 2020-08-19')).toBeVisible();
});

test('pasted text becomes a document, and a hostile web page stays inert text in the reader', async ({ page, served }, testInfo) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await newCase(page, served.url, join(served.dir, 'Hostile.sightline'), 'Hostile');

  await page.getByRole('button', { name: 'Paste' }).click();
  const paste = page.getByRole('dialog', { name: 'Import pasted text' });
  await paste.getByLabel('Text to import').fill('قال المرصد السوري إن ٧٥ آلية عسكرية دخلت إدلب.\n\nSecond paragraph in English.');
  await paste.getByLabel('Title').fill('Arabic note');
  await paste.getByRole('button', { name: 'Import' }).click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { name: 'Arabic note' })).toBeVisible();
  await expect(reader.locator('p.doc-block[dir="auto"]')).toHaveCount(2);

  const hostile = `<!doctype html><html><head><title>Hostile page</title>
    <script>window.__pwned = 'script';</script></head>
    <body onload="window.__pwned = 'onload'"><img src="x" onerror="window.__pwned = 'onerror'; alert('onerror')">
    <article><h1>Hostile page</h1><p onclick="alert(1)">Twelve convoys entered &lt;img src=x onerror=alert(2)&gt; and &lt;script&gt;alert(3)&lt;/script&gt; Idlib.</p>
    <p>More text so that the reader has an article to show, about armoured vehicles and observation points.</p></article>
    <iframe src="javascript:alert(4)"></iframe></body></html>`;
  await dropFiles(page, [{ name: 'hostile.html', type: 'text/html', text: hostile }]);
  await expect(reader.getByRole('heading', { name: 'Hostile page' })).toBeVisible();
  await expect(reader.getByText('Twelve convoys entered <img src=x onerror=alert(2)> and <script>alert(3)</script> Idlib.')).toBeVisible();
  await expect(reader.locator('.doc-scroll img, .doc-scroll script, .doc-scroll iframe')).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('hostile-inert.png') });
});
