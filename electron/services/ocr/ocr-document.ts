/**
 * OCR of a document's page images: the language set (the request's, the case's, or a guess
 * from the script of the first page), every page read by the pool with its time bound,
 * progress per page, cancel between and during pages. A page that fails (time bound,
 * damaged image) keeps its number with an empty text and the reason; the document goes on.
 */
import type { OcrInfo, OcrPage } from '../../../shared/contract/ocr.ts';
import { parseOcrLanguages } from '../../../shared/domain/ocr-languages.ts';
import { OcrCancelled, OcrImageError, OcrTimeout, ocrPool, type OcrPool } from './ocr-pool.ts';
import { pageText, type PageText } from './page-text.ts';

/**
 * Bounds per page. Memory: tesseract holds a few bytes per pixel several times over, so a
 * page is at most 40 megapixels (an A4 page at 600 dpi is 35 MP; a phone photo 12 MP), and
 * a PDF's scan is scaled to 12 MP (A4 at ~350 dpi, more than OCR gains from) before it is
 * read. Time: a dense page takes 5–20 s on one core of this machine; three minutes means
 * something is wrong with the page, and it is skipped.
 */
export const OCR_LIMITS = {
  pagePixels: 40_000_000,
  pdfPagePixels: 12_000_000,
  pageTimeoutMs: 180_000,
} as const;

export const OCR_ENGINE = 'tesseract.js 7 (LSTM, best_int models)';
/** Read the first page with this set when nothing says which language to use. */
const PROBE_LANGUAGES = 'ara+eng';

export interface OcrRequest {
  signal: AbortSignal;
  /** A set asked for explicitly (re-OCR). */
  languages?: string | null | undefined;
  /** The case's default set. */
  caseDefault?: string | null | undefined;
  /** Called after each page with the count done and the total. */
  onPage?: ((done: number, total: number) => void) | undefined;
  pool?: OcrPool | undefined;
}

export interface PageSource {
  /** 1-based page number. */
  page: number;
  /** The page's image bytes (made when the page's turn comes, so only one is in memory per worker); null: the page holds no image. */
  image: () => Promise<Uint8Array | null>;
}

export interface OcrPageText extends PageText {
  page: number;
  error: string | null;
  /** The page held no image to read. */
  noImage?: boolean;
}

export interface OcrPagesResult {
  languages: string;
  chosenBy: OcrInfo['chosenBy'];
  pages: OcrPageText[];
}

function arabicShare(text: string): number {
  const arabic = text.match(/[\u0600-\u06ff]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic + latin === 0 ? 0 : arabic / (arabic + latin);
}

function checkedSet(set: string): string {
  const parsed = parseOcrLanguages(set);
  if ('error' in parsed) throw new OcrImageError(parsed.error);
  return parsed.codes.join('+');
}

export async function ocrPages(sources: PageSource[], request: OcrRequest): Promise<OcrPagesResult> {
  const pool = request.pool ?? ocrPool();
  const total = sources.length;
  const results: OcrPageText[] = new Array(total);
  let done = 0;

  const readPage = async (index: number, languages: string): Promise<OcrPageText> => {
    const source = sources[index]!;
    try {
      const image = await source.image();
      if (!image) return { page: source.page, text: '', confidence: null, lowConfidence: [], repaired: [], error: null, noImage: true };
      const recognized = await pool.recognize(image, languages, { signal: request.signal, timeoutMs: OCR_LIMITS.pageTimeoutMs });
      return { page: source.page, ...pageText(recognized), error: null };
    } catch (error) {
      if (error instanceof OcrCancelled || request.signal.aborted) throw new OcrCancelled();
      const reason = error instanceof OcrTimeout || error instanceof OcrImageError ? error.message : `it could not be read (${(error as Error).message ?? String(error)})`;
      return { page: source.page, text: '', confidence: null, lowConfidence: [], repaired: [], error: reason };
    }
  };
  const finish = (index: number, result: OcrPageText): void => {
    results[index] = result;
    done++;
    request.onPage?.(done, total);
  };

  let languages: string;
  let chosenBy: OcrInfo['chosenBy'];
  let next = 0;
  if (request.languages) {
    languages = checkedSet(request.languages);
    chosenBy = 'request';
  } else if (request.caseDefault) {
    languages = checkedSet(request.caseDefault);
    chosenBy = 'case';
  } else {
    // The script of the first page decides: Arabic pages keep Arabic with English (for the
    // Latin names and digits they carry); Latin pages are read again with English alone,
    // which reads English better than the mixed set.
    chosenBy = 'script';
    // The first page that holds a scan is the probe (a PDF may open with a typed cover page).
    let probe: OcrPageText | null = null;
    while (next < total) {
      const read = await readPage(next, PROBE_LANGUAGES);
      if (!read.noImage) {
        probe = read;
        break;
      }
      finish(next++, read);
    }
    languages = probe && arabicShare(probe.text) >= 0.3 ? PROBE_LANGUAGES : 'eng';
    if (probe && (languages === PROBE_LANGUAGES || probe.error)) finish(next++, probe);
  }

  // As many pages at once as the pool has workers; each takes the next page when it is free.
  const lanes = Array.from({ length: Math.max(1, Math.min(pool.size, total - next)) }, async () => {
    for (;;) {
      if (request.signal.aborted) throw new OcrCancelled();
      const index = next++;
      if (index >= total) return;
      finish(index, await readPage(index, languages));
    }
  });
  await Promise.all(lanes);
  return { languages, chosenBy, pages: results };
}

/** OcrInfo for the document, with each page's word spans moved by the offset where the page starts. */
export function ocrInfo(result: OcrPagesResult, pageStarts: Map<number, number>): OcrInfo {
  const pages: OcrPage[] = result.pages.map((page) => {
    const shift = pageStarts.get(page.page) ?? 0;
    return {
      page: page.page,
      confidence: page.confidence,
      lowConfidence: page.lowConfidence.map(([s, e, c]) => [s + shift, e + shift, c] as [number, number, number]),
      repaired: page.repaired.map(([s, e]) => [s + shift, e + shift] as [number, number]),
      error: page.error,
    };
  });
  return { engine: OCR_ENGINE, languages: result.languages, chosenBy: result.chosenBy, pages, at: new Date().toISOString() };
}
