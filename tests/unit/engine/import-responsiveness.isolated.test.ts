/**
 * The foundation's promise: long work runs in the engine's worker thread, so the thread
 * that talks to the UI (Electron main, the HTTP bridge) never stalls. A long import —
 * hundreds of files and one very large document whose indexing blocks for a while —
 * runs through EngineHost while this thread's event-loop delay is measured.
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../electron/services/engine.ts';
import { EngineHost } from '../../../electron/transports/engine/engine-host.ts';
import { buildPdf } from '../../helpers/pdf-builder.ts';
import { writeFiles } from '../../helpers/import-helpers.ts';
import { testEnvironment } from '../../helpers/make-case.ts';
import { newsText } from '../../helpers/news-text.ts';
import { tempDir } from '../../helpers/temp.ts';

function corpus(dir: string): string[] {
  const files: Record<string, string | Uint8Array> = {};
  for (let i = 0; i < 300; i++) {
    const text = `${newsText(i)} ${'Filler sentence number ' + i + ' about the situation in the region. '.repeat(20)}`;
    files[`r${i}.${i % 3 === 0 ? 'html' : 'txt'}`] = i % 3 === 0 ? `<html><head><title>Report ${i}</title></head><body><article><p>${text}</p></article></body></html>` : text;
  }
  for (let i = 0; i < 20; i++) files[`p${i}.pdf`] = buildPdf({ pages: [[`PDF report ${i}`, newsText(i + 1000)], ['Second page']] });
  // One very large document: folding and indexing its 8 million characters is one long synchronous step.
  files['large.txt'] = Array.from({ length: 80_000 }, (_, i) => `Line ${i}: convoys, columns and armoured vehicles near Idlib and Saraqib.`).join('\n').slice(0, 8_000_000);
  return writeFiles(dir, files);
}

async function maxDelayMs(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  try {
    await work();
    // Let the histogram's timer fire once more, so a stall at the very end is recorded too.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    histogram.disable();
  }
  console.log(`event-loop delay: max ${(histogram.max / 1e6).toFixed(1)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms`);
  return histogram.max / 1e6;
}

describe('engine responsiveness during a long import', () => {
  it('keeps the calling thread free (no stall over 100 ms) while the worker imports', { timeout: 120_000, retry: 2 }, async () => {
    const dir = tempDir();
    const files = corpus(dir);
    const host = new EngineHost(testEnvironment());
    await host.invoke('ui', 'case:create', { path: join(dir, 'worker.sightline'), title: 'Worker import' });
    let progressEvents = 0;
    host.onEvent((e) => {
      if (e.name === 'job:progress') progressEvents++;
    });
    // This machine's cores are shared: the OS may pause any thread on its own. Measure that
    // noise on this thread with nothing running, and allow it on top of the 100 ms.
    const idle = await maxDelayMs(() => new Promise((resolve) => setTimeout(resolve, 2000)));
    const noise = Math.max(0, idle - 20);
    let report: { imported: number; failed: unknown[] } | undefined;
    const stall = await maxDelayMs(async () => {
      report = (await host.invoke('ui', 'documents:import', { paths: files })) as typeof report;
    });
    await host.close();
    expect(report).toMatchObject({ imported: files.length, failed: [] });
    expect(progressEvents).toBeGreaterThan(2);
    expect(stall, `longest event-loop stall of the calling thread (machine noise ${noise.toFixed(0)} ms), ms`).toBeLessThan(100 + noise);
    // Retried for the same reason. A real regression (engine work on this thread) stalls for
    // seconds, as the control below shows.
  });

  it('(control) does stall the thread when the same import runs in-process, so the check above can fail', async () => {
    const dir = tempDir();
    const files = corpus(dir).filter((f) => f.endsWith('large.txt'));
    const engine = createEngine(testEnvironment());
    await engine.invoke('cli', 'case:create', { path: join(dir, 'inline.sightline'), title: 'Inline import' });
    const stall = await maxDelayMs(() => engine.invoke('cli', 'documents:import', { paths: files }));
    engine.close();
    expect(stall).toBeGreaterThan(100);
  }, 120_000);
});
