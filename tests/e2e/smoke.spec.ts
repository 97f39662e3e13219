import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

test('create a case in the browser and see the empty claims grid and the map', async ({ page, served }, testInfo) => {
  await page.goto(served.url);
  await expect(page.getByRole('button', { name: /New case/ })).toBeVisible();
  // The access token leaves the address bar once read.
  expect(page.url()).not.toContain('token=');

  await page.getByRole('button', { name: /New case/ }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Idlib 2020');
  await page.getByLabel('Case file path').fill(join(served.dir, 'idlib-2020.sightline'));
  await page.getByRole('button', { name: 'Create case' }).click();

  await expect(page.getByRole('heading', { name: 'Idlib 2020' })).toBeVisible();
  const grid = page.getByTestId('claims-grid');
  await expect(grid.getByText('No claims yet')).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Claim' })).toBeVisible();
  await expect(page.getByTestId('map').locator('canvas.maplibregl-canvas')).toBeVisible();
  await expect(page.getByText('0 documents · 0 claims')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('empty-case.png') });

  // A reload keeps the session (token and open case).
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Idlib 2020' })).toBeVisible();
});

test('open the sample case', async ({ page, served }, testInfo) => {
  await page.goto(served.url);
  await page.getByRole('button', { name: /Open the sample case/ }).click();
  await expect(page.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeVisible();
  await expect(page.getByText(/5 documents/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('sample-case.png') });
});

test('a page without the access token explains what to do', async ({ page, served }) => {
  await page.goto(served.url.replace(/#token=.*/, ''));
  await expect(page.getByText('Sightline cannot connect')).toBeVisible();
  await expect(page.getByText(/access link that `sightline serve` printed/)).toBeVisible();
});
