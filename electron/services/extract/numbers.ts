/**
 * Figures in a sentence: digits with separators ("5,450"; "11.500" read European-style
 * only where a decimal cannot be meant), number words ("twenty-three", "one hundred and
 * five"), scales ("1.2 million", "half a million"), vague amounts ("dozens", "tens of
 * thousands of"), ranges ("five or six", "20 to 25", "between 20 and 25", "8–9,000") and
 * the qualifier before them ("more than", "nearly", "up to" …). What is not a count
 * (dates, times, codes, ordinals, labels, years) is left out by non-counts.ts.
 */
import type { Qualifier } from '../../../shared/domain/claim-types.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import type { Token } from './tokenize.ts';

export interface NumberReading {
  value: number;
  /** Tokens [start, end) the number spans, scale included. */
  start: number;
  end: number;
  /** Written with digits (as opposed to words). */
  digits: boolean;
  /** A scale word was applied ("million"). */
  scaled: boolean;
  /** The raw digits carried a thousands separator. */
  separated: boolean;
}

export interface Quantity {
  /** Tokens [start, end): qualifier through number (the unit comes later). */
  tokenStart: number;
  tokenEnd: number;
  /** First token of the number itself (after the qualifier). */
  numberStart: number;
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: Qualifier;
  /** "thousands of", "dozens of": the unit follows "of". */
  vague: boolean;
  /** Written as a currency amount ("$108 million"). */
  currency: string | null;
  /** Written as a percentage. */
  percent: boolean;
}

/** Parses "5,450", "11.500", "1.2"; `europeanOk` allows "11.500" = 11500. */
export function parseDigits(text: string, europeanThousands: boolean): { value: number; separated: boolean } | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) return { value: Number(text.replace(/,/g, '')), separated: true };
  if (/^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(text)) return { value: Number(text.replace(/\./g, '').replace(',', '.')), separated: true };
  if (/^\d{1,3}\.\d{3}$/.test(text) && europeanThousands) return { value: Number(text.replace('.', '')), separated: true };
  if (/^\d{1,3}(\.\d{3})+,\d+$/.test(text)) return { value: Number(text.replace(/\./g, '').replace(',', '.')), separated: true };
  if (/^\d+(\.\d+)?$/.test(text)) return { value: Number(text), separated: false };
  if (/^\d+,\d{1,2}$/.test(text) && europeanThousands) return { value: Number(text.replace(',', '.')), separated: false };
  return null;
}

export class NumberReader {
  constructor(private readonly lang: LanguagePack) {}

  /** A scale word at token i (e.g. "million"), with its multiplier. */
  scaleAt(tokens: Token[], i: number): number | null {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return null;
    const s = this.lang.scales.get(t.lower);
    if (s === undefined) return null;
    return s;
  }

  private wordValue(lower: string): number | null {
    if (this.lang.numberWords.has(lower)) return this.lang.numberWords.get(lower)!;
    const parts = lower.split('-');
    if (parts.length === 2 && this.lang.numberWords.has(parts[0]!) && this.lang.numberWords.has(parts[1]!)) {
      const a = this.lang.numberWords.get(parts[0]!)!;
      const b = this.lang.numberWords.get(parts[1]!)!;
      if (a >= 20 && a % 10 === 0 && b < 10) return a + b;
    }
    return null;
  }

  /** A number at token i, or null. `europeanThousands` is decided per unit after it (see readQuantity). */
  read(tokens: Token[], i: number, europeanThousands: (after: number) => boolean): NumberReading | null {
    const t = tokens[i];
    if (!t) return null;
    if (t.kind === 'number') {
      const parsed = parseDigits(t.text, europeanThousands(i + 1));
      if (!parsed) return null;
      let value = parsed.value;
      let end = i + 1;
      let scaled = false;
      const s = this.scaleAt(tokens, end);
      if (s !== null) {
        value *= s;
        end++;
        scaled = true;
        const s2 = this.scaleAt(tokens, end);
        if (s2 !== null && s2 > s) {
          value *= s2;
          end++;
        }
      }
      return { value, start: i, end, digits: true, scaled, separated: parsed.separated };
    }
    if (t.kind !== 'word') return null;
    // "half a million", "a quarter of a million"
    const fraction = this.lang.fractions.get(t.lower);
    if (fraction !== undefined) {
      let j = i + 1;
      if (tokens[j]?.lower === 'of') j++;
      if (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an') j++;
      const s = this.scaleAt(tokens, j);
      if (s !== null && s >= 1000) return { value: fraction * s, start: i, end: j + 1, digits: false, scaled: true, separated: false };
      return null;
    }
    // "a hundred", "a thousand", "a million", "a dozen"
    if ((t.lower === 'a' || t.lower === 'an') && tokens[i + 1]) {
      const s = this.scaleAt(tokens, i + 1);
      if (s !== null && s >= 100 && tokens[i + 1]!.lower.length > 2) return { value: s, start: i, end: i + 2, digits: false, scaled: true, separated: false };
      if (tokens[i + 1]!.lower === 'dozen') return { value: 12, start: i, end: i + 2, digits: false, scaled: false, separated: false };
      return null;
    }
    const first = this.wordValue(t.lower);
    if (first === null) return null;
    // Words: accumulate "three hundred and twenty-five thousand"
    let total = 0;
    let current = first;
    let j = i + 1;
    let scaled = false;
    for (;;) {
      const w = tokens[j];
      if (!w || w.kind !== 'word') break;
      const s = this.lang.scales.get(w.lower);
      if (s !== undefined && w.lower.length > 2) {
        if (s === 100) current *= 100;
        else {
          total += current * s;
          current = 0;
        }
        scaled = true;
        j++;
        continue;
      }
      if (this.lang.numberJoiners.has(w.lower) && this.wordValue(tokens[j + 1]?.lower ?? '') !== null && (scaled || current >= 100)) {
        j++;
        continue;
      }
      const v = this.wordValue(w.lower);
      if (v !== null && v < 100 && (current % 100 === 0 || current === 0) && (current >= 100 || total > 0)) {
        current += v;
        j++;
        continue;
      }
      break;
    }
    return { value: total + current, start: i, end: j, digits: false, scaled, separated: false };
  }

  /** The qualifier ending right before token i. */
  qualifierBefore(tokens: Token[], i: number): { qualifier: Qualifier; start: number } | null {
    for (const rule of this.lang.qualifiers) {
      const n = rule.words.length;
      const start = i - n;
      if (start < 0) continue;
      if (rule.words.every((w, k) => tokens[start + k]!.lower === w)) {
        // "some of the 300" is not "about 300"; "over" after a verb of time ("over the past") never reaches here.
        if (rule.words[0] === 'some' && tokens[start - 1]?.lower === 'for') continue;
        return { qualifier: rule.value, start };
      }
    }
    return null;
  }

  /** A vague amount at token i ("dozens", "tens of thousands", "several hundred"). */
  vagueAt(tokens: Token[], i: number): { min: number; end: number } | null {
    for (const rule of this.lang.vague) {
      if (rule.words.every((w, k) => tokens[i + k]?.lower === w)) return { min: rule.value, end: i + rule.words.length };
    }
    return null;
  }
}
