/**
 * Scanned documents for OCR tests, the e2e test and the bench, made in code: the sample
 * article and an Arabic statement rendered to page images (text-image.ts), and image-only
 * PDFs built from them (pdf-builder.ts). Nothing here is a binary of unknown origin.
 */
import { buildPdf } from './pdf-builder.ts';
import { renderTextImage } from './text-image.ts';

/**
 * A short Arabic report written for these tests (not a real statement): Arabic-Indic
 * digits ("٧٥", which tesseract reads as "VO"), Western digits, the Observatory as source.
 */
export const ARABIC_STATEMENT = [
  'قال المرصد السوري لحقوق الإنسان يوم الثلاثاء إن ٧٥ آلية عسكرية تركية دخلت إلى ريف إدلب عبر معبر كفرلوسين.',
  'وأفاد المرصد بمقتل 12 مدنياً في قصف على بلدة سرمين.',
];

/** Paragraphs of a text (blank-line separated), each on one line. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Splits paragraphs into pages of at most `perPage` paragraphs. */
export function paginate(paragraphs: string[], perPage: number): string[][] {
  const pages: string[][] = [];
  for (let i = 0; i < paragraphs.length; i += perPage) pages.push(paragraphs.slice(i, i + perPage));
  return pages;
}

/** An image-only PDF: every page a JPEG of its paragraphs, no text layer (`height`: full pages of that many pixels). */
export async function scannedPdf(pages: string[][], direction: 'ltr' | 'rtl' = 'ltr', height?: number): Promise<Buffer> {
  const jpegs: Buffer[] = [];
  for (const paragraphs of pages) jpegs.push(await renderTextImage({ paragraphs, direction, format: 'jpeg', ...(height ? { height } : {}) }));
  return buildPdf({ pages: jpegs.map((jpeg) => ({ jpeg })) });
}

/** The Arabic statement as a PNG, like a screenshot shared by an activists' channel. */
export function arabicStatementImage(format: 'png' | 'jpeg' | 'webp' = 'png'): Promise<Buffer> {
  return renderTextImage({ paragraphs: ARABIC_STATEMENT, direction: 'rtl', format });
}
