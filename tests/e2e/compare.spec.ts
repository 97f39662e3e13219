import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, serve, test } from './fixtures.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/compare');

/** A case with the three comparison articles, built with the command line. */
function buildCase(dir: string, home: string): string {
  const path = join(dir, 'compare.sightline');
  const run = (...args: string[]): string => execFileSync(process.execPath, [join(ROOT, 'bin/sightline.js'), ...args], { env: { ...process.env, SIGHTLINE_HOME: home }, encoding: 'utf8' });
  run('new', path, '--title', 'Turkish reinforcements');
  run('import', path, join(FIXTURES, 'observatory-report.txt'), join(FIXTURES, 'ministry-statement.txt'), join(FIXTURES, 'syndicated-copy.txt'));
  return path;
}

test('two reports side by side: paired claims linked across the gutter, differences spelled out, a copy shaded', async ({ page }, testInfo) => {
  test.setTimeout(240_000); // builds its case with the command line first
  const home = mkdtempSync(join(tmpdir(), 'sightline-e2e-compare-'));
  const casePath = buildCase(home, home);
  const server = await serve([casePath], home);
  try {
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    await page.getByTestId('documents-grid').getByText('Turkish armour pours into Idlib as ceasefire frays').click();
    await page.getByRole('button', { name: 'Compare with…' }).click();
    await page.getByLabel('Document on the right').selectOption({ label: 'Ankara says reinforcements to Idlib are defensive' });

    const summary = page.getByRole('status').filter({ hasText: 'agree' });
    await expect(summary).toContainText('1 agree');
    await expect(summary).toContainText('2 differ');
    await expect(summary).toContainText('more than 75 vs 450 armoured vehicles: 375 more in the second (6×)');
    const gutter = page.getByLabel('Paired claims');
    await expect(gutter.locator('[data-relation="differ"]', { hasText: '>75 ≠ 450' })).toBeVisible();
    await expect(gutter.locator('[data-relation="differ"]', { hasText: '16 ≠ 9' })).toBeVisible();
    await expect(gutter.locator('[data-relation="agree"]', { hasText: '= 5' })).toBeVisible();
    await expect(gutter.locator('[data-relation="only-a"]')).toHaveCount(2);
    // Each differing claim is marked in its own text, on its own words.
    const left = page.getByRole('region', { name: 'Left document' });
    const right = page.getByRole('region', { name: 'Right document' });
    await expect(left.locator('.doc-mark-claim-differ')).toHaveCount(2);
    await expect(right.locator('.doc-mark-claim-differ')).toHaveCount(2);
    await page.screenshot({ path: testInfo.outputPath('compare-side-by-side.png') });

    // The syndicated copy: most of its text is shaded as shared, and its figures agree.
    await page.getByLabel('Document on the right').selectOption({ label: 'Turkish armour pours into Idlib as the ceasefire frays' });
    await expect(summary).toContainText('3 agree');
    await expect(summary).toContainText('0 differ');
    await expect(right.getByText(/^\d+ % shared$/)).toHaveText(/^(8\d|9\d|100) % shared$/);
    expect(await right.locator('.doc-mark-shared').count()).toBeGreaterThan(4);
    await expect(gutter.locator('[data-relation="agree"]', { hasText: '>75 ≈ >80' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('compare-copied-report.png') });

    // Scrolling one side brings the aligned passage into view on the other.
    await page.setViewportSize({ width: 1200, height: 420 });
    const scrollerA = left.locator('.doc-scroll');
    const scrollerB = right.locator('.doc-scroll');
    await scrollerA.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => scrollerB.evaluate((el) => el.scrollTop)).toBeGreaterThan(40);

    // Across the case: the armoured-vehicles event is contested, and the copy does not count as a second source.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('tab', { name: 'Event groups' }).click();
    const groups = page.getByRole('list', { name: 'Event groups' });
    await expect(groups.getByRole('listitem').first()).toContainText(/conflict/);
    const armour = groups.getByRole('listitem').filter({ hasText: 'armoured vehicles' });
    await expect(armour).toContainText('75 – 450');
    await expect(armour).toContainText('2 independent / 3 documents');
    await armour.locator('.group-head').click();
    await expect(armour.getByRole('cell', { name: '450 armoured vehicles', exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('compare-event-groups.png') });
    await page.getByRole('tab', { name: 'Sources' }).click();
    const records = page.getByRole('table', { name: 'Source records' });
    await expect(records.getByRole('row').filter({ hasText: 'Turkish Defence Ministry' })).toContainText('Turkish Defence Ministry');
    await page.screenshot({ path: testInfo.outputPath('compare-sources.png') });
    // Opening a group's claims leaves for the claims view with that scope.
    await page.getByRole('tab', { name: 'Event groups' }).click();
    await groups.getByRole('listitem').filter({ hasText: 'armoured vehicles' }).locator('.group-head').click();
    await page.getByRole('button', { name: 'Show these claims in the grid and on the map' }).click();
    await expect(page.getByRole('tab', { name: 'Event groups' })).toBeHidden();
  } finally {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
});
