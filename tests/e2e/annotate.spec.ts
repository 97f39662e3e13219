import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { newCase, pickFile } from './case-setup.ts';
import { expect, test } from './fixtures.ts';
import { highlightBoxes, selectWords } from './reader-selection.ts';

const ARTICLE = readFileSync(new URL('../../resources/sample/turkey-convoys-idlib.txt', import.meta.url), 'utf8');
const QUOTE = 'more than 75 armoured vehicles';
const INSERTED = 'Editor’s note: this report was corrected on 21 August; the SOHR later revised several of its counts.';

function card(side: Locator, quote: string): Locator {
  return side.locator('.annotation-card', { hasText: quote });
}

test('annotate the sample article: highlight, tag, note, claim; re-import an edited version and keep the highlight on its words', async ({ page, served }, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: /Open the sample case/ }).click();
  await expect(page.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeVisible();
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
  await page.getByTestId('documents-grid').getByText('Turkey sends armoured convoys into Syria to face off against Assad').click();
  const reader = page.getByRole('region', { name: 'Reader' });
  await expect(reader.locator('.doc-block', { hasText: QUOTE })).toBeVisible();
  const side = reader.getByRole('complementary', { name: 'Annotations of this document' });
  await expect(side.getByText(/press H to highlight/)).toBeVisible();

  // Highlight with H, creating the tag "Troop movement" from the picker.
  await selectWords(page, QUOTE);
  await page.keyboard.press('h');
  const picker = page.getByRole('dialog', { name: 'Highlight with tag' });
  await picker.getByRole('textbox', { name: 'Tag' }).fill('Troop movement');
  await expect(picker.getByText('Create tag “Troop movement”')).toBeVisible();
  await page.keyboard.press('Enter');
  const highlight = card(side, QUOTE);
  await expect(highlight).toBeVisible();
  await expect(highlight.locator('.tag-chip', { hasText: 'Troop movement' })).toBeVisible();
  const id = (await highlight.getAttribute('data-annotation-id'))!;
  const before = await highlightBoxes(page, id, QUOTE);
  expect(before.marks.length).toBeGreaterThan(0);
  expect(before.marks).toEqual(before.words);

  // A note on it, written in the side list (Ctrl+Enter saves).
  await highlight.getByRole('button', { name: /Edit the note on more than 75/ }).click();
  await side.getByRole('textbox', { name: 'Note' }).fill('SOHR count; Middle East Monitor speaks of six convoys.');
  await page.keyboard.press('Control+Enter');
  await expect(highlight.getByText('SOHR count; Middle East Monitor speaks of six convoys.')).toBeVisible();

  // A claim from another selection, with C.
  await selectWords(page, '23 Turkish convoys into northern Syria');
  await page.keyboard.press('c');
  const claim = page.getByRole('dialog', { name: 'Claim created' });
  await expect(claim.getByText('23 Turkish convoys into northern Syria')).toBeVisible();
  // Prefilled by the extractor: the figure and what it counts.
  await expect(claim.getByText('Prefilled by the extractor.')).toBeVisible();
  await expect(claim.getByLabel('Figure')).toHaveText(/^23 (Turkish )?convoys$/);
  // Edited in place: the saved claim comes back from the case with the new figure.
  await claim.getByRole('combobox', { name: 'Qualifier' }).selectOption('at_least');
  await claim.getByRole('textbox', { name: 'Who' }).fill('Turkish army');
  await claim.getByRole('button', { name: 'Save' }).click();
  await expect(claim.getByRole('status')).toHaveText('Saved.');
  await expect(claim.getByLabel('Figure')).toHaveText(/^at least 23 (Turkish )?convoys$/);
  await page.screenshot({ path: testInfo.outputPath('claim-from-selection.png') });
  await claim.getByRole('button', { name: 'Done' }).click();
  await expect(card(side, '23 Turkish convoys into northern Syria').locator('.annotation-claim')).toBeVisible();

  // Shift+H highlights with the last tag; Ctrl+Z takes it back.
  await selectWords(page, 'more than 16 raids');
  await page.keyboard.press('Shift+H');
  await expect(card(side, 'more than 16 raids').locator('.tag-chip', { hasText: 'Troop movement' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(card(side, 'more than 16 raids')).toHaveCount(0);
  await expect(page.getByText(/Undone: highlight of “more than 16 raids”/)).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('reader-annotated-light.png') });

  // An edited version with a paragraph inserted above replaces the article.
  const [title, ...rest] = ARTICLE.split('\n\n');
  const edited = join(served.dir, 'turkey-convoys-idlib-corrected.txt');
  writeFileSync(edited, [title, INSERTED, ...rest].join('\n\n'));
  await reader.getByRole('button', { name: 'New version…' }).click();
  await pickFile(page, served.dir, /turkey-convoys-idlib-corrected\.txt/);
  const report = page.getByRole('dialog', { name: 'New version imported' });
  await expect(report.getByText(/2 annotations: 0 in place, 2 moved/)).toBeVisible();
  // Every claim of the article (the extracted ones and the one made above) moved down with its words.
  await expect(report.getByText(/^(\d+) claims: 0 in place, \1 moved$/)).toBeVisible();
  await report.getByRole('button', { name: 'Close' }).last().click();

  // The highlight is still on the same words, now further down, below the new paragraph.
  await expect(reader.locator('.doc-block', { hasText: INSERTED })).toBeVisible();
  const moved = card(side, QUOTE);
  await expect(moved.getByText('Moved')).toBeVisible();
  await expect(moved.getByText('SOHR count; Middle East Monitor speaks of six convoys.')).toBeVisible();
  await expect(async () => {
    const after = await highlightBoxes(page, id, QUOTE);
    expect(after.marks.length).toBeGreaterThan(0);
    expect(after.marks).toEqual(after.words);
    expect(after.words[0]![1]).toBeGreaterThan(before.words[0]![1]!);
  }).toPass();
  await moved.locator('.annotation-open').click();
  await page.screenshot({ path: testInfo.outputPath('reader-annotated-after-reimport-light.png') });
  await page.keyboard.press('Control+Shift+L');
  await page.screenshot({ path: testInfo.outputPath('reader-annotated-after-reimport-dark.png') });

  // The Annotations view groups the quotes by tag.
  await page.keyboard.press('Alt+5');
  const troop = page.getByRole('region', { name: 'Troop movement' });
  await expect(troop.getByText(QUOTE)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('annotations-view-dark.png') });
});

test('Arabic: part of a sentence is highlighted as an overlay, letters still joined', async ({ page, served }, testInfo) => {
  const arabic = 'قال المرصد السوري لحقوق الإنسان إن أكثر من ٧٥ آلية مدرعة دخلت عبر معبر كفرلوسين شمال إدلب.';
  writeFileSync(join(served.dir, 'sohr-ar.txt'), `بيان المرصد\n\n${arabic}\n`);
  await newCase(page, served.url, join(served.dir, 'arabic.sightline'), 'Arabic');
  await page.getByRole('button', { name: 'Import…' }).click();
  await pickFile(page, served.dir, /sohr-ar\.txt/);
  await page.getByTestId('documents-grid').getByText('بيان المرصد').click();
  const reader = page.getByRole('region', { name: 'Reader' });
  const block = reader.locator('.doc-block', { hasText: 'كفرلوسين' });
  await expect(block).toBeVisible();
  const textBefore = await block.evaluate((b) => ({ html: b.innerHTML, width: b.getBoundingClientRect().width, nodes: b.childNodes.length }));

  // A sentence crossing digits, ending inside a word ("كفرلوس" of "كفرلوسين").
  await selectWords(page, 'أكثر من ٧٥ آلية مدرعة دخلت عبر معبر كفرلوس');
  await page.keyboard.press('h');
  await page.getByRole('dialog', { name: 'Highlight with tag' }).getByRole('textbox', { name: 'Tag' }).fill('تحركات عسكرية');
  await page.keyboard.press('Enter');
  const side = reader.getByRole('complementary', { name: 'Annotations of this document' });
  await expect(side.locator('.annotation-card', { hasText: 'كفرلوس' })).toBeVisible();
  // The paragraph is still one untouched text node: the highlight is boxes behind it.
  const textAfter = await block.evaluate((b) => ({ html: b.innerHTML, width: b.getBoundingClientRect().width, nodes: b.childNodes.length }));
  expect(textAfter).toEqual(textBefore);
  expect(textAfter.nodes).toBe(1);
  await expect(reader.locator('.doc-mark-annotation, .doc-mark-annotation-active').first()).toBeVisible();
  await block.screenshot({ path: testInfo.outputPath('arabic-highlight.png') });
  await page.screenshot({ path: testInfo.outputPath('arabic-reader.png') });
});
