/**
 * The text of one OCRed page, built from tesseract's words so every word's offsets are
 * known: words joined by a space, paragraphs by a blank line (the reader's paragraphs).
 * The lines of a paragraph are the scan's layout, not the author's: they are joined by a
 * space (a line break ends a sentence for claim extraction), and a word hyphenated across
 * two lines ("logis-" + "tical") is joined again. Bidi control marks tesseract puts around Latin runs in Arabic lines
 * are dropped (the reader lays text out with the Unicode bidi algorithm; the marks would
 * only split words for search). Look-alike digits are repaired where the line is Arabic.
 */
import type { OcrLine, OcrParagraph, RecognizedPage } from './ocr-pool.ts';
import { repairArabicDigits } from './digit-repair.ts';

/** Words below this confidence (0–100) are marked in the reader for checking by eye. */
export const LOW_CONFIDENCE = 70;
/** At most this many marked words per page (a page of noise would otherwise bloat the metadata). */
const MAX_MARKED_WORDS = 2000;

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export interface PageText {
  text: string;
  /** Mean word confidence, 0–100 (tesseract's page figure); null when no word was found. */
  confidence: number | null;
  /** [start, end, confidence] of words below LOW_CONFIDENCE, offsets within the page text. */
  lowConfidence: [number, number, number][];
  /** [start, end] of words rewritten as Arabic-Indic digits. */
  repaired: [number, number][];
}

/**
 * Tesseract's paragraphs, split again where a blank gap separates two lines: tesseract finds
 * paragraphs by indentation, so a headline, a standfirst and the first paragraph set in the
 * same type with space between them come out as one paragraph.
 */
function splitAtGaps(page: RecognizedPage): OcrParagraph[] {
  const heights = page.paragraphs.flatMap((p) => p.lines.flatMap((l) => (l.top !== undefined && l.bottom !== undefined ? [l.bottom - l.top] : []))).sort((a, b) => a - b);
  if (heights.length === 0) return page.paragraphs;
  const lineHeight = heights[Math.floor(heights.length / 2)]!;
  const out: OcrParagraph[] = [];
  for (const paragraph of page.paragraphs) {
    let current: OcrLine[] = [];
    paragraph.lines.forEach((line, i) => {
      const previous = paragraph.lines[i - 1];
      if (previous?.bottom !== undefined && line.top !== undefined && line.top - previous.bottom > lineHeight * 0.6 && current.length > 0) {
        out.push({ lines: current });
        current = [];
      }
      current.push(line);
    });
    if (current.length > 0) out.push({ lines: current });
  }
  return out;
}

export function pageText(page: RecognizedPage): PageText {
  const paragraphs: string[] = [];
  const lowConfidence: [number, number, number][] = [];
  const repaired: [number, number][] = [];
  let offset = 0;
  let words = 0;
  for (const paragraph of splitAtGaps(page)) {
    const paragraphStart = offset + (paragraphs.length > 0 ? 2 : 0);
    let text = '';
    for (const line of paragraph.lines) {
      const kept = line.words.map((w) => ({ text: w.text.replace(BIDI_MARKS, '').trim(), confidence: w.confidence })).filter((w) => w.text !== '');
      if (kept.length === 0) continue;
      const texts = kept.map((w) => w.text);
      const rewritten = new Set(repairArabicDigits(texts));
      if (text !== '') {
        if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(texts[0]!)) {
          text = text.slice(0, -1); // a word hyphenated at the line's end
          const last = lowConfidence[lowConfidence.length - 1];
          if (last && last[1] === paragraphStart + text.length + 1) last[1]--;
        } else {
          text += ' ';
        }
      }
      texts.forEach((word, i) => {
        if (i > 0) text += ' ';
        const start = paragraphStart + text.length;
        text += word;
        const end = paragraphStart + text.length;
        const confidence = Math.round(kept[i]!.confidence);
        if (rewritten.has(i)) repaired.push([start, end]);
        if ((confidence < LOW_CONFIDENCE || rewritten.has(i)) && lowConfidence.length < MAX_MARKED_WORDS) lowConfidence.push([start, end, confidence]);
        words++;
      });
    }
    if (text === '') continue;
    paragraphs.push(text);
    offset = paragraphStart + text.length;
  }
  return {
    text: paragraphs.join('\n\n'),
    confidence: words > 0 ? Math.round(page.confidence) : null,
    lowConfidence,
    repaired,
  };
}
