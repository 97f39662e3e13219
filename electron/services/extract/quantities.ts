/**
 * The quantities of one sentence: numbers (numbers.ts) joined into ranges, given their
 * qualifier, vague amounts, currency and percent marks, and cleared of non-counts.
 */
import type { LanguagePack } from './lang/language-pack.ts';
import { nonCountReason, type NonCountReason } from './non-counts.ts';
import { NumberReader, type NumberReading, type Quantity } from './numbers.ts';
import type { Token } from './tokenize.ts';

export interface Rejected {
  tokenStart: number;
  tokenEnd: number;
  reason: NonCountReason;
}

export class QuantityFinder {
  private readonly reader: NumberReader;
  /** Words that can begin a figure; other words are skipped without reading. */
  private readonly starters: Set<string>;
  constructor(private readonly lang: LanguagePack) {
    this.reader = new NumberReader(lang);
    this.starters = new Set<string>([
      ...lang.numberWords.keys(),
      ...lang.fractions.keys(),
      ...lang.vague.map((v) => v.words[0]!),
      lang.betweenWords.open,
      'a',
      'an',
    ]);
  }

  private mayStart(t: Token): boolean {
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') return false;
    if (this.starters.has(t.lower)) return true;
    const dash = t.lower.indexOf('-');
    return dash > 0 && this.starters.has(t.lower.slice(0, dash));
  }

  /** "11.500 soldiers" is 11,500: a count noun cannot take three decimals. */
  private europeanAfter(tokens: Token[], documentEuropean: boolean): (i: number) => boolean {
    return (i) => {
      if (documentEuropean) return true;
      const next = tokens[i];
      if (!next || next.kind !== 'word') return false;
      return !this.lang.scales.has(next.lower) && !this.lang.percentWords.has(next.lower) && !this.lang.durationUnits.has(next.lower) && !/^(km|kilomet|met|mile|kg|ton|tonne|litre|liter|per|degree)/.test(next.lower);
    };
  }

  find(tokens: Token[], inTime: (i: number) => boolean, documentEuropean: boolean): { quantities: Quantity[]; rejected: Rejected[] } {
    const quantities: Quantity[] = [];
    const rejected: Rejected[] = [];
    const european = this.europeanAfter(tokens, documentEuropean);
    let i = 0;
    while (i < tokens.length) {
      if (inTime(i)) {
        i++;
        continue;
      }
      const t = tokens[i]!;
      if (!this.mayStart(t)) {
        i++;
        continue;
      }
      // between X and Y
      if (t.lower === this.lang.betweenWords.open) {
        const a = this.reader.read(tokens, i + 1, european);
        if (a && tokens[a.end]?.lower === this.lang.betweenWords.join) {
          const b = this.reader.read(tokens, a.end + 1, european);
          if (b && !inTime(a.start) && !inTime(b.start)) {
            const [lo, hi] = this.rangeValues(a, b);
            if (lo < hi) {
              const reason = nonCountReason(tokens, a.start, b.end, hi, b.digits, inTime, this.lang);
              if (reason === null || reason === 'year') {
                if (reason === null) quantities.push(this.make(tokens, i, a.start, b.end, null, lo, hi, 'range'));
                else rejected.push({ tokenStart: i, tokenEnd: b.end, reason });
                i = b.end;
                continue;
              }
            }
          }
        }
      }
      const vague = this.reader.vagueAt(tokens, i);
      if (vague && (tokens[vague.end]?.lower === 'of' || (tokens[vague.end]?.kind === 'word' && !this.lang.phraseStops.has(tokens[vague.end]!.lower)))) {
        const q = this.reader.qualifierBefore(tokens, i);
        quantities.push(this.make(tokens, q?.start ?? i, i, vague.end, null, vague.min, null, 'vague', true));
        i = vague.end;
        continue;
      }
      const a = this.reader.read(tokens, i, european);
      if (!a) {
        i++;
        continue;
      }
      // "one of the", "one another": pronoun uses of one
      if (!a.digits && a.value === 1 && tokens[a.start]!.lower === 'one' && /^(of|another|side|day|way|time|hand|point|by|or|more|such|who|that|which|in)$/.test(tokens[a.end]?.lower ?? '')) {
        i = a.end;
        continue;
      }
      // "the two cities": a small number word after a determiner names things already counted
      if (!a.digits && a.value <= 10 && /^(the|both|these|those|its|their|his|her)$/.test(tokens[a.start - 1]?.lower ?? '')) {
        i = a.end;
        continue;
      }
      // "a" alone is not a number unless it is "a thousand"/"a dozen"
      let end = a.end;
      let lo = a.value;
      let hi: number | null = null;
      // Ranges: "20 to 25", "five or six", "8–9,000", "50-70"
      const joiner = tokens[end];
      if (joiner && this.lang.rangeJoiners.has(joiner.lower) && !(joiner.lower === 'to' && !a.digits && a.value === 1)) {
        const tight = joiner.start === tokens[end - 1]!.end || /^[-–—−]$/.test(joiner.text) || joiner.lower === 'to' || joiner.lower === 'or';
        const b = tight ? this.reader.read(tokens, end + 1, european) : null;
        if (b && !inTime(b.start) && (a.digits === b.digits || joiner.lower !== '-')) {
          const [x, y] = this.rangeValues(a, b);
          if (x < y && (joiner.lower !== 'or' || y <= x * 10)) {
            lo = x;
            hi = y;
            end = b.end;
          }
        }
      }
      const reason = nonCountReason(tokens, a.start, end, hi ?? lo, a.digits, inTime, this.lang);
      if (reason !== null) {
        rejected.push({ tokenStart: a.start, tokenEnd: end, reason });
        i = end;
        continue;
      }
      const q = this.reader.qualifierBefore(tokens, this.currencyStart(tokens, a.start));
      if (hi !== null) quantities.push(this.make(tokens, q?.start ?? a.start, a.start, end, null, lo, hi, 'range'));
      else quantities.push(this.make(tokens, q?.start ?? a.start, a.start, end, lo, null, null, q?.qualifier ?? 'exact'));
      i = end;
    }
    return { quantities, rejected };
  }

  /** A currency sign right before the number ("$108 million"): qualifiers come before it. */
  private currencyStart(tokens: Token[], i: number): number {
    const prev = tokens[i - 1];
    if (prev && this.lang.currencies.has(prev.lower) && prev.kind === 'punct') {
      const before = tokens[i - 2];
      return before && /^us$/i.test(before.text) && before.end === prev.start ? i - 2 : i - 1;
    }
    return i;
  }

  /** "8–9,000" is 8,000 to 9,000; "8-9 million" is 8 to 9 million. */
  private rangeValues(a: NumberReading, b: NumberReading): [number, number] {
    let x = a.value;
    const y = b.value;
    if (!a.scaled && b.scaled && x < y) {
      for (const scale of [1e12, 1e9, 1e6, 1e3, 100]) {
        if (y >= scale && x * scale <= y && x * scale * 10 > y) {
          x *= scale;
          break;
        }
      }
    } else if (!a.separated && b.separated && a.value < 1000 && b.value >= 1000 && b.value % 1000 === 0 && a.value * 1000 <= b.value && a.value * 1000 * 10 > b.value) {
      x = a.value * 1000;
    }
    return [x, y];
  }

  private make(
    tokens: Token[],
    tokenStart: number,
    numberStart: number,
    tokenEnd: number,
    value: number | null,
    min: number | null,
    max: number | null,
    qualifier: Quantity['qualifier'],
    vague = false,
  ): Quantity {
    const prev = tokens[numberStart - 1];
    let currency: string | null = null;
    if (prev && this.lang.currencies.has(prev.lower) && prev.kind === 'punct') currency = this.lang.currencies.get(prev.lower)!;
    let start = tokenStart;
    if (currency && start === numberStart) start = this.currencyStart(tokens, numberStart);
    const next = tokens[tokenEnd];
    let end = tokenEnd;
    let percent = false;
    if (next && this.lang.percentWords.has(next.lower)) {
      percent = true;
      end++;
    } else if (next?.lower === 'per' && tokens[tokenEnd + 1]?.lower === 'cent') {
      percent = true;
      end += 2;
    }
    if (!currency && next && this.lang.currencies.has(next.lower) && next.kind === 'word') {
      currency = this.lang.currencies.get(next.lower)!;
      end++;
    }
    return { tokenStart: start, tokenEnd: end, numberStart, value, min, max, qualifier, vague, currency, percent };
  }
}
