/**
 * `npm run bench -- ocr [--pages 10]`
 *
 * OCR throughput of the real import (documents:import of an image-only PDF, the engine in
 * its worker thread as in the app, tesseract.js workers in their own threads) for a scanned
 * PDF in English and one in Arabic, made in code: the sample article and Arabic reports
 * rendered to page images by Chromium (tests/helpers/text-image.ts), built into PDFs.
 * Printed: pages per minute, peak memory (RSS of the whole process: engine and OCR threads
 * included), and the UI's responsiveness meanwhile — the event-loop delay of this thread
 * (the one that talks to the window) and the latency of a small API call (case:info)
 * answered by the busy engine every 250 ms.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { nodeEnvironment } from '../../electron/services/environment.ts';
import { EngineHost } from '../../electron/transports/engine/engine-host.ts';
import { ARABIC_STATEMENT, paragraphsOf, scannedPdf } from '../helpers/scan-fixtures.ts';
import { closeTextImages } from '../helpers/text-image.ts';
import { benchDir, fmt, percentile, printTable } from './bench-helpers.ts';

/** Arabic paragraphs written for the bench (invented reports), cycled to fill the pages. */
const ARABIC_PARAGRAPHS = [
  ...ARABIC_STATEMENT,
  'أعلنت بعثة الأمم المتحدة يوم الأحد أن أكثر من 300 عائلة نزحت من القرى الواقعة شرق المدينة خلال الأسبوع الماضي بسبب الاشتباكات.',
  'وقال مسؤول محلي إن القصف استهدف سوقاً شعبية ومحطة للمياه، ما أدى إلى انقطاع المياه عن نحو ٤٠ ألف شخص.',
  'وبحسب منظمة إنسانية، وصلت ١٢ شاحنة محملة بالمساعدات الغذائية والطبية إلى المخيمات الحدودية يوم الخميس.',
  'وأفادت مصادر ميدانية بأن الطائرات المسيرة نفذت ما لا يقل عن 25 غارة على مواقع متفرقة في الريف الجنوبي.',
];

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

function fill(paragraphs: string[], pages: number, perPage: number): string[][] {
  return Array.from({ length: pages }, (_, p) => Array.from({ length: perPage }, (_, i) => paragraphs[(p * perPage + i) % paragraphs.length]!));
}

async function fixture(dir: string, name: string, make: () => Promise<Buffer>): Promise<string> {
  const path = join(dir, name);
  if (!existsSync(path)) writeFileSync(path, await make());
  return path;
}

interface Run {
  label: string;
  pages: number;
  wallMs: number;
  peakMb: number;
  loopMaxMs: number;
  idleMaxMs: number;
  loopP99Ms: number;
  callP95Ms: number;
  callMaxMs: number;
  confidence: string;
}

async function measure(label: string, pdf: string, languages: string, dir: string): Promise<Run> {
  const home = join(dir, `home-${languages}`);
  rmSync(home, { recursive: true, force: true });
  mkdirSync(home, { recursive: true });
  const host = new EngineHost(nodeEnvironment({ configDir: home, dataDir: join(home, 'cases') }));
  await host.invoke('ui', 'case:create', { path: join(home, 'bench.sightline'), title: `OCR bench ${label}` });
  await host.invoke('ui', 'ocr:setCaseDefault', { languages });
  // This machine is shared: the OS pauses any thread now and then. The same measure over 3 s
  // with nothing running is the noise to read the figures against.
  const idle = monitorEventLoopDelay({ resolution: 10 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  idle.disable();
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const callLatencies: number[] = [];
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  let importing = true;
  let phase = 'starting';
  let t0 = performance.now();
  const slow: string[] = [];
  host.onEvent((event) => {
    if (event.name === 'job:progress') phase = (event.payload as { current: string | null }).current ?? phase;
  });
  const prober = (async () => {
    while (importing) {
      const started = performance.now();
      const during = phase;
      await host.invoke('ui', 'case:info', {});
      const took = performance.now() - started;
      callLatencies.push(took);
      if (took > 500) slow.push(`${fmt(took, 0)} ms at ${fmt((started - t0) / 1000)} s (${during.replace(/^.*· /, '')})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  histogram.enable();
  const started = performance.now();
  t0 = started;
  const report = (await host.invoke('ui', 'documents:import', { paths: [pdf] })) as { imported: number; failed: { error: string }[]; items: { documentId: string }[] };
  const wallMs = performance.now() - started;
  importing = false;
  histogram.disable();
  clearInterval(sampler);
  await prober;
  if (report.imported !== 1) throw new Error(`the scan was not imported: ${JSON.stringify(report.failed)}`);
  const doc = (await host.invoke('ui', 'documents:get', { id: report.items[0]!.documentId })) as { metadata: { ocr?: { pages: { confidence: number | null }[] } } };
  const confidences = (doc.metadata.ocr?.pages ?? []).map((p) => p.confidence ?? 0);
  await host.close();
  if (slow.length > 0) console.log(`${label}: case:info answers over 500 ms: ${slow.join('; ')}`);
  return {
    label,
    pages: confidences.length,
    wallMs,
    peakMb: peak / 1024 / 1024,
    loopMaxMs: histogram.max / 1e6,
    idleMaxMs: idle.max / 1e6,
    loopP99Ms: histogram.percentile(99) / 1e6,
    callP95Ms: percentile(callLatencies, 95),
    callMaxMs: Math.max(...callLatencies),
    confidence: `${Math.min(...confidences)}–${Math.max(...confidences)}`,
  };
}

export async function run(args: string[]): Promise<number> {
  const pages = option(args, '--pages', 10);
  const dir = benchDir('ocr');
  console.log(`OCR bench: ${pages}-page image-only PDFs (one JPEG per page, 850 × 1100 px: letter at 100 dpi, full of text), ${availableParallelism()} cores, load ${loadavg()[0]!.toFixed(2)}`);
  // Full letter pages at 100 dpi (850 × 1100 px), filled with text as a report page is.
  const english = await fixture(dir, `english-full-${pages}.pdf`, () => scannedPdf(fill(paragraphsOf(readFileSync(new URL('../fixtures/turkey-convoys-idlib.txt', import.meta.url), 'utf8')), pages, 7), 'ltr', 1100));
  const arabic = await fixture(dir, `arabic-full-${pages}.pdf`, () => scannedPdf(fill(ARABIC_PARAGRAPHS, pages, 9), 'rtl', 1100));
  await closeTextImages();
  const runs = [await measure('English (eng)', english, 'eng', dir), await measure('Arabic (ara+eng)', arabic, 'ara+eng', dir)];
  printTable('OCR of a scanned PDF through documents:import (engine in its worker, tesseract workers: SIGHTLINE_OCR_WORKERS or one per spare core, max 2)', [
    ['document', 'pages', 'seconds', 'pages/min', 'peak RSS MB', 'confidence %', 'UI loop max ms (idle)', 'UI loop p99 ms', 'case:info p95 ms', 'case:info max ms'],
    ...runs.map((r) => [r.label, r.pages, fmt(r.wallMs / 1000), fmt((r.pages / r.wallMs) * 60_000), fmt(r.peakMb, 0), r.confidence, `${fmt(r.loopMaxMs)} (${fmt(r.idleMaxMs)})`, fmt(r.loopP99Ms), fmt(r.callP95Ms), fmt(r.callMaxMs)]),
  ]);
  return 0;
}
