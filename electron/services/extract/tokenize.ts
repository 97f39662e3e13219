/**
 * Tokens with offsets. Words keep inner apostrophes and hyphens ("Ma'arrat", "al-Nu'man",
 * "twenty-three"); digits keep their separators ("5,450", "11.500", "1.2"); letters fused
 * with digits ("M4", "F-16", "COVID-19") are codes, digits fused with an ordinal suffix
 * ("13th") are ordinals; everything else is one character of punctuation.
 */
export type TokenKind = 'word' | 'number' | 'code' | 'ordinal' | 'punct';

export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Starts with a capital letter. */
  readonly capital: boolean;
}

const TOKEN =
  /(\p{L}+-?\d[\p{L}\d]*(?:-\d+)?)|(\d+(?:st|nd|rd|th)\b)|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+(?:['’\u02bc\u02bf\u2018-][\p{L}\p{M}]+)*)|(\S)/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    const kind: TokenKind = m[1] ? 'code' : m[2] ? 'ordinal' : m[3] ? 'number' : m[4] ? 'word' : 'punct';
    const t = m[0];
    const lower = t.toLowerCase();
    out.push({
      text: t,
      lower,
      start: offset + m.index,
      end: offset + m.index + t.length,
      kind,
      capital: t.charCodeAt(0) !== lower.charCodeAt(0) && /^\p{Lu}/u.test(t),
    });
  }
  return out;
}

/** "Turkey's" → "Turkey"; "Assad’s" → "Assad". */
export function stripPossessive(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  // fast path: no apostrophe at the end ("'", "’", "'s", "’s")
  if (last !== 0x27 && last !== 0x2019 && last !== 0x73) return word;
  return word.replace(/['’](?:s)?$/u, '');
}
