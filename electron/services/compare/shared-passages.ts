/**
 * Passages two texts share — syndication, quotation, a rewrite with small edits — found by
 * a diff at the sentence level: each sentence (folded: case, spacing, punctuation and
 * quote marks do not count) becomes one symbol, diff-match-patch aligns the two symbol
 * strings, and inside the stretches it reports as changed, sentences that are still mostly
 * the same words (Dice of word pairs ≥ 0.5) are taken as edited copies. Sentences copied
 * out of order (a quotation moved) are found afterwards by their words; they are shaded but
 * not used to align scrolling. Neighbouring shared sentences merge into one passage.
 */
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff } from '@sanity/diff-match-patch';
import type { SharedPassage } from '../../../shared/contract/compare.ts';
import { packFor } from '../extract/extract-document.ts';
import { segmentSentences } from '../extract/segment.ts';

export const EDITED_COPY = 0.5;
/** Sentences this short ("Reuters", "Idlib") match by chance; they count only next to a longer shared one. */
const SHORT = 4;

export interface Unit {
  start: number;
  end: number;
  folded: string;
  words: string[];
  /** Word pairs, computed once per sentence (a changed stretch compares each sentence with many). */
  grams?: Map<string, number>;
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A text's sentences, folded, ready to compare (compute once per document when comparing it with many). */
export function sentenceUnits(text: string, language: string | null): Unit[] {
  return segmentSentences(text, packFor(language))
    .map((s) => {
      const folded = fold(s.text);
      return { start: s.start, end: s.end, folded, words: folded ? folded.split(' ') : [] };
    })
    .filter((u) => u.words.length > 0);
}

function bigrams(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const items = words.length === 1 ? words : words.slice(1).map((w, i) => `${words[i]} ${w}`);
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
}

/** Dice coefficient of word pairs: 1 for the same words in the same order. */
export function similarity(a: string[], b: string[]): number {
  return gramSimilarity(bigrams(a), bigrams(b));
}

function unitSimilarity(a: Unit, b: Unit): number {
  // Dice cannot reach the threshold when one sentence is less than a third of the other.
  const la = a.words.length;
  const lb = b.words.length;
  if (Math.min(la, lb) * 3 < Math.max(la, lb)) return 0;
  a.grams ??= bigrams(a.words);
  b.grams ??= bigrams(b.words);
  return gramSimilarity(a.grams, b.grams);
}

function gramSimilarity(ba: Map<string, number>, bb: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const [k, n] of ba) {
    shared += Math.min(n, bb.get(k) ?? 0);
    total += n;
  }
  for (const n of bb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

interface Match {
  i: number;
  j: number;
  similarity: number;
  inOrder: boolean;
}

/** Sentence symbols: one character per distinct folded sentence, shared between both texts. */
function symbols(ua: Unit[], ub: Unit[]): [string, string] {
  const codes = new Map<string, string>();
  const encode = (u: Unit): string => {
    let code = codes.get(u.folded);
    if (code === undefined) {
      // Skip the surrogate range so every symbol is one UTF-16 unit.
      const n = codes.size + 1;
      code = String.fromCharCode(n < 0xd800 ? n : n + 0x800);
      codes.set(u.folded, code);
    }
    return code;
  };
  return [ua.map(encode).join(''), ub.map(encode).join('')];
}

function alignInOrder(ua: Unit[], ub: Unit[]): Match[] {
  const [sa, sb] = symbols(ua, ub);
  // Sentences with no identical counterpart cannot be equal: leave them out of the diff, whose
  // cost grows with the number of edits, and take them up as edited copies afterwards.
  const inA = new Set(sa);
  const inB = new Set(sb);
  const keptA = [...sa].flatMap((ch, i) => (inB.has(ch) ? [i] : []));
  const keptB = [...sb].flatMap((ch, j) => (inA.has(ch) ? [j] : []));
  const diffs = makeDiff(keptA.map((i) => sa[i]).join(''), keptB.map((j) => sb[j]).join(''), { checkLines: false, timeout: 1 });
  const equal: Match[] = [];
  let x = 0;
  let y = 0;
  for (const [type, piece] of diffs) {
    if (type === DIFF_EQUAL) for (let k = 0; k < piece.length; k++) equal.push({ i: keptA[x + k]!, j: keptB[y + k]!, similarity: 1, inOrder: true });
    if (type !== DIFF_INSERT) x += piece.length;
    if (type !== DIFF_DELETE) y += piece.length;
  }
  // Between two identical sentences, the changed stretch: edited copies, kept in order on both sides.
  const matches: Match[] = [];
  const stretch = (fromI: number, toI: number, fromJ: number, toJ: number): void => {
    let after = fromJ;
    for (let i = fromI; i < toI; i++) {
      let best = -1;
      let bestSim = EDITED_COPY;
      for (let j = after; j < toJ; j++) {
        const sim = unitSimilarity(ua[i]!, ub[j]!);
        if (sim >= bestSim) {
          best = j;
          bestSim = sim;
        }
      }
      if (best >= 0) {
        matches.push({ i, j: best, similarity: bestSim, inOrder: true });
        after = best + 1;
      }
    }
  };
  let prevI = 0;
  let prevJ = 0;
  for (const m of equal) {
    stretch(prevI, m.i, prevJ, m.j);
    matches.push(m);
    prevI = m.i + 1;
    prevJ = m.j + 1;
  }
  stretch(prevI, ua.length, prevJ, ub.length);
  return matches;
}

/** Whether one sentence is a copy of the other, identical or with small edits. */
export function isCopiedSentence(a: Unit, b: Unit): boolean {
  return Math.min(a.words.length, b.words.length) >= SHORT && unitSimilarity(a, b) >= EDITED_COPY;
}

/** The sentence holding an offset, or null (binary search over sentences in text order). */
export function unitAt(units: readonly Unit[], offset: number): Unit | null {
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const u = units[mid]!;
    if (offset < u.start) high = mid - 1;
    else if (offset >= u.end) low = mid + 1;
    else return u;
  }
  return null;
}

/** Sentences copied out of order: candidates by shared rare words, then the word-pair test. */
function findMoved(ua: Unit[], ub: Unit[], matched: Match[]): Match[] {
  const usedA = new Set(matched.map((m) => m.i));
  const usedB = new Set(matched.map((m) => m.j));
  const byWord = new Map<string, number[]>();
  ub.forEach((u, j) => {
    if (usedB.has(j) || u.words.length < SHORT) return;
    for (const w of new Set(u.words)) if (w.length > 3) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(j);
  });
  const out: Match[] = [];
  ua.forEach((u, i) => {
    if (usedA.has(i) || u.words.length < SHORT) return;
    const votes = new Map<number, number>();
    for (const w of new Set(u.words)) for (const j of byWord.get(w) ?? []) if (!usedB.has(j)) votes.set(j, (votes.get(j) ?? 0) + 1);
    let best = -1;
    let bestSim = EDITED_COPY;
    for (const [j, n] of votes) {
      if (n < 3) continue;
      const sim = unitSimilarity(u, ub[j]!);
      if (sim >= bestSim) {
        best = j;
        bestSim = sim;
      }
    }
    if (best >= 0) {
      usedB.add(best);
      out.push({ i, j: best, similarity: bestSim, inOrder: false });
    }
  });
  return out;
}

/** Shared passages of two texts, in the order of the first. */
export function sharedPassages(textA: string, textB: string, languageA: string | null = 'en', languageB: string | null = 'en'): SharedPassage[] {
  return sharedPassagesOf(sentenceUnits(textA, languageA), sentenceUnits(textB, languageB));
}

export function sharedPassagesOf(ua: Unit[], ub: Unit[]): SharedPassage[] {
  if (ua.length === 0 || ub.length === 0) return [];
  const inOrder = alignInOrder(ua, ub);
  const all = [...inOrder, ...findMoved(ua, ub, inOrder)].sort((x, y) => x.i - y.i);
  // A short sentence counts only beside another shared sentence (a headline word, a byline, is chance).
  const isNeighbour = (m: Match, n: Match | undefined): boolean => n !== undefined && Math.abs(n.i - m.i) === 1 && Math.abs(n.j - m.j) === 1;
  const kept = all.filter((m, k) => Math.min(ua[m.i]!.words.length, ub[m.j]!.words.length) >= SHORT || isNeighbour(m, all[k - 1]) || isNeighbour(m, all[k + 1]));
  const passages: (SharedPassage & { lastI: number; lastJ: number; weight: number })[] = [];
  for (const m of kept) {
    const last = passages[passages.length - 1];
    const a = ua[m.i]!;
    const b = ub[m.j]!;
    if (last && last.inOrder === m.inOrder && m.i === last.lastI + 1 && m.j === last.lastJ + 1) {
      const weight = last.weight + a.words.length;
      last.similarity = (last.similarity * last.weight + m.similarity * a.words.length) / weight;
      last.weight = weight;
      last.a = [last.a[0], a.end];
      last.b = [last.b[0], b.end];
      last.lastI = m.i;
      last.lastJ = m.j;
    } else {
      passages.push({ a: [a.start, a.end], b: [b.start, b.end], similarity: m.similarity, inOrder: m.inOrder, lastI: m.i, lastJ: m.j, weight: a.words.length });
    }
  }
  return passages.map(({ a, b, similarity: s, inOrder: o }) => ({ a, b, similarity: Math.round(s * 1000) / 1000, inOrder: o }));
}

/** Share of a text's length inside the given spans. */
export function coveredShare(text: string, spans: readonly (readonly [number, number])[]): number {
  if (text.length === 0) return 0;
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let at = 0;
  for (const [s, e] of sorted) {
    const from = Math.max(s, at);
    if (e > from) covered += e - from;
    at = Math.max(at, e);
  }
  return Math.round((covered / text.length) * 1000) / 1000;
}
