/**
 * The offline map end to end: the sample case on a basemap served only from 127.0.0.1 (the
 * fixture fails the test on any other request), claim places where they belong, an
 * observation point added by typed DMS coordinates that survives a reload, undo, and the map
 * in light and dark mode.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const TRUE_POSITIONS = { Idlib: { lat: 35.9306, lon: 36.6339 }, Aleppo: { lat: 36.2021, lon: 37.1343 } };

function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Features of a GeoJSON source of the live map, read through its debugging handle. */
async function sourceFeatures(page: Page, source: string): Promise<{ name: string; lat: number; lon: number }[]> {
  return page.evaluate(async (id) => {
    const map = (document.querySelector('[data-testid=map]') as HTMLElement & { maplibre: { getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> } } }).maplibre;
    const data = await map.getSource(id).getData();
    return data.features.map((f) => ({ name: String(f.properties?.['name']), lon: f.geometry.coordinates[0]!, lat: f.geometry.coordinates[1]! }));
  }, source);
}

async function openSampleMap(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: /Open the sample case/ }).click();
  await expect(page.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

async function waitForIdleMap(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-testid=map]') as HTMLElement & { maplibre: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void } }).maplibre;
        if (map.loaded()) resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

test('the map of the sample case: basemap, places, an observation point that survives a reload, undo, light and dark', async ({ page, served }, testInfo) => {
  test.setTimeout(150_000);
  await openSampleMap(page, served.url);
  await expect(page.getByTestId('points-list')).toContainText('Observation points (7)');

  // The cursor's position, in three notations.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('cursor-coordinates')).toContainText(/\d+\.\d{5}, \d+\.\d{5}/);
  await expect(page.getByTestId('cursor-coordinates')).toContainText(/\d+°\d\d'\d\d\.\d"N/);
  await expect(page.getByTestId('cursor-coordinates')).toContainText(/37S [A-Z]{2} \d{5} \d{5}/);

  // Add an observation point by typing DMS coordinates.
  await page.getByRole('button', { name: 'Add at coordinates…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an observation point' });
  await dialog.getByLabel('Name').fill('Bab al-Hawa crossing');
  await dialog.getByLabel('Type').selectOption('crossing');
  await dialog.getByLabel('Coordinates').fill(`36°13'50"N 36°41'33"E`);
  await expect(page.getByTestId('coordinate-echo')).toContainText('36.23056, 36.69250');
  await page.getByRole('dialog', { name: 'Add an observation point' }).getByRole('button', { name: 'Add point' }).click();
  await expect(page.getByTestId('point-panel')).toContainText('Bab al-Hawa crossing');
  await expect(page.getByTestId('point-coordinates')).toContainText(`36°13'50.0"N 36°41'33.0"E`);

  // Move it by typed MGRS, then undo the move.
  await page.getByLabel('Move to').fill('37S BA 92000 12000');
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByTestId('point-coordinates')).not.toContainText(`36°13'50.0"N`);
  await expect(page.getByTestId('point-history')).toContainText('Moved');
  await page.getByTestId('map').click({ position: { x: 5, y: 5 } }); // focus leaves the field, so Ctrl+Z is the map's
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('point-coordinates')).toContainText(`36°13'50.0"N 36°41'33.0"E`);

  // Reload: the point is in the case file, on the map and in the list.
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(page.getByTestId('points-list')).toContainText('Bab al-Hawa crossing');
  await expect.poll(async () => (await sourceFeatures(page, 'observation-points')).find((p) => p.name === 'Bab al-Hawa crossing')).toBeDefined();
  const point = (await sourceFeatures(page, 'observation-points')).find((p) => p.name === 'Bab al-Hawa crossing')!;
  expect(km(point, { lat: 36.230556, lon: 36.6925 })).toBeLessThan(0.01);

  // Drag the point to move it; Ctrl+Z puts it back.
  const at = await page.evaluate(() => {
    const map = (document.querySelector('[data-testid=map]') as HTMLElement & { maplibre: { jumpTo(o: object): void; project(c: [number, number]): { x: number; y: number } } }).maplibre;
    map.jumpTo({ center: [36.6925, 36.230556], zoom: 11 });
    return map.project([36.6925, 36.230556]);
  });
  await waitForIdleMap(page);
  const mapBox = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(mapBox.x + at.x, mapBox.y + at.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(mapBox.x + at.x + i * 12, mapBox.y + at.y + i * 6);
  await page.mouse.up();
  await expect(page.getByTestId('point-history')).toContainText('Moved');
  const dragged = (await sourceFeatures(page, 'observation-points')).find((p) => p.name === 'Bab al-Hawa crossing')!;
  expect(km(dragged, { lat: 36.230556, lon: 36.6925 })).toBeGreaterThan(0.5);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('point-coordinates')).toContainText(`36°13'50.0"N 36°41'33.0"E`);

  // Light and dark: a map of north-west Syria with its labels.
  await page.evaluate(() => {
    const map = (document.querySelector('[data-testid=map]') as HTMLElement & { maplibre: { jumpTo(o: object): void } }).maplibre;
    map.jumpTo({ center: [36.75, 36.0], zoom: 8.3 });
  });
  await waitForIdleMap(page);
  await page.waitForTimeout(500);
  const light = testInfo.outputPath('map-light.png');
  await page.screenshot({ path: light });
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForIdleMap(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('map-dark.png') });
  await testInfo.attach('map-light', { path: light, contentType: 'image/png' });
});

// Claim places come from claim extraction (issue 4), which fills places and claim_places when
// the sample case is built. Until it is on main the sample case has no claims, so this test is
// marked fixme rather than faked: remove the fixme once extraction has landed.
test('the sample case places Idlib and Aleppo within 5 km of their true positions', async ({ page, served }) => {
  test.fixme(true, 'waits for claim extraction (issue 4) to fill the sample case with claim places');
  await openSampleMap(page, served.url);
  await expect.poll(async () => (await sourceFeatures(page, 'claim-places')).length, { timeout: 30_000 }).toBeGreaterThan(0);
  const places = await sourceFeatures(page, 'claim-places');
  for (const [name, truth] of Object.entries(TRUE_POSITIONS)) {
    const place = places.find((p) => p.name === name);
    expect(place, `${name} is on the map`).toBeDefined();
    expect(km(place!, truth), `${name} within 5 km of its true position`).toBeLessThan(5);
  }
});

test('a bad KML file is refused with a clear message and adds nothing', async ({ page, served }) => {
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const file = join(served.dir, 'broken.kml');
  writeFileSync(file, '<kml><Placemark><name>x</Placemark>');
  await openSampleMap(page, served.url);
  await page.getByRole('button', { name: 'Import…' }).click();
  await page.getByRole('textbox', { name: 'Folder' }).fill(served.dir);
  await page.getByRole('option', { name: /broken\.kml/ }).click();
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(/broken\.kml is not valid XML/)).toBeVisible();
  await expect(page.getByTestId('points-list')).toContainText('Observation points (7)');
});
