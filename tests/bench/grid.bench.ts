/**
 * `npm run bench -- grid [--claims 1000000] [--pages 30]`: the claims grid on a generated case
 * of a million claims (built once into .bench/grid/ with bulk inserts in one transaction).
 *
 * Prints: the first page (count included) and page fetches at random offsets for every
 * sortable column and for text filters, through the engine (zod validation included); then
 * in headless Chromium against `sightline serve`, the time until the first rows are visible
 * and the renderer's JS heap after scrolling through the grid.
 * Goals (issue 5): first page < 200 ms, page fetch p95 < 100 ms, renderer heap < 300 MB.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createCase } from '../../electron/services/casefile/open-case.ts';
import { SORTABLE_COLUMNS } from '../../electron/services/claims/claim-columns.ts';
import { createEngine } from '../../electron/services/engine.ts';
import { nodeEnvironment } from '../../electron/services/environment.ts';
import type { ClaimQuery } from '../../shared/contract/claims.ts';
import { newId } from '../../shared/domain/ids.ts';
import { benchDir, fmt, percentile, printTable, timeMs, serveCase } from './bench-helpers.ts';

const PAGE = 100;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const UNITS = ['armoured vehicles', 'soldiers', 'civilians', 'people displaced', 'airstrikes', 'trucks', 'tanks', 'fighters', 'rockets', 'families', 'military columns', 'barrel bombs'];
const SUBJECTS = ['Turkey', 'Syrian army', 'Russia', 'HTS', 'SDF', 'opposition', 'UN', 'civilians', null];
const EVENTS = ['battle', 'explosion_remote_violence', 'violence_against_civilians', 'troop_movement', 'displacement', 'humanitarian', 'casualties', null];
const QUALIFIERS = ['exact', 'more_than', 'at_least', 'about', 'fewer_than', null];
const STATUSES = ['unreviewed', 'unreviewed', 'unreviewed', 'confirmed', 'disputed', 'rejected'];
const VERBS = ['entered', 'were reported near', 'were killed in', 'fled', 'were seen moving towards', 'struck', 'arrived in', 'left'];
const PLACE_NAMES = ['Idlib', 'Saraqib', 'Aleppo', 'Maarat al-Numan', 'Ariha', 'Jisr al-Shughur', 'Kafr Losin', 'Atarib', 'Sarmada', 'Taftanaz', 'Binnish', 'Khan Shaykhun'];

/** A case with `n` claims over 2,000 documents, 60 sources and 3,000 places (bench data, written in bulk). */
function buildCase(path: string, n: number): void {
  const open = createCase(path, { id: newId(), title: `Grid bench (${n} claims)`, actor: 'bench', at: new Date().toISOString() });
  const db = open.writable!;
  const r = random(11);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const at = '2026-11-25T12:00:00.000Z';
  // Indexes and the FTS triggers are dropped for the load and rebuilt after (faster than
  // maintaining 15 b-trees row by row); the result is the schema the migrations make.
  const derived = db.prepare("SELECT name, type, sql FROM sqlite_schema WHERE tbl_name = 'claims' AND type IN ('index', 'trigger') AND sql IS NOT NULL").all() as { name: string; type: string; sql: string }[];
  // The names are the migrations' own (read from the schema of the case just created).
  const drops = derived.map((d) => `DROP ${d.type === 'index' ? 'INDEX' : 'TRIGGER'} "${d.name}"`);
  for (const drop of drops) db.exec(drop);
  const loadStart = performance.now();
  db.transaction(() => {
    const sources = Array.from({ length: 60 }, (_, i) => {
      const id = newId();
      db.prepare('INSERT INTO sources (id, name, reliability, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(id, `Outlet ${String(i + 1).padStart(2, '0')}`, i % 3 === 0 ? 'ABCDEF'[i % 6] : null, newId(), at, 'bench', at, 'bench');
      return id;
    });
    const documents = Array.from({ length: 2000 }, (_, i) => {
      const id = newId();
      db.prepare("INSERT INTO documents (id, format, title, source_id, published, rev, created_at, created_by, updated_at, updated_by) VALUES (?, 'text', ?, ?, ?, ?, ?, ?, ?, ?)").run(id, `Report ${i + 1}: ${pick(PLACE_NAMES)} ${pick(UNITS)}`, pick(sources), '2020-02-01', newId(), at, 'bench', at, 'bench');
      return id;
    });
    const places = Array.from({ length: 3000 }, (_, i) => {
      const id = newId();
      db.prepare('INSERT INTO places (id, name, lat, lon, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, `${pick(PLACE_NAMES)} ${i}`, 35 + r() * 2, 36 + r() * 2, newId(), at, 'bench', at, 'bench');
      return id;
    });
    const claim = db.prepare(
      `INSERT INTO claims (id, document_id, span_start, span_end, text, value, qualifier, unit, subject, event_type, when_start, when_end, source_id, status, credibility, rev, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const link = db.prepare('INSERT INTO claim_places (claim_id, place_id) VALUES (?, ?)');
    for (let i = 0; i < n; i++) {
      const id = newId();
      const value = r() < 0.85 ? Math.floor(r() ** 3 * 5000) : null;
      const unit = pick(UNITS);
      const place = pick(places);
      const day = new Date(Date.UTC(2019, 11, 1) + Math.floor(r() * 240) * 86_400_000).toISOString().slice(0, 10);
      const text = `${value ?? 'Dozens of'} ${unit} ${pick(VERBS)} ${pick(PLACE_NAMES)} according to ${pick(['local sources', 'activists', 'the ministry', 'witnesses', 'the observatory'])}`;
      const start = Math.floor(r() * 5000);
      claim.run(id, pick(documents), start, start + text.length, text, value, value === null ? null : pick(QUALIFIERS), unit, pick(SUBJECTS), pick(EVENTS), day, r() < 0.2 ? day : null, pick(sources), pick(STATUSES), r() < 0.3 ? 1 + Math.floor(r() * 6) : null, id, at, 'bench', at, 'bench');
      link.run(id, place);
    }
  })();
  const indexStart = performance.now();
  for (const d of derived) db.exec(d.sql);
  db.exec("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')");
  db.exec('ANALYZE');
  console.log(`  rows loaded in ${fmt((indexStart - loadStart) / 1000)} s, indexes and FTS built in ${fmt((performance.now() - indexStart) / 1000)} s`);
  open.close();
}

/** Opens the Claims view, times the first rows, scrolls through the grid, reads the JS heap. */
async function measureRenderer(url: string, scrolls: number): Promise<{ firstRows: number; heapMb: number; heapAfterGcMb: number; rows: string }> {
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.addInitScript(() => localStorage.setItem('sightline.view', 'claims'));
    const started = Date.now();
    await page.goto(url);
    await page.locator('[data-testid=claims-grid] .ag-row[row-index="0"] [col-id=text]').filter({ hasText: /\w/ }).waitFor({ timeout: 60_000 });
    const firstRows = Date.now() - started;
    const rows = (await page.getByTestId('claims-count').textContent()) ?? '';
    // Scroll: jumps across the whole million, then steady scrolling, as an analyst would.
    for (let i = 0; i < scrolls; i++) {
      await page.evaluate((fraction) => {
        // The grid's vertical scroller: the element inside it that scrolls the furthest.
        const scrollers = [...document.querySelectorAll<HTMLElement>('[data-testid=claims-grid] *')].filter((e) => e.scrollHeight > e.clientHeight + 10);
        const viewport = scrollers.sort((a, b) => b.scrollHeight - a.scrollHeight)[0]!;
        viewport.scrollTop = fraction * viewport.scrollHeight;
      }, i % 2 === 0 ? i / scrolls : Math.min(1, (i + 0.01) / scrolls));
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const before = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { firstRows, heapMb: before.usedSize / 2 ** 20, heapAfterGcMb: after.usedSize / 2 ** 20, rows };
  } finally {
    await browser.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const arg = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
  const n = arg('--claims', 1_000_000);
  const pages = arg('--pages', 30);
  const dir = benchDir('grid');
  const casePath = join(dir, `claims-${n}.sightline`);
  if (!existsSync(casePath)) {
    console.log(`Building a case with ${n.toLocaleString('en')} claims …`);
    const [, ms] = timeMs(() => buildCase(casePath, n));
    console.log(`  built in ${fmt(ms / 1000)} s`);
  }
  const home = join(dir, 'home');
  rmSync(home, { recursive: true, force: true });
  const engine = createEngine(nodeEnvironment({ configDir: home, dataDir: join(home, 'cases'), defaultActor: 'bench' }));
  await engine.invoke('bench', 'case:open', { path: casePath });
  const query = async (q: ClaimQuery): Promise<{ ms: number; total: number | null }> => {
    const started = performance.now();
    const page = (await engine.invoke('bench', 'claims:query', q)) as { total: number | null };
    return { ms: performance.now() - started, total: page.total };
  };
  const r = random(5);
  /** The first page with its count, then `pages` pages at random offsets (without count, as the grid asks). */
  const measure = async (view: Partial<ClaimQuery>): Promise<{ first: number; p50: number; p95: number; total: number }> => {
    const first = await query({ ...view, startRow: 0, endRow: PAGE, count: true });
    const total = first.total ?? 0;
    const times: number[] = [];
    for (let i = 0; i < pages; i++) {
      const start = Math.floor(r() * Math.max(0, total - PAGE));
      times.push((await query({ ...view, startRow: start, endRow: start + PAGE, count: false })).ms);
    }
    return { first: first.ms, p50: percentile(times, 50), p95: percentile(times, 95), total };
  };

  const rows: (string | number)[][] = [['view', 'matching', 'first page (ms)', 'page p50 (ms)', 'page p95 (ms)']];
  const add = (label: string, m: { first: number; p50: number; p95: number; total: number }) => {
    rows.push([label, m.total.toLocaleString('en'), fmt(m.first, 0), fmt(m.p50, 1), fmt(m.p95, 1)]);
    console.log(`  ${label}: first ${fmt(m.first, 0)} ms, p50 ${fmt(m.p50, 1)} ms, p95 ${fmt(m.p95, 1)} ms`);
  };
  await query({ startRow: 0, endRow: PAGE }); // warm the statement cache and the page cache
  add('no sort (document order)', await measure({}));
  for (const column of SORTABLE_COLUMNS) {
    add(`sort ${column} asc`, await measure({ sortModel: [{ colId: column, sort: 'asc' }] }));
    add(`sort ${column} desc`, await measure({ sortModel: [{ colId: column, sort: 'desc' }] }));
  }
  add('quick search "saraqib" (FTS)', await measure({ scope: { text: 'saraqib' } }));
  add('quick search "armoured fled" (FTS)', await measure({ scope: { text: 'armoured fled' } }));
  add('quick search + sort value desc', await measure({ scope: { text: 'saraqib' }, sortModel: [{ colId: 'value', sort: 'desc' }] }));
  add('text filter unit contains "tank"', await measure({ filterModel: { unit: { filterType: 'text', type: 'contains', filter: 'tank' } } }));
  add('text filter claim contains "witnesses"', await measure({ filterModel: { text: { filterType: 'text', type: 'contains', filter: 'witnesses' } } }));
  add('set filter status confirmed', await measure({ filterModel: { status: { filterType: 'set', values: ['confirmed'] } } }));
  add('number range value 100–500', await measure({ filterModel: { value: { filterType: 'number', type: 'inRange', filter: 100, filterTo: 500 } } }));
  add('date range when Feb 2020', await measure({ filterModel: { when: { filterType: 'date', type: 'inRange', dateFrom: '2020-02-01', dateTo: '2020-02-29' } } }));
  engine.close();

  console.log('Measuring the Claims view in Chromium …');
  const server = await serveCase(casePath, home);
  let renderer;
  try {
    renderer = await measureRenderer(server.url, 40);
  } finally {
    server.stop();
  }
  printTable(`Claims grid, ${n.toLocaleString('en')} claims, pages of ${PAGE} rows at ${pages} random offsets (through the engine)`, rows);
  const firstPages = rows.slice(1).map((row) => Number(row[2]));
  const p95s = rows.slice(1).map((row) => Number(row[4]));
  printTable('Summary', [
    ['measure', 'value', 'goal'],
    ['first page, worst view (ms)', fmt(Math.max(...firstPages), 0), '< 200'],
    ['page fetch p95, worst view (ms)', fmt(Math.max(...p95s), 1), '< 100'],
    [`first rows visible in Chromium, page open → rows (ms) [${renderer.rows}]`, fmt(renderer.firstRows, 0), ''],
    ['renderer JS heap after 40 scroll jumps (MB)', fmt(renderer.heapMb, 1), '< 300'],
    ['renderer JS heap after GC (MB)', fmt(renderer.heapAfterGcMb, 1), ''],
  ]);
  return 0;
}
