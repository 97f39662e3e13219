/**
 * Figures in an Arabic sentence: digits in any script with their separators, number words
 * summed the way Arabic composes them ("سبعة وعشرين" = 27, "الإحدى عشرة" = 11,
 * "ثلاثمئة وخمسين" = 350), scales ("120 ألفاً", "ثلاثة ملايين", "ألفين"), ranges
 * ("ثلاثة أو أربعة", "بين 20 و30", "من 5 إلى 7"), vague amounts (عشرات، مئات، آلاف، عشرات
 * الآلاف) and the qualifier before the figure (أكثر من، نحو، ما لا يقل عن …).
 */
import type { Qualifier } from '../../../../../shared/domain/claim-types.ts';
import { bareForms, withoutArticle, type ArToken } from './ar-tokens.ts';
import { FRACTIONS, LABEL_WORDS, NOT_COUNTED, NUMBER_WORDS, QUALIFIERS, SCALES, VAGUE } from './ar-words.ts';

export interface ArQuantity {
  /** First token (qualifier included) and the end of the figure (exclusive). */
  tokenStart: number;
  tokenEnd: number;
  numberStart: number;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
}

interface Figure {
  value: number;
  end: number;
  scaled: boolean;
}

const PLURAL_SCALES = new Set(['الاف', 'الوف', 'ملايين', 'مليارات']);
/** Number words that are also ordinary words or weekdays when alone. */
const AMBIGUOUS_ALONE = new Set(['احد', 'احدي', 'ست', 'اثنين']);

function numberWord(fold: string, allowArticle: boolean): number | undefined {
  for (const form of bareForms(fold)) {
    const v = NUMBER_WORDS.get(form) ?? (allowArticle ? NUMBER_WORDS.get(withoutArticle(form)) : undefined);
    if (v !== undefined) return v;
  }
  return undefined;
}

function scaleWord(fold: string): { scale: number; times: number } | undefined {
  for (const form of bareForms(fold)) {
    const s = SCALES.get(form);
    if (s) return s;
  }
  return undefined;
}

/** A figure starting at token i (digits or number words), with its scale. */
function figureAt(tokens: ArToken[], i: number): Figure | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    let value = t.value!;
    let end = i + 1;
    let scaled = false;
    const next = tokens[end];
    const s = next?.kind === 'word' ? scaleWord(next.fold) : undefined;
    if (s) {
      value *= s.scale;
      end++;
      scaled = true;
    }
    return { value, end, scaled };
  }
  if (t.kind !== 'word') return null;
  const fraction = FRACTIONS.get(t.fold);
  if (fraction !== undefined) {
    const s = tokens[i + 1] ? scaleWord(tokens[i + 1]!.fold) : undefined;
    return s && s.times === 1 ? { value: fraction * s.scale, end: i + 2, scaled: true } : null;
  }
  // A run of number and scale words, joined by و.
  let total = 0;
  let current = 0;
  let lastUnit = 0;
  let j = i;
  let words = 0;
  let scaled = false;
  for (; j < tokens.length; j++) {
    const tok = tokens[j]!;
    if (tok.kind !== 'word') break;
    if (j > i && tok.fold === 'و') continue; // a separate "و"
    const n = numberWord(tok.fold, true);
    const s = n === undefined ? scaleWord(tok.fold) : undefined;
    if (n === undefined && !s) break;
    if (j === i && s && PLURAL_SCALES.has(bareForms(tok.fold).at(-1)!)) return null; // "آلاف" alone is vague
    if (j > i && !/^[وف]/.test(tok.fold) && n !== undefined && n < 100 && words > 0 && lastUnit === 0 && current >= 10) break;
    words++;
    if (n !== undefined) {
      if (n === 100 && lastUnit >= 3 && lastUnit <= 9 && current === lastUnit) {
        current = lastUnit * 100; // "ثلاث مئة"
        lastUnit = 0;
      } else {
        current += n;
        lastUnit = n < 10 ? n : 0;
      }
    } else if (s) {
      current = (current || 1) * s.scale * s.times;
      total += current;
      current = 0;
      lastUnit = 0;
      scaled = true;
    }
  }
  if (words === 0) return null;
  // "الاثنين" (Monday), "أحد" (one of): a lone ambiguous word or a lone word with the article is not a figure.
  if (words === 1) {
    const only = tokens[i]!.fold;
    if (numberWord(only, false) === undefined && !scaleWord(only)) return null;
    if (bareForms(only).some((f) => AMBIGUOUS_ALONE.has(f))) return null;
  }
  return { value: total + current, end: j, scaled };
}

function matchesAt(tokens: ArToken[], at: number, words: readonly string[]): boolean {
  if (at < 0) return false;
  return words.every((w, k) => {
    const t = tokens[at + k];
    if (!t) return false;
    return k === 0 ? bareForms(t.fold).includes(w) : t.fold === w;
  });
}

function qualifierBefore(tokens: ArToken[], i: number): { qualifier: Qualifier; start: number } | null {
  for (const q of QUALIFIERS) {
    const at = i - q.words.length;
    if (matchesAt(tokens, at, q.words)) return { qualifier: q.value, start: at };
  }
  return null;
}

function vagueAt(tokens: ArToken[], i: number): { min: number; end: number } | null {
  for (const v of VAGUE) if (matchesAt(tokens, i, v.words)) return { min: v.min, end: i + v.words.length };
  return null;
}

const RANGE_JOINERS = new Set(['او', 'الي', '-', '–', '—']);

/** Not a count: a year, a time of day, a label, a duration or a distance. */
function isNotCount(tokens: ArToken[], i: number, f: Figure): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[f.end];
  if (prev && LABEL_WORDS.has(prev.fold)) return true;
  if (t.kind === 'number' && /^\d{4}$/.test(t.fold) && t.value! >= 1900 && t.value! <= 2100 && !f.scaled) return true;
  if (next?.text === ':' && tokens[f.end + 1]?.kind === 'number') return true;
  if (prev?.text === ':' && tokens[i - 2]?.kind === 'number') return true;
  if (next?.kind === 'word' && bareForms(next.fold).some((form) => NOT_COUNTED.has(form))) return true;
  return false;
}

/** Every figure of a sentence; `inTime(i)` marks tokens a time expression took. */
export function findArabicQuantities(tokens: ArToken[], inTime: (i: number) => boolean): ArQuantity[] {
  const out: ArQuantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inTime(i)) continue;
    const vague = tokens[i]!.kind === 'word' ? vagueAt(tokens, i) : null;
    if (vague) {
      out.push({ tokenStart: i, tokenEnd: vague.end, numberStart: i, value: null, min: vague.min, max: null, qualifier: 'vague' });
      i = vague.end - 1;
      continue;
    }
    const f = figureAt(tokens, i);
    if (!f) continue;
    if (isNotCount(tokens, i, f)) {
      i = f.end - 1;
      continue;
    }
    const q = qualifierBefore(tokens, i);
    let start = q?.start ?? i;
    let qualifier: Qualifier = q?.qualifier ?? 'exact';
    let value: number | null = f.value;
    let min: number | null = null;
    let max: number | null = null;
    let end = f.end;
    // Ranges: "ثلاثة أو أربعة", "من 5 إلى 7", "5-7", "بين 20 و30".
    const joiner = tokens[end];
    const between = bareForms(tokens[i - 1]?.fold ?? '').includes('بين');
    let second: Figure | null = null;
    if (joiner && RANGE_JOINERS.has(joiner.fold) && !inTime(end + 1)) second = figureAt(tokens, end + 1);
    else if (between && joiner?.fold === 'و') second = figureAt(tokens, end + 1);
    else if (between && joiner?.kind === 'word' && /^و/.test(joiner.fold)) second = figureAt(tokens, end);
    if (second && second.value > 0) {
      let low = f.value;
      if (second.scaled && !f.scaled && low < second.value / 1000) low *= second.value >= 1e6 && low * 1e6 <= second.value ? 1e6 : 1000;
      if (low < second.value) {
        min = low;
        max = second.value;
        value = null;
        qualifier = 'range';
        end = second.end;
        if (between) start = Math.min(start, i - 1);
      }
    }
    out.push({ tokenStart: start, tokenEnd: end, numberStart: i, value, min, max, qualifier });
    i = end - 1;
  }
  return out;
}
