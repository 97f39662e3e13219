import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openCase } from '../../electron/services/casefile/open-case.ts';
import { updateRecord } from '../../electron/services/casefile/record-store.ts';
import { expect, test } from './fixtures.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TITLE = 'Turkey sends armoured convoys into Syria to face off against Assad';

function cli(home: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(ROOT, 'bin/sightline.js'), ...args], { env: { ...process.env, SIGHTLINE_HOME: home }, encoding: 'utf8' });
}

/** Renames the sample article in the case at `path`, as `actor` (through the record store, so it is logged). */
function rename(path: string, title: string, actor: string): void {
  const open = openCase(path);
  try {
    const db = open.writable!;
    const { id } = db.prepare('SELECT id FROM documents WHERE title = ?').get(TITLE) as { id: string };
    db.transaction(() => updateRecord(db, 'documents', id, { title }, actor))();
  } finally {
    open.close();
  }
}

test("export from the UI, merge a colleague's file with a conflict, resolve it, see it in History", async ({ page, served }, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: /Open the sample case/ }).click();
  await expect(page.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeVisible();
  const casePath = (await page.getByRole('heading', { name: 'Idlib 2020 (sample case)' }).getAttribute('title'))!;
  await page.getByRole('button', { name: 'History', exact: true }).click();

  // Export case… from the History view, without private notes.
  await page.getByRole('button', { name: 'Export case…' }).click();
  const picker = page.getByRole('dialog', { name: 'Export case to…' });
  await picker.getByRole('textbox', { name: 'Folder' }).fill(served.dir);
  await picker.getByRole('textbox', { name: 'File name' }).fill('mine.sightline');
  await picker.locator('.dialog-footer .button.primary').click();
  const exportDialog = page.getByRole('dialog', { name: 'Export case' });
  await exportDialog.getByLabel('Leave out private notes').check();
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const exported = page.getByRole('dialog', { name: 'Case exported' });
  await expect(exported).toContainText('Left out: private notes');
  await exported.locator('.dialog-footer').getByRole('button', { name: 'Close' }).click();

  // The colleague starts from my export, renames the article and sends theirs back; I renamed it too meanwhile.
  const colleague = join(served.dir, 'colleague.sightline');
  cli(served.home, 'new', colleague, '--title', 'Colleague');
  cli(served.home, 'merge', colleague, join(served.dir, 'mine.sightline'));
  rename(colleague, 'Convoys enter Idlib (colleague’s title)', 'colleague-analyst');
  cli(served.home, 'export', colleague, join(served.dir, 'from-colleague.sightline'));
  rename(casePath, 'Turkish convoys (my title)', 'e2e-analyst');

  // Merge a colleague's case…: one conflict, which I resolve by taking theirs.
  await page.getByRole('button', { name: "Merge a colleague's case…" }).click();
  const open = page.getByRole('dialog', { name: "Merge a colleague's case" }).first();
  await open.getByRole('textbox', { name: 'Folder' }).fill(served.dir);
  await open.getByRole('option', { name: /from-colleague\.sightline/ }).dblclick();
  const merged = page.getByRole('dialog', { name: 'Merged' });
  await expect(merged).toContainText('Conflicts: 1');
  await merged.getByRole('button', { name: 'Resolve 1 conflict' }).click();
  const card = page.getByRole('article', { name: 'Conflict 1 of 1' });
  await expect(card.locator('.conflict-mine')).toHaveText('Turkish convoys (my title)');
  await expect(card.locator('.conflict-theirs')).toHaveText('Convoys enter Idlib (colleague’s title)');
  await expect(card).toContainText('colleague-analyst');
  await page.screenshot({ path: testInfo.outputPath('share-conflict.png') });
  await card.getByRole('button', { name: 'Take theirs' }).click();
  await expect(page.getByText('No conflicts to resolve')).toBeVisible();

  // History: the colleague's change and my resolution, filtered by person; the record's own history.
  await page.getByRole('tab', { name: 'Changes' }).click();
  await page.getByRole('combobox', { name: 'Person' }).selectOption('colleague-analyst');
  const rows = page.getByRole('table', { name: 'Changes' }).locator('tbody tr');
  await expect(rows.filter({ hasText: 'Convoys enter Idlib' })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Person' }).selectOption('');
  await page.getByRole('searchbox', { name: 'Words in the change' }).fill('merge conflict');
  await expect(rows.first()).toContainText("took colleague-analyst's version (merge conflict)");
  await rows.first().click();
  const recordHistory = page.getByRole('complementary', { name: 'Record history' });
  await expect(recordHistory).toContainText('colleague-analyst');
  await expect(recordHistory).toContainText('Turkish convoys (my title)');
  await page.screenshot({ path: testInfo.outputPath('share-history.png') });
  const verified = cli(served.home, 'verify', casePath);
  expect(verified).toMatch(/^OK/);
});
