/**
 * `npm run bench -- map [--points 100000]`: the map with 100,000 claim places in headless
 * Chromium (software WebGL), next to raw MapLibre with the same points in the same run.
 *
 * Prints: the places:features query and its trip through the engine; the time from the data
 * arriving in the page to the first full frame showing it (and from opening the Map view);
 * frame times while panning. Goals (issue 6): first frame < 1.5 s, pan frames < 50 ms.
 * The raw run is LIMITS.md's "MapLibre, 100k points, GeoJSON source with clustering".
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { createCase } from '../../electron/services/casefile/open-case.ts';
import { newId } from '../../shared/domain/ids.ts';
import { benchDir, benchEngine, caseBuiltOnce, ensureBuilt, fmt, percentile, printTable, serveCase } from './bench-helpers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const VIEWPORT = { width: 1440, height: 900 };
const CHROMIUM = { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist'] };

/** Deterministic pseudo-random numbers, so every run maps the same points. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Points scattered over Syria and its borders, denser around Idlib and Aleppo. */
function points(n: number): [number, number][] {
  const r = random(42);
  return Array.from({ length: n }, () => {
    if (r() < 0.5) return [36.2 + r() * 1.4, 35.5 + r() * 1.0];
    return [35.8 + r() * 6.2, 32.4 + r() * 4.8];
  });
}

/** A case with `n` placed places and one to three claims each (bench data, written in bulk). */
function buildCase(path: string, n: number): void {
  const open = createCase(path, { id: newId(), title: `Map bench (${n} places)`, actor: 'bench', at: new Date().toISOString() });
  const db = open.writable!;
  const r = random(7);
  const statuses = ['unreviewed', 'confirmed', 'disputed', 'rejected'];
  const at = new Date().toISOString();
  db.transaction(() => {
    const sources = Array.from({ length: 12 }, (_, i) => {
      const id = newId();
      db.prepare('INSERT INTO sources (id, name, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, `Outlet ${i + 1}`, newId(), at, 'bench', at, 'bench');
      return id;
    });
    const place = db.prepare('INSERT INTO places (id, name, lat, lon, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const claim = db.prepare(
      'INSERT INTO claims (id, text, status, source_id, when_start, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const link = db.prepare('INSERT INTO claim_places (claim_id, place_id) VALUES (?, ?)');
    points(n).forEach(([lon, lat], i) => {
      const placeId = newId();
      place.run(placeId, `Place ${i}`, lat, lon, newId(), at, 'bench', at, 'bench');
      const claims = 1 + Math.floor(r() * 3);
      for (let k = 0; k < claims; k++) {
        const claimId = newId();
        const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(r() * 365) * 86_400_000).toISOString().slice(0, 10);
        claim.run(claimId, `Claim ${i}.${k}`, statuses[Math.floor(r() ** 2 * 4)], sources[Math.floor(r() ** 2 * 12)], day, newId(), at, 'bench', at, 'bench');
        link.run(claimId, placeId);
      }
    });
  })();
  open.close();
}

/** Pans the map of `handle` by small steps, one per frame, and times the frames. */
async function panFrames(page: Page, handle: string, frames = 90): Promise<number[]> {
  return page.evaluate(
    async ([handle, frames]) => {
      const map = (0, eval)(handle) as { panBy(o: [number, number], opts: object): void; once(e: string, f: () => void): void };
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < frames; i++) {
        await new Promise<void>((resolve) => {
          map.once('render', () => resolve());
          map.panBy([i % 60 < 30 ? 12 : -12, i % 40 < 20 ? 6 : -6], { animate: false });
        });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times.slice(5);
    },
    [handle, frames] as const,
  );
}

async function measureApp(url: string): Promise<{ dataToFrame: number; viewToFrame: number; pan: number[]; places: number }> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(() => localStorage.setItem('sightline.view', 'map'));
    await page.goto(url);
    // The first frame after the data of the whole case (not an earlier, empty answer) arrived.
    const marks = async () =>
      page.evaluate(() =>
        performance.getEntriesByType('mark').map((m) => ({ name: m.name, at: m.startTime, places: ((m as PerformanceMark).detail as { places?: number } | null)?.places ?? 0 })),
      );
    let data: { at: number; places: number } | undefined;
    let rendered: { at: number } | undefined;
    for (let waited = 0; waited < 120_000 && !rendered; waited += 100) {
      const all = await marks();
      data = all.find((m) => m.name === 'sightline:places-data' && m.places > 0);
      rendered = data ? all.find((m) => m.name === 'sightline:places-rendered' && m.at >= data!.at) : undefined;
      if (!rendered) await page.waitForTimeout(100);
    }
    if (!data || !rendered) throw new Error('The Map view never showed the places.');
    const pan = await panFrames(page, "document.querySelector('[data-testid=map]').maplibre");
    return { dataToFrame: rendered.at - data.at, viewToFrame: rendered.at, pan, places: data.places };
  } finally {
    await browser.close();
  }
}

/** LIMITS.md's raw measurement: MapLibre alone, the same points, clustered GeoJSON, no basemap. */
async function measureRaw(n: number): Promise<{ dataToFrame: number; pan: number[] }> {
  const dist = join(ROOT, 'node_modules/maplibre-gl/dist');
  const html = `<!doctype html><html><head><link rel="stylesheet" href="/maplibre-gl.css"><style>html,body,#map{margin:0;height:100%}</style></head><body><div id="map"></div>
<script type="module">
import { Map, setWorkerUrl } from '/maplibre-gl.mjs';
setWorkerUrl('/maplibre-gl-worker.mjs');
const r = ((s) => () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32))(42);
const features = Array.from({ length: ${n} }, (_, i) => {
  const c = r() < 0.5 ? [36.2 + r() * 1.4, 35.5 + r() * 1.0] : [35.8 + r() * 6.2, 32.4 + r() * 4.8];
  return { type: 'Feature', id: i, geometry: { type: 'Point', coordinates: c }, properties: { claims: 1 } };
});
const map = new Map({ container: 'map', style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#dfe8ee' } }] }, center: [36.75, 35.95], zoom: 7.4 });
window.rawMap = map;
map.on('load', () => {
  const t0 = performance.now();
  map.addSource('p', { type: 'geojson', data: { type: 'FeatureCollection', features }, cluster: true, clusterRadius: 44, clusterMaxZoom: 11, clusterProperties: { claims: ['+', ['get', 'claims']] } });
  map.addLayer({ id: 'c', type: 'circle', source: 'p', paint: { 'circle-radius': 8, 'circle-color': '#1c7ed6' } });
  map.once('idle', () => { window.rawFirstFrame = performance.now() - t0; });
});
</script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(html);
      return;
    }
    const file = join(dist, (req.url ?? '').replace(/^\/+/, '').replace(/\.\./g, ''));
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as unknown as { rawFirstFrame?: number }).rawFirstFrame !== undefined, undefined, { timeout: 120_000 });
    const dataToFrame = await page.evaluate(() => (window as unknown as { rawFirstFrame: number }).rawFirstFrame);
    const pan = await panFrames(page, 'window.rawMap');
    return { dataToFrame, pan };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const n = args.includes('--points') ? Number(args[args.indexOf('--points') + 1]) || 100_000 : 100_000;
  ensureBuilt();
  const dir = benchDir('map');
  const casePath = caseBuiltOnce(join(dir, `places-${n}.sightline`), `${n} places`, (path) => buildCase(path, n));

  // The query, in-process and through the engine (zod validation of input and output included).
  const { engine, home } = await benchEngine(dir, casePath);
  // Each call with a filter of its own (a period start before any claim), so none is answered
  // from the features cache; then one repeat, which is.
  const queryTimes: number[] = [];
  let placesCount = 0;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const result = (await engine.invoke('bench', 'places:features', { filter: { whenFrom: `1900-01-0${i + 1}` } })) as { places: { ids: string[] } };
    queryTimes.push(performance.now() - started);
    placesCount = result.places.ids.length;
  }
  const filtered: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await engine.invoke('bench', 'places:features', { filter: { statuses: ['confirmed', 'disputed'], whenFrom: '2020-03-01', whenTo: `2020-06-${20 + i}` } });
    filtered.push(performance.now() - started);
  }
  const cachedStart = performance.now();
  await engine.invoke('bench', 'places:features', { filter: { statuses: ['confirmed', 'disputed'], whenFrom: '2020-03-01', whenTo: '2020-06-22' } });
  const cached = performance.now() - cachedStart;
  engine.close();

  console.log('Measuring the Map view in Chromium …');
  const server = await serveCase(casePath, home);
  let app;
  try {
    app = await measureApp(server.url);
  } finally {
    server.stop();
  }
  console.log('Measuring raw MapLibre in Chromium …');
  const raw = await measureRaw(n);

  printTable(`Map with ${placesCount.toLocaleString('en')} claim places (software WebGL; medians of pan frames)`, [
    ['measure', 'Sightline', 'raw MapLibre', 'goal'],
    ['places:features, whole case (ms, median of 5)', fmt(percentile(queryTimes, 50), 0), '', ''],
    ['places:features, status + period filter (ms)', fmt(percentile(filtered, 50), 0), '', ''],
    ['places:features, repeated (cached) (ms)', fmt(cached, 0), '', ''],
    ['data in page → first full frame (ms)', fmt(app.dataToFrame, 0), fmt(raw.dataToFrame, 0), '< 1500'],
    ['page open → first full frame with places (ms)', fmt(app.viewToFrame, 0), '', ''],
    ['pan frame, median (ms)', fmt(percentile(app.pan, 50), 1), fmt(percentile(raw.pan, 50), 1), '< 50'],
    ['pan frame, p95 (ms)', fmt(percentile(app.pan, 95), 1), fmt(percentile(raw.pan, 95), 1), ''],
  ]);
  console.log('\nLIMITS.md (same machine, earlier): 100k clustered points, load → first frame 0.78 s; pan 33 ms median, 83 ms p95.');
  console.log('Sightline draws the basemap (two vector archives, labels) under the places; raw MapLibre draws the points on a plain background.');
  return 0;
}
