/** Steps most end-to-end tests begin with, done as a user does them. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Creates the case `path` titled `title` from the welcome screen and opens the Documents view. */
export async function newCase(page: Page, url: string, path: string, title: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByLabel('Case file path').fill(path);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Documents', exact: true }).click();
}

/** In the open file picker (browser mode): goes to `folder` and opens the file whose name matches. */
export async function pickFile(page: Page, folder: string, name: RegExp): Promise<void> {
  await page.getByLabel('Folder', { exact: true }).fill(folder);
  await page.getByRole('option', { name }).click();
  await page.getByRole('button', { name: 'Open' }).click();
}
