/**
 * Arabic labels on the offline map. MapLibre 6 shapes Arabic and orders bidirectional text
 * itself (its setRTLTextPlugin is deprecated), and the Arabic glyphs come from the local Noto
 * Sans Arabic woff2 in resources/basemap/fonts: no plugin download, no request off 127.0.0.1.
 */
import { expect, test } from './fixtures.ts';

test('an observation point named in Arabic is labelled on the map, shaped and right to left', async ({ page, served }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(served.url);
  await page.getByRole('button', { name: /Open the sample case/ }).click();
  await expect(page.getByRole('heading', { name: 'Idlib 2020 (sample case)' })).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });

  await page.getByRole('button', { name: 'Add at coordinates…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an observation point' });
  await dialog.getByLabel('Name').fill('معبر باب الهوى (Bab al-Hawa) ٢');
  await dialog.getByLabel('Coordinates').fill('36.2306, 36.6925');
  await dialog.getByRole('button', { name: 'Add point' }).click();
  await expect(page.getByTestId('point-panel')).toContainText('معبر باب الهوى');

  const labelled = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        type Live = {
          jumpTo(o: object): void;
          once(e: string, f: () => void): void;
          triggerRepaint(): void;
          queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[];
        };
        const map = (document.querySelector('[data-testid=map]') as HTMLElement & { maplibre: Live }).maplibre;
        map.jumpTo({ center: [36.6925, 36.2306], zoom: 10 });
        map.once('idle', () => resolve(map.queryRenderedFeatures({ layers: ['points-labels'] }).map((f) => String(f.properties['name']))));
        map.triggerRepaint();
      }),
  );
  expect(labelled).toContain('معبر باب الهوى (Bab al-Hawa) ٢');
  await page.waitForTimeout(500);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.screenshot({
    path: testInfo.outputPath('map-arabic-label.png'),
    clip: { x: box.x + box.width / 2 - 200, y: box.y + box.height / 2 - 60, width: 400, height: 140 },
  });
});
