/**
 * PDF via pdf.js (the legacy build, made for Node): the text of every page, pages joined
 * by a blank line, and the offset where each page starts (so a claim cites "p. 3").
 * Encrypted PDFs that need a password, damaged and truncated files are refused clearly.
 * pdf.js runs with eval off and reads its character maps and font data from the package
 * on disk; it never fetches anything. Pages without a text layer (or with only a few
 * characters of one: a page number, a stamp) that carry a scan are read with OCR
 * (ocr/pdf-page-image.ts takes the scan out of the page).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { cleanText, fallbackTitle, guessLanguage, normaliseDate } from '../document-facts.ts';
import { IMPORT_LIMITS } from '../import-limits.ts';
import { ImportProblem, refuse } from '../import-problem.ts';
import type { Importer, ParseContext } from '../importer.ts';
import { OCR_LIMITS, ocrInfo, ocrPages, type OcrPagesResult, type PageSource } from '../../ocr/ocr-document.ts';
import { OcrCancelled } from '../../ocr/ocr-pool.ts';
import { pageImage } from '../../ocr/pdf-page-image.ts';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrInfo } from '../../../../shared/contract/ocr.ts';

/** A page with fewer letters or digits than this in its text layer is read with OCR when it holds an image. */
const MIN_TEXT_LAYER_CHARS = 25;

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// pdf.js under Node reads these as file paths (a trailing slash is required).
const CMAPS = join(packageDir, 'cmaps') + '/';
const FONTS = join(packageDir, 'standard_fonts') + '/';

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

function endsWithEof(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}

function describe(error: unknown): string {
  const name = (error as { name?: string }).name ?? '';
  if (name === 'PasswordException') return 'the PDF is encrypted and needs a password to open; remove the password (print to PDF) and import it again';
  if (name === 'InvalidPDFException') return 'the PDF is damaged: its structure cannot be read';
  if (name === 'MissingPDFException') return 'the PDF is empty or missing';
  if (error instanceof ImportProblem) return error.message;
  return `the PDF could not be read (${((error as Error).message ?? String(error)).split('\n')[0]})`;
}

/**
 * OCR of the pages with (almost) no text layer that hold a scan; their text replaces the
 * text layer's few characters. Returns null when none of them holds an image.
 */
async function ocrScannedPages(pdf: PDFDocumentProxy, thin: number[], pageTexts: string[], context: ParseContext): Promise<OcrPagesResult | null> {
  // Each page's scan is decoded when its turn comes (one page image in memory per worker).
  const sources: PageSource[] = thin.map((number) => ({
    page: number,
    image: async () => {
      const page = await pdf.getPage(number);
      try {
        return (await pageImage(page, OCR_LIMITS.pdfPagePixels))?.pgm ?? null;
      } finally {
        page.cleanup();
      }
    },
  }));
  const result = await ocrPages(sources, { ...context.ocr, signal: context.signal });
  const scanned = result.pages.filter((page) => !page.noImage);
  if (scanned.length === 0) return null;
  for (const page of scanned) if (page.text.trim() !== '') pageTexts[page.page - 1] = page.text;
  return { ...result, pages: scanned };
}

export const importPdf: Importer = async (source, context) => {
  if (source.bytes.length < 8 || Buffer.from(source.bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') {
    refuse('it is named .pdf but is not a PDF (it does not start with %PDF-)');
  }
  if (!endsWithEof(source.bytes)) refuse('the PDF is truncated: its end (%%EOF) is missing, so part of the file was lost in transfer');
  let loading: ReturnType<typeof getDocument> | null = null;
  try {
    loading = getDocument({
      data: new Uint8Array(source.bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      cMapUrl: CMAPS,
      cMapPacked: true,
      standardFontDataUrl: FONTS,
      verbosity: 0,
      stopAtErrors: false,
    });
    const pdf = await loading.promise;
    if (pdf.numPages > IMPORT_LIMITS.pdfPages) refuse(`the PDF has ${pdf.numPages} pages; Sightline reads at most ${IMPORT_LIMITS.pdfPages}`);
    const pageTexts: string[] = [];
    const thin: number[] = [];
    let length = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      if (context.signal.aborted) refuse('the import was cancelled');
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = cleanText((content.items as TextItem[]).map((item) => (item.str ?? '') + (item.hasEOL ? '\n' : '')).join(''));
      page.cleanup();
      pageTexts.push(text);
      if ((text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < MIN_TEXT_LAYER_CHARS) thin.push(number);
      length += text.length + 2;
      if (length > IMPORT_LIMITS.textChars) refuse(`its text is longer than ${IMPORT_LIMITS.textChars.toLocaleString('en')} characters (the limit per document)`);
    }
    const ocred = thin.length > 0 ? await ocrScannedPages(pdf, thin, pageTexts, context) : null;
    const pages: number[] = [];
    let text = '';
    for (const pageText of pageTexts) {
      if (pages.length > 0) text += '\n\n';
      pages.push(text.length);
      text += pageText;
    }
    const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const str = (key: string): string | null => (typeof info[key] === 'string' && (info[key] as string).trim() ? (info[key] as string).trim() : null);
    if (text.replace(/\s/g, '') === '' && pdf.numPages > 0) {
      const failed = ocred?.pages.find((p) => p.error);
      refuse(
        failed
          ? `no page could be read with OCR (page ${failed.page}: ${failed.error})`
          : ocred
            ? 'OCR found no text on its scanned pages'
            : 'the PDF has no text layer and no scanned images (its text may be drawn as outlines); nothing can be read from it',
      );
    }
    const ocr: OcrInfo | null = ocred ? ocrInfo(ocred, new Map(ocred.pages.map((p) => [p.page, pages[p.page - 1]!]))) : null;
    return {
      format: 'pdf',
      mediaType: 'application/pdf',
      title: str('Title') ?? fallbackTitle(text, source.fileName),
      text,
      pages,
      author: str('Author'),
      published: normaliseDate(str('CreationDate')),
      language: str('Language')?.toLowerCase().split(/[-_]/)[0] ?? guessLanguage(text),
      metadata: {
        ...Object.fromEntries(
          ['Title', 'Author', 'Subject', 'Keywords', 'Creator', 'Producer', 'CreationDate', 'ModDate', 'PDFFormatVersion']
            .filter((k) => str(k) !== null)
            .map((k) => [k, str(k)]),
        ),
        ...(ocr ? { ocr } : {}),
      },
    };
  } catch (error) {
    if (error instanceof OcrCancelled) throw new ImportProblem('the import was cancelled');
    throw new ImportProblem(describe(error));
  } finally {
    await loading?.destroy().catch(() => {});
  }
};
