/**
 * The tesseract.js workers: each is a WASM tesseract in its own worker thread (tesseract.js
 * spawns it), so OCR never blocks the engine's event loop. Workers are kept per language
 * set and reused; a page that runs past its time bound or is cancelled terminates its
 * worker (a WASM call cannot be interrupted any other way) and the next page starts a
 * fresh one. Workers are recycled after a number of pages (a WASM heap only grows) and shut
 * down when OCR has been idle for a while, so a CLI run ends and memory is given back.
 *
 * Language data comes only from the @tesseract.js-data packages on disk: tesseract.js reads
 * one folder (`langPath`), so the packages' files are linked into one temporary folder;
 * caching is off, so tesseract.js writes nothing and never fetches.
 */
import { existsSync, linkSync, mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWorker, OEM, type Page, type Worker } from 'tesseract.js';
import { OCR_LANGUAGES } from '../../../shared/domain/ocr-languages.ts';

export interface OcrWord {
  text: string;
  /** 0–100, tesseract's confidence in the word. */
  confidence: number;
}
export interface OcrLine {
  words: OcrWord[];
  /** The line's top and bottom on the page, in pixels (for paragraph breaks tesseract missed). */
  top?: number;
  bottom?: number;
}
export interface OcrParagraph {
  lines: OcrLine[];
}
export interface RecognizedPage {
  paragraphs: OcrParagraph[];
  /** Tesseract's mean confidence for the page, 0–100. */
  confidence: number;
}

export class OcrTimeout extends Error {
  constructor(ms: number) {
    super(`reading the page took longer than ${Math.round(ms / 1000)} s (the limit per page)`);
    this.name = 'OcrTimeout';
  }
}
export class OcrCancelled extends Error {
  constructor() {
    super('the OCR was cancelled');
    this.name = 'OcrCancelled';
  }
}

/** The page image could not be read (damaged, truncated, a format tesseract does not decode). */
export class OcrImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrImageError';
  }
}

interface PooledWorker {
  worker: Worker;
  languages: string;
  pages: number;
  busy: boolean;
}

const PAGES_PER_WORKER = 25;
const IDLE_SHUTDOWN_MS = 15_000;

const require = createRequire(import.meta.url);
let tessdata: string | null = null;

/** One folder holding every shipped language's data file (links into the packages). */
export function tessdataDir(): string {
  if (tessdata && existsSync(tessdata)) return tessdata;
  const dir = mkdtempSync(join(tmpdir(), 'sightline-tessdata-'));
  for (const { code } of OCR_LANGUAGES) {
    // LSTM-only ("best_int") models: smaller and faster than the legacy+LSTM files.
    const file = join(dirname(require.resolve(`@tesseract.js-data/${code}/package.json`)), '4.0.0_best_int', `${code}.traineddata.gz`);
    const target = join(dir, `${code}.traineddata.gz`);
    try {
      symlinkSync(file, target);
    } catch {
      try {
        linkSync(file, target);
      } catch {
        copyFileSync(file, target);
      }
    }
  }
  tessdata = dir;
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function flatten(data: Page): RecognizedPage {
  return {
    confidence: data.confidence,
    paragraphs: (data.blocks ?? []).flatMap((block) =>
      block.paragraphs.map((paragraph) => ({
        lines: paragraph.lines.map((line) => ({
          words: line.words.map((word) => ({ text: word.text, confidence: word.confidence })),
          top: line.bbox.y0,
          bottom: line.bbox.y1,
        })),
      })),
    ),
  };
}

export class OcrPool {
  private readonly workers: PooledWorker[] = [];
  private readonly waiting: (() => void)[] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private peakWorkers = 0;

  constructor(readonly size: number) {}

  /** Reads one page image (PNG, JPEG, TIFF, WebP, BMP or PNM bytes) with a language set. */
  async recognize(image: Uint8Array, languages: string, options: { signal: AbortSignal; timeoutMs: number }): Promise<RecognizedPage> {
    if (options.signal.aborted) throw new OcrCancelled();
    const slot = await this.acquire(languages, options.signal);
    let settled = false;
    let timer: NodeJS.Timeout | null = null;
    let onAbort: (() => void) | null = null;
    try {
      const job = slot.worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: false, blocks: true });
      job.catch(() => {}); // after a timeout or cancel the terminated worker rejects it; nobody waits any more
      const result = await Promise.race([
        job,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new OcrTimeout(options.timeoutMs)), options.timeoutMs);
          onAbort = () => reject(new OcrCancelled());
          // Cancelled while the worker was starting: stop before reading.
          if (options.signal.aborted) onAbort();
          else options.signal.addEventListener('abort', onAbort, { once: true });
        }),
      ]);
      settled = true;
      slot.pages++;
      return flatten(result.data);
    } catch (error) {
      if (error instanceof OcrTimeout || error instanceof OcrCancelled) throw error;
      const message = typeof error === 'string' ? error : ((error as Error).message ?? String(error));
      if (/read image/i.test(message)) throw new OcrImageError('the image is damaged or truncated: its pixels cannot be read');
      throw new OcrImageError(`the OCR engine failed on it (${message.split('\n')[0]})`);
    } finally {
      if (timer) clearTimeout(timer);
      if (onAbort) options.signal.removeEventListener('abort', onAbort);
      // A page that did not finish leaves its worker busy inside WASM: end it.
      await this.release(slot, !settled || slot.pages >= PAGES_PER_WORKER);
    }
  }

  /** Most workers alive at once since the pool started (for the bench). */
  get peak(): number {
    return this.peakWorkers;
  }

  async shutdown(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const all = this.workers.splice(0);
    await Promise.all(all.map((w) => w.worker.terminate().catch(() => {})));
  }

  private async acquire(languages: string, signal: AbortSignal): Promise<PooledWorker> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    for (;;) {
      if (signal.aborted) throw new OcrCancelled();
      const same = this.workers.find((w) => !w.busy && w.languages === languages);
      if (same) {
        same.busy = true;
        return same;
      }
      const idleOther = this.workers.find((w) => !w.busy);
      if (idleOther) await this.remove(idleOther);
      if (this.workers.length < this.size) {
        const slot: PooledWorker = { worker: null as unknown as Worker, languages, pages: 0, busy: true };
        this.workers.push(slot);
        this.peakWorkers = Math.max(this.peakWorkers, this.workers.length);
        try {
          // errorHandler: without one tesseract.js rethrows a job's failure (a damaged image)
          // from its message handler, which would end the process; the job's promise rejects anyway.
          slot.worker = await createWorker(languages, OEM.LSTM_ONLY, { langPath: tessdataDir(), cacheMethod: 'none', gzip: true, errorHandler: () => {} });
        } catch (error) {
          this.workers.splice(this.workers.indexOf(slot), 1);
          this.wake();
          throw new Error(`the OCR engine could not start for ${languages} (${(error as Error).message ?? String(error)})`);
        }
        return slot;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private async release(slot: PooledWorker, retire: boolean): Promise<void> {
    slot.busy = false;
    if (retire) await this.remove(slot);
    this.wake();
    if (this.workers.every((w) => !w.busy) && this.workers.length > 0) {
      this.idleTimer = setTimeout(() => void this.shutdown(), IDLE_SHUTDOWN_MS);
      this.idleTimer.unref();
    }
  }

  private async remove(slot: PooledWorker): Promise<void> {
    const index = this.workers.indexOf(slot);
    if (index >= 0) this.workers.splice(index, 1);
    await slot.worker?.terminate().catch(() => {});
  }

  private wake(): void {
    this.waiting.shift()?.();
  }
}

/**
 * Workers at once: one per spare core, at most two (each page is one thread's work; a
 * tesseract worker holds 50–150 MB). SIGHTLINE_OCR_WORKERS overrides it.
 */
function defaultSize(): number {
  const fromEnv = Number(process.env['SIGHTLINE_OCR_WORKERS']);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return Math.min(fromEnv, 8);
  return Math.max(1, Math.min(2, availableParallelism() - 1));
}

let shared: OcrPool | null = null;

/** The process's pool (every case and import shares the machine's cores). */
export function ocrPool(): OcrPool {
  shared ??= new OcrPool(defaultSize());
  return shared;
}

/** Ends the workers (engine close, end of a test file). */
export async function shutdownOcrPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.shutdown();
}
