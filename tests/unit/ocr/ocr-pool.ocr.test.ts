/** The pool's bounds: a page past its time limit and a cancelled page end their worker; the pool goes on. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OcrCancelled, OcrPool, OcrTimeout } from '../../../electron/services/ocr/ocr-pool.ts';
import { closeTextImages, renderTextImage } from '../../helpers/text-image.ts';

let image: Buffer;
const pool = new OcrPool(1);

beforeAll(async () => {
  image = await renderTextImage({ paragraphs: ['Forty armoured vehicles were seen near Saraqib at dawn.'], width: 700 });
  await closeTextImages();
});
afterAll(() => pool.shutdown());

describe('the OCR pool', () => {
  it('stops a page at its time bound and a cancelled page, then reads the next page with a fresh worker', async () => {
    const never = new AbortController().signal;
    await expect(pool.recognize(image, 'eng', { signal: never, timeoutMs: 5 })).rejects.toBeInstanceOf(OcrTimeout);

    const abort = new AbortController();
    const cancelled = pool.recognize(image, 'eng', { signal: abort.signal, timeoutMs: 60_000 });
    setTimeout(() => abort.abort(), 50);
    await expect(cancelled).rejects.toBeInstanceOf(OcrCancelled);
    await expect(pool.recognize(image, 'eng', { signal: abort.signal, timeoutMs: 60_000 })).rejects.toBeInstanceOf(OcrCancelled);

    const page = await pool.recognize(image, 'eng', { signal: never, timeoutMs: 60_000 });
    const text = page.paragraphs.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text))).join(' ');
    expect(text).toBe('Forty armoured vehicles were seen near Saraqib at dawn.');
    expect(pool.peak).toBe(1); // never more workers than the pool's size
  });
});
