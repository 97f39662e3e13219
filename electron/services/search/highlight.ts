/**
 * Where a search's terms occur in a document's ORIGINAL text, and the snippet around the
 * first of them. Words are matched in their folded form (the same folding the index uses)
 * and reported by their original spans, so the analyst sees the text as written, with
 * diacritics, Arabic-Indic digits and all.
 */
import { forEachSearchToken } from '../../../shared/domain/search-text.ts';
import type { SearchTerm } from './search-query.ts';

export interface TextRange {
  start: number;
  end: number;
}

export interface Snippet {
  /** The excerpt, cut from the original text. */
  text: string;
  /** Offset of the excerpt in the document text. */
  start: number;
  /** Hits inside the excerpt, as offsets into the document text. */
  highlights: TextRange[];
}

function wordMatches(term: SearchTerm, index: number, word: string): boolean {
  const wanted = term.words[index]!;
  if (index === 0 && term.firstForms) {
    const last = term.words.length === 1 && term.prefix;
    return term.firstForms.some((form) => (last ? word.startsWith(form) : word === form));
  }
  return term.prefix && index === term.words.length - 1 ? word.startsWith(wanted) : word === wanted;
}

/** Ranges (in text order, not overlapping) where any of `terms` occurs; stops after `limit`. */
export function findMatches(text: string, terms: SearchTerm[], limit = 1000): TextRange[] {
  if (terms.length === 0 || text === '') return [];
  const longest = Math.max(...terms.map((t) => t.words.length));
  const recent: { word: string; start: number; end: number }[] = [];
  const ranges: TextRange[] = [];
  forEachSearchToken(text, (word, start, end) => {
    recent.push({ word, start, end });
    if (recent.length > longest) recent.shift();
    let best: TextRange | null = null;
    for (const term of terms) {
      const n = term.words.length;
      if (recent.length < n) continue;
      const first = recent.length - n;
      let ok = true;
      for (let i = 0; i < n && ok; i++) ok = wordMatches(term, i, recent[first + i]!.word);
      if (ok && (!best || recent[first]!.start < best.start)) best = { start: recent[first]!.start, end };
    }
    if (best) {
      const last = ranges[ranges.length - 1];
      if (last && best.start < last.end) last.end = Math.max(last.end, best.end);
      else ranges.push(best);
    }
    return ranges.length < limit;
  });
  return ranges;
}

const SNIPPET_CONTEXT = 90;

/** Moves `offset` to a nearby word boundary (never splitting a surrogate pair or a word). */
function boundary(text: string, offset: number, direction: -1 | 1): number {
  let at = Math.max(0, Math.min(text.length, offset));
  for (let steps = 0; steps < 20 && at > 0 && at < text.length; steps++) {
    if (/\s/.test(text[at]!) || /\s/.test(text[at - 1]!)) break;
    at += direction;
  }
  if (at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!)) at += direction;
  return at;
}

/** The excerpt around the first hits, or the beginning of the text when nothing matches. */
export function makeSnippet(text: string, matches: TextRange[], context = SNIPPET_CONTEXT): Snippet {
  if (matches.length === 0) {
    const end = boundary(text, context * 2, 1);
    return { text: text.slice(0, end).replace(/\s+/g, ' ').trim(), start: 0, highlights: [] };
  }
  const first = matches[0]!;
  const start = boundary(text, first.start - context, -1);
  const end = boundary(text, Math.max(first.end + context, start + context * 2), 1);
  const raw = text.slice(start, end);
  return {
    text: raw,
    start,
    highlights: matches.filter((m) => m.start >= start && m.end <= end),
  };
}
