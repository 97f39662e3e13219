/**
 * Arabic sentences and tokens. Offsets are UTF-16 code units into the document text, like
 * the English tokens; every token also carries its folded form (what ar-words.ts lists)
 * and, for digits, its value: Arabic-Indic (٠–٩) and Persian (۰–۹) digits with the Arabic
 * thousands (٬) and decimal (٫) separators are read like "1,200.5".
 */
import { normaliseArabic } from '../../../gazetteer/place-key.ts';

export type ArTokenKind = 'word' | 'number' | 'punct';

export interface ArToken {
  readonly text: string;
  /** Folded (ar-words.ts spelling); Latin words lower-cased. */
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  readonly kind: ArTokenKind;
  /** A number token's value. */
  readonly value: number | null;
}

const DIGIT = '0-9\u0660-\u0669\u06f0-\u06f9';
const TOKEN = new RegExp(`([${DIGIT}]+(?:[,\u066c][${DIGIT}]{3})*(?:[.\u066b][${DIGIT}]+)?)|([\\p{L}\\p{M}\\u0640]+)|(\\S)`, 'gu');
// Letters, and the presentation forms PDF text layers are often made of.
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\ufb50-\ufdff\ufe70-\ufefc]/g;
const LATIN_LETTER = /[A-Za-z]/g;

/** Western digits for Arabic-Indic and Persian ones, "." and "," for ٫ and ٬. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export function arFold(word: string): string {
  return /[A-Za-z]/.test(word) ? word.toLowerCase() : normaliseArabic(word);
}

export function tokenizeArabic(text: string, offset = 0): ArToken[] {
  const out: ArToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const t = m[0];
    const start = offset + m.index;
    if (m[1]) {
      const western = westernDigits(t).replace(/,/g, '');
      out.push({ text: t, fold: western, start, end: start + t.length, kind: 'number', value: Number(western) });
    } else {
      out.push({ text: t, fold: m[2] ? arFold(t) : t, start, end: start + t.length, kind: m[2] ? 'word' : 'punct', value: null });
    }
  }
  return out;
}

/** True when most letters of `text` are Arabic script: the Arabic pipeline reads it. */
export function isMostlyArabic(text: string): boolean {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  if (arabic === 0) return false;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return arabic >= latin;
}

/**
 * The forms a folded word may stand for once its proclitics are taken off: "وعشرين" →
 * عشرين, "بنحو" → نحو, "للامم" → الامم. The word itself comes first.
 */
export function bareForms(fold: string): string[] {
  const out = [fold];
  let rest = fold;
  if (rest.length > 2 && (rest[0] === '\u0648' || rest[0] === '\u0641')) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.length > 3 && rest.startsWith('\u0644\u0644')) out.push('\u0627' + rest.slice(1));
  else if (rest.length > 2 && (rest[0] === '\u0628' || rest[0] === '\u0644' || rest[0] === '\u0643')) out.push(rest.slice(1));
  return out;
}

/** The word without its article: "الاحدي" → "احدي" (number words take the article). */
export function withoutArticle(fold: string): string {
  return fold.length > 3 && fold.startsWith('\u0627\u0644') ? fold.slice(2) : fold;
}

/** Sentence pieces of an Arabic line: a full stop, "؟" or "!" before a space ends one. */
export function splitArabicSentences(text: string, start: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const END = /[.!?\u061f]+["'»”)]*(?=\s)/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = END.exec(text))) {
    const stop = m.index + m[0].length;
    out.push({ start: start + from, end: start + stop });
    from = stop;
    while (from < text.length && /\s/.test(text[from]!)) from++;
  }
  if (from < text.length) out.push({ start: start + from, end: start + text.length });
  return out.filter((s) => s.end > s.start);
}
