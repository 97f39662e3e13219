/** The language choice and the page loop of ocrPages, with a stand-in for the tesseract pool. */
import { describe, expect, it } from 'vitest';
import { ocrInfo, ocrPages, type PageSource } from '../../../electron/services/ocr/ocr-document.ts';
import { OcrImageError, OcrTimeout, type OcrPool, type RecognizedPage } from '../../../electron/services/ocr/ocr-pool.ts';

const ARABIC: RecognizedPage = { confidence: 90, paragraphs: [{ lines: [{ words: 'قال المرصد إن VO آلية'.split(' ').map((text) => ({ text, confidence: 90 })) }] }] };
const LATIN: RecognizedPage = { confidence: 95, paragraphs: [{ lines: [{ words: 'Five new columns entered'.split(' ').map((text) => ({ text, confidence: 95 })) }] }] };

/** Reads image bytes [k] as page kind k: 1 Arabic, 2 Latin, 3 too slow, 4 damaged. Records every call. */
function fakePool(calls: string[]): OcrPool {
  return {
    size: 1,
    async recognize(image: Uint8Array, languages: string) {
      calls.push(`${image[0]}:${languages}`);
      if (image[0] === 3) throw new OcrTimeout(180_000);
      if (image[0] === 4) throw new OcrImageError('the image is damaged or truncated: its pixels cannot be read');
      return image[0] === 1 ? ARABIC : LATIN;
    },
  } as unknown as OcrPool;
}

const pages = (...kinds: (number | null)[]): PageSource[] => kinds.map((kind, i) => ({ page: i + 1, image: async () => (kind === null ? null : Uint8Array.of(kind)) }));
const signal = new AbortController().signal;

describe('OCR of a document’s pages', () => {
  it('guesses the language from the first scanned page: Arabic keeps ara+eng, Latin is read again with eng', async () => {
    const calls: string[] = [];
    const arabic = await ocrPages(pages(1, 1), { signal, pool: fakePool(calls) });
    expect(arabic).toMatchObject({ languages: 'ara+eng', chosenBy: 'script' });
    expect(arabic.pages[0]!.text).toBe('قال المرصد إن ٧٥ آلية');
    expect(calls).toEqual(['1:ara+eng', '1:ara+eng']);

    calls.length = 0;
    const progress: string[] = [];
    const latin = await ocrPages(pages(null, 2, 2), { signal, pool: fakePool(calls), onPage: (done, total) => progress.push(`${done}/${total}`) });
    expect(latin.languages).toBe('eng');
    expect(latin.pages.map((p) => p.noImage ?? false)).toEqual([true, false, false]);
    expect(calls).toEqual(['2:ara+eng', '2:eng', '2:eng']); // the typed cover page is skipped; the probe page is read again
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
  });

  it('uses the set asked for, else the case’s, and keeps a failed page with its reason', async () => {
    const calls: string[] = [];
    const result = await ocrPages(pages(2, 3, 4, 2), { signal, pool: fakePool(calls), languages: 'ara', caseDefault: 'eng' });
    expect(result).toMatchObject({ languages: 'ara', chosenBy: 'request' });
    expect(result.pages.map((p) => p.error)).toEqual([null, 'reading the page took longer than 180 s (the limit per page)', 'the image is damaged or truncated: its pixels cannot be read', null]);
    const byCase = await ocrPages(pages(2), { signal, pool: fakePool(calls), caseDefault: 'eng' });
    expect(byCase).toMatchObject({ languages: 'eng', chosenBy: 'case' });
    await expect(ocrPages(pages(2), { signal, pool: fakePool(calls), languages: 'fra' })).rejects.toThrow(/no OCR language data for fra/);
  });

  it('moves word spans by the offset where each page starts', async () => {
    const result = await ocrPages(pages(1), { signal, pool: fakePool([]), languages: 'ara+eng' });
    const info = ocrInfo(result, new Map([[1, 100]]));
    expect(info.pages[0]).toMatchObject({ page: 1, repaired: [[114, 116]], lowConfidence: [[114, 116, 90]] });
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(ocrPages(pages(2, 2), { signal: abort.signal, pool: fakePool([]), languages: 'eng' })).rejects.toThrow(/cancelled/);
  });
});
