/**
 * Finding an annotation's words again in a changed text (a corrected re-import, a better
 * PDF extraction, a colleague's version). The strategies, in order, each tried only when
 * the one before fails:
 *
 * 1. position — the text at the stored offsets (or where the edit moved them) is still
 *    the quote, and its context agrees (or the quote occurs nowhere else);
 * 2. quote — the exact quote elsewhere, the occurrence chosen by how well the text around
 *    it matches the stored prefix/suffix and by nearness to the expected position;
 * 3. normalized — the same, in folded text (whitespace, quotes, case, diacritics …: see
 *    fold-text.ts), for re-extractions that changed only such details;
 * 4. fuzzy — an approximate match of the quote (Myers' bit-parallel algorithm, from
 *    approx-string-match, the library Hypothesis anchors with), bounded in errors and
 *    accepted only when close enough, alone or with its context;
 * 5. context — the quote itself was rewritten, but the text before and after it is still
 *    there with a plausible gap between: the gap is the rewritten quote.
 *
 * Whatever finds nothing good enough is `orphaned`, never placed on a guess. A result on
 * other words than the stored quote, or chosen among repeats without supporting context,
 * is `fuzzy`: it is shown to the analyst for review.
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';
import search from 'approx-string-match';
import { snapBack, snapForward } from '../../../shared/domain/code-points.ts';
import { foldString, foldText, type FoldedText } from './fold-text.ts';
import { similarity } from './similarity.ts';
import { trimSpan, type TextAnchor } from './text-quote.ts';

export type AnchorStatus = 'anchored' | 'moved' | 'fuzzy' | 'orphaned';
export type AnchorMethod = 'position' | 'quote' | 'normalized' | 'fuzzy' | 'context';

export interface AnchorOptions {
  /**
   * The hint comes from a diff of the text the selectors were made on (a re-import): words
   * missing there but present far away are more likely changed than moved.
   */
  trustedHint?: boolean;
  /** The quote occurred more than once in the text the selectors were made on. */
  repeatedBefore?: boolean;
}

export type AnchorResult =
  | {
      status: 'anchored' | 'moved' | 'fuzzy';
      method: AnchorMethod;
      start: number;
      end: number;
      /** 0–1: how well quote and context agree with the stored selectors. */
      score: number;
    }
  | { status: 'orphaned'; reason: string };

/** Occurrences of an exact quote looked at, at most (a quote like "the" is not worth more). */
const MAX_OCCURRENCES = 5000;
/** Errors an approximate search allows at most, whatever the quote's length. */
const MAX_FUZZY_ERRORS = 256;
/** Quotes shorter than this (folded) are too short to match approximately. */
const MIN_FUZZY_LENGTH = 5;
/** Occurrences of a repeated quote scored in full (see shortlist). */
const SHORTLIST = 16;
/** Context compared at most, on each side, nearest the quote first. */
const CONTEXT_COMPARED = 64;

const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };

interface Candidate {
  start: number;
  end: number;
  quote: number;
  context: number;
  score: number;
}

/** Finds anchors in one text; folds the text once, on first need, for all anchors. */
export class TextAnchorer {
  private foldedText: FoldedText | null = null;

  constructor(readonly text: string) {}

  private get folded(): FoldedText {
    this.foldedText ??= foldText(this.text);
    return this.foldedText;
  }

  /**
   * Anchors `anchor` (its selectors as stored against an earlier text) in this text.
   * `hint` is where the quote is expected to start now (see positionMapper); it defaults
   * to the stored start.
   */
  anchor(anchor: TextAnchor, hint: number = anchor.start, options: AnchorOptions = {}): AnchorResult {
    if (anchor.exact.length === 0) return { status: 'orphaned', reason: 'the annotation has no quote to look for' };
    const found = this.byPosition(anchor, hint) ?? this.byQuote(anchor, hint) ?? this.byNormalizedQuote(anchor, hint);
    if (found && found.status !== 'orphaned' && options.trustedHint && found.method !== 'position' && this.far(found.start, hint, anchor.exact.length)) {
      // The words are gone from where the edit put them, and the same words stand elsewhere.
      // If changed words remain at that place, those are the annotated ones (a repeated
      // phrase elsewhere is not); else the words may have moved — or be another repeat.
      const near = this.byFuzzyQuote(anchor, hint, true);
      if (near && near.status !== 'orphaned') return near;
      if (options.repeatedBefore) return { ...found, status: 'fuzzy' };
    }
    return (
      found ??
      this.byFuzzyQuote(anchor, hint, false) ??
      this.byContext(anchor, hint) ?? { status: 'orphaned', reason: `"${shorten(anchor.exact)}" is no longer in the text` }
    );
  }

  private far(start: number, hint: number, length: number): boolean {
    return Math.abs(start - hint) > Math.max(64, length * 2);
  }

  private byPosition(anchor: TextAnchor, hint: number): AnchorResult | null {
    const exact = anchor.exact;
    // Where the edit moved the offsets first: after an edit, the stored offsets may hold
    // other, identical words (a repeated phrase) that happen to sit there now.
    for (const at of hint === anchor.start ? [anchor.start] : [hint, anchor.start]) {
      if (at < 0 || !this.text.startsWith(exact, at)) continue;
      const context = this.contextSimilarity(this.text, at, at + exact.length, anchor.prefix, anchor.suffix);
      if (context >= 0.5 || this.countUpTo(exact, 2) === 1) {
        return {
          status: at === anchor.start ? 'anchored' : 'moved',
          method: 'position',
          start: at,
          end: at + exact.length,
          score: this.score(1, context, at, hint, anchor).score,
        };
      }
    }
    return null;
  }

  private byQuote(anchor: TextAnchor, hint: number): AnchorResult | null {
    const exact = anchor.exact;
    const occurrences: number[] = [];
    for (let at = this.text.indexOf(exact); at !== -1 && occurrences.length < MAX_OCCURRENCES; at = this.text.indexOf(exact, at + 1)) occurrences.push(at);
    const candidates = this.shortlist(this.text, occurrences, exact.length, anchor.prefix, anchor.suffix, hint).map((at) =>
      this.score(1, this.contextSimilarity(this.text, at, at + exact.length, anchor.prefix, anchor.suffix), at, hint, anchor, at + exact.length),
    );
    return this.choose(candidates, occurrences.length, anchor, 'quote');
  }

  /**
   * The occurrences worth scoring fully: the ones whose context agrees longest character by
   * character next to the quote, and the ones nearest the expected place. Scoring every
   * occurrence of a common phrase would cost an edit distance each.
   */
  private shortlist(text: string, occurrences: number[], length: number, prefix: string, suffix: string, hint: number): number[] {
    if (occurrences.length <= SHORTLIST) return occurrences;
    const p = prefix.slice(-CONTEXT_COMPARED);
    const s = suffix.slice(0, CONTEXT_COMPARED);
    const agreement = (at: number): number => {
      let before = 0;
      while (before < p.length && at - before - 1 >= 0 && text.charCodeAt(at - before - 1) === p.charCodeAt(p.length - before - 1)) before++;
      let after = 0;
      while (after < s.length && text.charCodeAt(at + length + after) === s.charCodeAt(after)) after++;
      return before + after;
    };
    const byContext = occurrences.map((at) => ({ at, agreement: agreement(at), distance: Math.abs(at - hint) }));
    const best = [...byContext].sort((a, b) => b.agreement - a.agreement || a.distance - b.distance).slice(0, SHORTLIST - 4);
    const nearest = [...byContext].sort((a, b) => a.distance - b.distance).slice(0, 4);
    return [...new Set([...best, ...nearest].map((c) => c.at))];
  }

  private byNormalizedQuote(anchor: TextAnchor, hint: number): AnchorResult | null {
    const quote = foldString(anchor.exact).trim();
    if (quote.length === 0) return null;
    const folded = this.folded;
    const prefix = foldString(anchor.prefix);
    const suffix = foldString(anchor.suffix);
    const occurrences: number[] = [];
    for (let at = folded.text.indexOf(quote); at !== -1 && occurrences.length < MAX_OCCURRENCES; at = folded.text.indexOf(quote, at + 1)) occurrences.push(at);
    const candidates = this.shortlist(folded.text, occurrences, quote.length, prefix, suffix, this.toFolded(hint)).map((at) => {
      const context = this.contextSimilarity(folded.text, at, at + quote.length, prefix, suffix);
      const span = this.toOriginal(at, at + quote.length);
      return this.score(1, context, span.start, hint, anchor, span.end);
    });
    return this.choose(candidates, occurrences.length, anchor, 'normalized');
  }

  private byFuzzyQuote(anchor: TextAnchor, hint: number, nearOnly: boolean): AnchorResult | null {
    const quote = foldString(anchor.exact).trim();
    if (quote.length < MIN_FUZZY_LENGTH) return null;
    const folded = this.folded;
    const prefix = foldString(anchor.prefix);
    const suffix = foldString(anchor.suffix);
    const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 2));
    const foldedHint = this.toFolded(hint);
    // Near the expected place first: cheap, and the right answer for most edits.
    const radius = nearOnly ? quote.length * 2 + 64 : quote.length * 4 + 2000;
    const windows: [number, number][] = [[Math.max(0, foldedHint - radius), Math.min(folded.text.length, foldedHint + radius)]];
    if (!nearOnly && (windows[0]![0] > 0 || windows[0]![1] < folded.text.length)) windows.push([0, folded.text.length]);
    for (const [from, to] of windows) {
      const candidates: Candidate[] = [];
      for (const match of search(folded.text.slice(from, to), quote, maxErrors)) {
        const start = from + match.start;
        const end = from + match.end;
        if (end <= start) continue;
        const quoteSimilarity = 1 - match.errors / quote.length;
        const context = this.contextSimilarity(folded.text, start, end, prefix, suffix);
        if (quoteSimilarity < 0.75 && !(quoteSimilarity >= 0.5 && context >= 0.75)) continue;
        const span = this.toOriginal(start, end);
        candidates.push(this.score(quoteSimilarity, context, span.start, hint, anchor, span.end));
      }
      const best = best1(candidates);
      if (best) return { status: 'fuzzy', method: 'fuzzy', start: best.start, end: best.end, score: best.score };
    }
    return null;
  }

  private byContext(anchor: TextAnchor, hint: number): AnchorResult | null {
    const prefix = foldString(anchor.prefix).slice(-32);
    const suffix = foldString(anchor.suffix).slice(0, 32);
    if (prefix.trim().length < 8 || suffix.trim().length < 8) return null;
    const quoteLength = foldString(anchor.exact).length;
    const minGap = Math.max(1, Math.floor(quoteLength * 0.3));
    const maxGap = quoteLength * 2 + 32;
    const text = this.folded.text;
    const foldedHint = this.toFolded(hint);
    const prefixEnds = this.occurrenceEnds(text, prefix);
    let best: { start: number; end: number; distance: number } | null = null;
    for (const prefixEnd of prefixEnds) {
      const window = text.slice(prefixEnd, prefixEnd + maxGap + suffix.length);
      const matches = search(window, suffix, Math.floor(suffix.length / 5));
      const first = matches.filter((m) => m.start >= minGap && m.start <= maxGap).sort((a, b) => a.errors - b.errors || a.start - b.start)[0];
      if (!first) continue;
      const distance = Math.abs(prefixEnd - foldedHint);
      if (!best || distance < best.distance) best = { start: prefixEnd, end: prefixEnd + first.start, distance };
    }
    if (!best) return null;
    const span = this.toOriginal(best.start, best.end);
    const trimmed = trimSpan(this.text, span.start, span.end);
    if (!trimmed) return null;
    return { status: 'fuzzy', method: 'context', start: trimmed.start, end: trimmed.end, score: 0.5 };
  }

  /** Where `needle` ends in `text`, exactly or (when nowhere exactly) with ≤ 20 % errors. */
  private occurrenceEnds(text: string, needle: string): number[] {
    const ends: number[] = [];
    for (let at = text.indexOf(needle); at !== -1 && ends.length < MAX_OCCURRENCES; at = text.indexOf(needle, at + 1)) ends.push(at + needle.length);
    if (ends.length > 0) return ends;
    return search(text, needle, Math.floor(needle.length / 5))
      .slice(0, MAX_OCCURRENCES)
      .map((m) => m.end);
  }

  /** Picks the best of exact-quote candidates and says how sure it is. */
  private choose(candidates: Candidate[], occurrences: number, anchor: TextAnchor, method: AnchorMethod): AnchorResult | null {
    const best = best1(candidates);
    if (!best) return null;
    const hasContext = anchor.prefix.length + anchor.suffix.length > 0;
    // A repeated quote whose context matches nowhere, or a short unique quote in a new
    // context, may be the wrong words: anchor it, but ask the analyst to look.
    const unsure = hasContext && best.context < 0.5 && (occurrences > 1 || anchor.exact.trim().length < 8);
    const sameText = method === 'quote';
    const status = unsure ? 'fuzzy' : sameText && best.start === anchor.start ? 'anchored' : 'moved';
    return { status, method, start: best.start, end: best.end, score: best.score };
  }

  private score(quote: number, context: number, start: number, hint: number, anchor: TextAnchor, end = start + anchor.exact.length): Candidate {
    // Only breaks ties between occurrences whose context agrees as well (true repeats).
    const nearness = 1 / (1 + Math.abs(start - hint) / 256);
    const prefixWeight = anchor.prefix.length > 0 ? WEIGHT.prefix : 0;
    const suffixWeight = anchor.suffix.length > 0 ? WEIGHT.suffix : 0;
    const total = WEIGHT.quote + prefixWeight + suffixWeight + WEIGHT.position;
    const score = (WEIGHT.quote * quote + (prefixWeight + suffixWeight) * context + WEIGHT.position * nearness) / total;
    return { start, end, quote, context, score };
  }

  /** How well the text around [start, end) agrees with a stored prefix and suffix (0–1). */
  private contextSimilarity(text: string, start: number, end: number, prefix: string, suffix: string): number {
    const p = prefix.slice(-CONTEXT_COMPARED);
    const s = suffix.slice(0, CONTEXT_COMPARED);
    if (p.length + s.length === 0) return 1;
    const before = text.slice(Math.max(0, start - p.length), start);
    const after = text.slice(end, end + s.length);
    return (similarity(p, before) * p.length + similarity(s, after) * s.length) / (p.length + s.length);
  }

  private countUpTo(needle: string, limit: number): number {
    let count = 0;
    for (let at = this.text.indexOf(needle); at !== -1 && count < limit; at = this.text.indexOf(needle, at + 1)) count++;
    return count;
  }

  /** Original offsets of the folded span [start, end). */
  private toOriginal(start: number, end: number): { start: number; end: number } {
    const { starts, ends } = this.folded;
    if (starts.length === 0) return { start: 0, end: 0 };
    const s = starts[Math.min(start, starts.length - 1)]!;
    const e = end > 0 ? ends[Math.min(end, ends.length) - 1]! : s;
    return { start: snapBack(this.text, s), end: snapForward(this.text, Math.max(s, e)) };
  }

  /** The folded offset nearest an original offset. */
  private toFolded(offset: number): number {
    const { starts } = this.folded;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

function best1(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  return best;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Maps offsets of an old text to where the same characters are in a new one, through a
 * diff of the two (diff-match-patch: line-level first, then characters inside changed
 * lines; bounded to one second, after which the diff is coarser but still valid). An
 * offset inside deleted text maps to where the deletion was. It only gives the anchorer a
 * hint: the quote and its context decide.
 */
export function positionMapper(oldText: string, newText: string): (offset: number) => number {
  if (oldText === newText) return (offset) => offset;
  const diffs = makeDiff(oldText, newText, { checkLines: true, timeout: 1 });
  // The diff's pieces that consume old text (kept or deleted), with where they start in both texts.
  const oldStarts: number[] = [];
  const newStarts: number[] = [];
  const kept: boolean[] = [];
  const lengths: number[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const [type, piece] of diffs) {
    if (type !== DIFF_INSERT) {
      oldStarts.push(oldAt);
      newStarts.push(newAt);
      kept.push(type === DIFF_EQUAL);
      lengths.push(piece.length);
      oldAt += piece.length;
    }
    if (type !== DIFF_DELETE) newAt += piece.length;
  }
  return (offset) => {
    let low = 0;
    let high = oldStarts.length - 1;
    if (high < 0) return Math.min(offset, newText.length);
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (oldStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    // Past the end of the last piece: the offset follows the end of the text.
    if (!kept[low]) return newStarts[low]!;
    return newStarts[low]! + Math.min(offset - oldStarts[low]!, lengths[low]!);
  };
}
