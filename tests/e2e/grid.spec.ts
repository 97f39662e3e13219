/**
 * The claims grid end to end (issue 5's "done when"): the sample case in browser mode, the
 * SOHR figure found with the quick search, graded B2 inline, still B2 after a reload and in
 * the change log (the detail panel's history, and the case file's changes table). Then
 * undo, sort and filter through SQL, and screenshots of the grid in light and dark mode.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const CLAIM = 'more than 75 armoured vehicles';

function row(page: Page, text: string): Locator {
  return page.locator('[data-testid=claims-grid] .ag-row', { has: page.locator('[col-id=text]', { hasText: text }) });
}

async function cell(page: Page, text: string, column: string): Promise<Locator> {
  const index = await row(page, text).getAttribute('row-index');
  return page.locator(`[data-testid=claims-grid] .ag-row[row-index="${index}"] [col-id=${column}]`);
}

async function search(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+f');
  await expect(page.getByRole('searchbox', { name: 'Search claims' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  // The search's own count (the grid counts each view after its rows): until it shows, the
  // rows on screen may still be the previous view's, at other row indexes.
  await expect(page.getByTestId('claims-count')).toContainText(/^1 claim\b/);
  await expect(row(page, CLAIM)).toHaveCount(1);
}

function caseFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...caseFiles(path));
    else if (entry.name.endsWith('.sightline')) found.push(path);
  }
  return found;
}

test('find the SOHR figure, grade it B2, and find it graded after a reload and in the change log', async ({ page, served }, testInfo) => {
  test.setTimeout(150_000);
  await page.goto(served.url);
  await page.getByRole('button', { name: /Open the sample case/ }).click();
  await expect(page.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByTestId('claims-count')).toContainText(/\d+ claims/, { timeout: 30_000 });
  await page.waitForTimeout(300);
  const light = testInfo.outputPath('claims-grid-light.png');
  await page.screenshot({ path: light });

  await search(page, CLAIM);
  await expect(page.getByTestId('claims-count')).toContainText(/^\d claims?/);
  const grade = await cell(page, CLAIM, 'grade');
  await expect(await cell(page, CLAIM, 'source')).toHaveText('Syrian Observatory for Human Rights');
  await expect(await cell(page, CLAIM, 'value')).toHaveText('>75');

  // Grade inline: focus the Grade cell, Enter edits, type, Enter saves.
  await grade.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('B2');
  await page.keyboard.press('Enter');
  await expect(grade).toHaveText('B2');
  const detail = page.getByTestId('claim-detail');
  await expect(detail.getByTestId('claim-context').locator('mark')).toHaveText(CLAIM);
  await expect(detail.getByTestId('claim-history')).toContainText('graded credibility 2');
  await expect(detail.getByTestId('claim-history')).toContainText('graded Syrian Observatory for Human Rights B');

  // A wrong grade is refused with a message, and nothing changes.
  await grade.click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Z9');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/"Z9" is not an Admiralty grade/)).toBeVisible();
  await expect(grade).toHaveText('B2');

  // After a reload: still B2, and recorded with who and when.
  await page.reload();
  await expect(page.getByTestId('claims-count')).toContainText(/\d+ claims?/, { timeout: 30_000 });
  await search(page, CLAIM);
  // The row index is read again on each try: the rows may still be settling after the search.
  await expect(async () => expect(await cell(page, CLAIM, 'grade')).toHaveText('B2', { timeout: 1_000 })).toPass({ timeout: 15_000 });
  await row(page, CLAIM).locator('[col-id=text]').click();
  await expect(page.getByTestId('claim-history')).toContainText('e2e-analyst');
  await expect(page.getByTestId('claim-history')).toContainText('graded credibility 2');
  const [casePath] = caseFiles(served.home);
  const db = new Database(casePath!, { readonly: true });
  const logged = db
    .prepare("SELECT actor, at, json_extract(after, '$.credibility') AS credibility FROM changes WHERE table_name = 'claims' AND json_extract(after, '$.credibility') = 2")
    .all() as { actor: string; at: string; credibility: number }[];
  const source = db.prepare("SELECT actor FROM changes WHERE table_name = 'sources' AND json_extract(after, '$.reliability') = 'B'").all();
  db.close();
  expect(logged).toHaveLength(1);
  expect(logged[0]!.actor).toBe('e2e-analyst');
  expect(Date.now() - Date.parse(logged[0]!.at)).toBeLessThan(10 * 60_000);
  expect(source).toEqual([{ actor: 'e2e-analyst' }]);

  // Edit the status inline, undo it with Ctrl+Z.
  const status = await cell(page, CLAIM, 'status');
  await status.click();
  await page.keyboard.press('Enter');
  // The list opens on the current value; the next one down is "confirmed".
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('confirmed');
  await status.click();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveText('unreviewed');

  // Clear the search; sort by value, largest first (in SQL).
  await page.keyboard.press('Control+f');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('claims-count')).toContainText(/\d\d+ claims/);
  await page.locator('.ag-header-cell[col-id=value] .ag-header-cell-label').click();
  await page.locator('.ag-header-cell[col-id=value] .ag-header-cell-label').click();
  const firstValue = page.locator('[data-testid=claims-grid] .ag-row[row-index="0"] [col-id=value]');
  await expect(firstValue).not.toHaveText('');
  await page.locator('[data-testid=claims-grid] .ag-row[row-index="0"] [col-id=text]').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('claims-grid-detail.png') });
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('claims-grid-dark.png') });
  await testInfo.attach('claims-grid', { path: light, contentType: 'image/png' });
});
