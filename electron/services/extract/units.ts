/**
 * The counted thing: the noun phrase after the figure ("more than 75 armoured vehicles"),
 * after "of" for vague amounts and collectives ("thousands of Turkish soldiers", "six
 * convoys of Turkish army reinforcements"), or before it ("the militia, numbering about
 * 3,000", "the death toll has risen to 640", "the number of military vehicles … has
 * reached 5,450"). Ellipsis ("and five were wounded") is resolved by the caller from the
 * previous figure of the sentence.
 */
import type { LanguagePack } from './lang/language-pack.ts';
import type { Quantity } from './numbers.ts';
import type { Token } from './tokenize.ts';

export interface UnitPhrase {
  text: string;
  /** Tokens [start, end). */
  start: number;
  end: number;
  form: 'after' | 'before' | 'currency' | 'percent';
}

const MAX_WORDS = 5;

export class UnitFinder {
  constructor(private readonly lang: LanguagePack) {}

  private isParticiple(t: Token): boolean {
    return /(ed|ing)$/.test(t.lower) && !this.lang.participleAdjectives.has(t.lower) && t.lower.length > 4;
  }

  private stops(t: Token): boolean {
    if (t.kind !== 'word') return t.text !== '-';
    if (this.lang.phraseStops.has(t.lower) || t.lower === 'of') return true;
    if (this.lang.months.has(t.lower) && t.capital) return true;
    if (this.lang.weekdays.has(t.lower)) return true;
    if (/ly$/.test(t.lower) && t.lower !== 'internally' && t.lower.length > 4) return true;
    if (this.lang.speechVerbs.has(t.lower)) return true;
    if (this.lang.finiteVerbs.has(t.lower)) return true;
    return false;
  }

  /** Collects a noun phrase forward from token i. */
  collectForward(tokens: Token[], i: number, text: string, offset: number): UnitPhrase | null {
    let j = i;
    const words: Token[] = [];
    while (j < tokens.length && words.length < MAX_WORDS) {
      const t = tokens[j]!;
      if (t.text === '-' && words.length > 0 && tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.start === t.end) {
        j++;
        continue;
      }
      if (this.stops(t)) break;
      if (t.kind !== 'word') break;
      if (words.length > 0 && this.isParticiple(t)) break;
      if (words.length === 0 && this.isParticiple(t) && !this.isNounAfter(tokens, j + 1)) break;
      words.push(t);
      j++;
    }
    if (words.length === 0) return null;
    // "17 U.S.C.": a lone initial is no counted thing
    if (words.length === 1 && words[0]!.text.length === 1) return null;
    // "convoys of Turkish army reinforcements": a collective keeps its "of" complement
    const head = words[words.length - 1]!;
    if (tokens[j]?.lower === 'of' && this.lang.collectiveNouns.has(head.lower)) {
      const inner = this.collectForward(tokens, j + 1, text, offset);
      if (inner) {
        return { text: text.slice(words[0]!.start - offset, tokens[inner.end - 1]!.end - offset), start: i, end: inner.end, form: 'after' };
      }
    }
    return { text: text.slice(words[0]!.start - offset, head.end - offset), start: i, end: j, form: 'after' };
  }

  private isNounAfter(tokens: Token[], j: number): boolean {
    const t = tokens[j];
    return !!t && t.kind === 'word' && !this.stops(t);
  }

  /** The unit of a quantity, looking after it then before it. */
  find(tokens: Token[], q: Quantity, text: string, offset: number): UnitPhrase | null {
    let i = q.tokenEnd;
    if (q.percent) return { text: 'percent', start: q.tokenEnd - 1, end: q.tokenEnd, form: 'percent' };
    // "thousands of X", "millions of dollars", "a total of"
    if (tokens[i]?.lower === 'of' && (q.vague || this.lang.scales.has(tokens[i - 1]?.lower ?? ''))) i++;
    if (q.vague && (tokens[i]?.lower === 'the' || tokens[i]?.lower === 'their')) i++;
    const after = this.collectForward(tokens, i, text, offset);
    if (after && !this.lang.durationUnits.has(tokens[after.start]!.lower)) {
      if (q.currency) return { ...after, text: `${q.currency} (${after.text})`, form: 'currency' };
      return after;
    }
    if (q.currency) return { text: q.currency, start: q.tokenStart, end: q.tokenEnd, form: 'currency' };
    // "Schools closed: over 800" — a label and its figure
    if (tokens[q.tokenStart - 1]?.text === ':') {
      let s = 0;
      if (tokens[0]?.kind === 'number' && /^[.)]$/.test(tokens[1]?.text ?? '')) s = 2;
      const end = q.tokenStart - 1;
      if (end > s && end - s <= 8 && tokens.slice(s, end).every((t) => t.kind === 'word' || t.text === '-')) {
        return { text: text.slice(tokens[s]!.start - offset, tokens[end - 1]!.end - offset), start: s, end, form: 'before' };
      }
    }
    // "six of their soldiers"
    if (tokens[i]?.lower === 'of' && /^(the|their|its|his|her|those|these|our)$/.test(tokens[i + 1]?.lower ?? '')) {
      const np = this.collectForward(tokens, i + 2, text, offset);
      if (np) return np;
    }
    return this.findBefore(tokens, q, text, offset);
  }

  /** "the number of X … has reached N", "X has risen to N", "X, numbering about N". */
  private findBefore(tokens: Token[], q: Quantity, text: string, offset: number): UnitPhrase | null {
    let k = q.tokenStart - 1;
    if (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'at') k--;
    if (!tokens[k] || !this.lang.countVerbs.has(tokens[k]!.lower)) return null;
    const verb = k;
    // "the number of X": forward from "of"
    for (let m = verb - 1; m >= Math.max(1, verb - 40); m--) {
      const w = tokens[m]!;
      if (w.text === ';' || w.text === '.') break;
      if (w.lower === 'number' && tokens[m + 1]?.lower === 'of') {
        const np = this.collectForward(tokens, m + 2, text, offset);
        if (np) return { ...np, form: 'before' };
      }
    }
    // "the death toll (from the attack) has risen to": a count noun and the words before it
    for (let m = verb - 1; m >= Math.max(0, verb - 16); m--) {
      const w = tokens[m]!;
      if (w.text === ';' || w.text === '.') break;
      if (this.lang.countNouns.has(w.lower) && w.lower !== 'number') {
        let s = m;
        while (s > 0 && tokens[s - 1]!.kind === 'word' && !this.stops(tokens[s - 1]!)) s--;
        return { text: text.slice(tokens[s]!.start - offset, w.end - offset), start: s, end: m + 1, form: 'before' };
      }
    }
    // "the militia, numbering about 3,000" / "the militia has risen to": the noun phrase before the verb
    let e = verb - 1;
    while (e >= 0 && (tokens[e]!.text === ',' || /^(has|have|had|is|was|are|were|now|reportedly|already|since|then|also|further|thus|so|far)$/.test(tokens[e]!.lower))) e--;
    if (e < 0 || tokens[e]!.kind !== 'word' || this.stops(tokens[e]!)) return null;
    let s = e;
    while (s > 0 && tokens[s - 1]!.kind === 'word' && !this.stops(tokens[s - 1]!) && e - s < MAX_WORDS - 1) s--;
    return { text: text.slice(tokens[s]!.start - offset, tokens[e]!.end - offset), start: s, end: e + 1, form: 'before' };
  }
}
