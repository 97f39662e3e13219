/**
 * The W3C Web Annotation selectors Sightline stores for every annotation: a
 * TextPositionSelector (start/end, UTF-16 offsets into the document text) and a
 * TextQuoteSelector (the exact text with some context before and after it). The quote is
 * what lets an annotation find its words again when the text changes.
 */
import { snapBack, snapForward } from '../../../shared/domain/code-points.ts';

/** Characters of context kept before and after a quote (Hypothesis keeps 32 too). */
export const CONTEXT_LENGTH = 32;

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextAnchor extends TextQuote {
  start: number;
  end: number;
}

/** The selectors of the span [start, end) of `text`. */
export function describeSpan(text: string, start: number, end: number): TextAnchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(snapForward(text, Math.max(0, start - CONTEXT_LENGTH)), start),
    suffix: text.slice(end, snapBack(text, Math.min(text.length, end + CONTEXT_LENGTH))),
  };
}

/** Narrows [start, end) so it neither starts nor ends with whitespace; null when only whitespace is left. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}
