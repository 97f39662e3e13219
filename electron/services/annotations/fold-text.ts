/**
 * Folding text for re-anchoring: two extractions of the same document often differ in
 * ways that do not change its words — whitespace and line breaks, typographic quotes and
 * dashes, soft hyphens and invisible marks, letter case, accents and Arabic diacritics,
 * tatweel, presentation forms and letter variants (أ/إ/آ/ا, ى/ي, ة/ه), Arabic-Indic
 * digits. The folded text keeps, for each of its characters, the span of the original
 * text it came from, so a match found in the folded text maps back to original offsets.
 */

export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each UTF-16 unit of the folded text, where its source starts in the original text. */
  readonly starts: Int32Array;
  /** For each UTF-16 unit of the folded text, where its source ends (marks removed after it included). */
  readonly ends: Int32Array;
}

/** Soft hyphen, invisible joiners and marks, bidi controls, tatweel, byte-order mark. */
function isRemoved(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x034f ||
    code === 0x061c ||
    code === 0x0640 ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x206f) ||
    code === 0xfeff
  );
}
const COMBINING_MARK = /\p{M}/gu;
const WHITESPACE = /^\s$/u;
const PUNCTUATION: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u060c': ',', // Arabic comma
  '\u061b': ';', // Arabic semicolon
  '\u061f': '?', // Arabic question mark
};
const ARABIC_LETTERS: Record<string, string> = {
  '\u0622': '\u0627', // آ → ا
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0649': '\u064a', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06cc': '\u064a', // Persian yeh → ي
  '\u06a9': '\u0643', // Persian keheh → ك
};

const cache = new Map<string, string>();

/** The folded form of one character (a code point): '' when it is dropped. */
export function foldCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  const known = cache.get(char);
  if (known !== undefined) return known;
  let folded: string;
  if (isRemoved(char.codePointAt(0)!)) folded = '';
  else if (PUNCTUATION[char] !== undefined) folded = PUNCTUATION[char];
  else {
    folded = '';
    for (const part of char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase()) {
      const digit = arabicDigit(part);
      folded += digit ?? ARABIC_LETTERS[part] ?? part;
    }
  }
  cache.set(char, folded);
  return folded;
}

function arabicDigit(char: string): string | null {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return null;
}

/** Folds `text`, keeping the map back to it. Whitespace runs become one space. */
export function foldText(text: string): FoldedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = false;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const char = width === 2 ? text.slice(i, i + 2) : text[i]!;
    if (code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || (code > 0x7f && WHITESPACE.test(char))) {
      if (lastWasSpace) ends[ends.length - 1] = i + width;
      else {
        out.push(' ');
        starts.push(i);
        ends.push(i + width);
        lastWasSpace = true;
      }
    } else {
      const folded = foldCharacter(char);
      if (folded === '') {
        // A dropped mark belongs to the character before it.
        if (ends.length > 0) ends[ends.length - 1] = i + width;
      } else {
        out.push(folded);
        // One map entry per UTF-16 unit of the folded text, so folded indexes line up.
        for (let unit = 0; unit < folded.length; unit++) {
          starts.push(i);
          ends.push(i + width);
        }
        lastWasSpace = false;
      }
    }
    i += width;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The folded form of a short string (a quote, a prefix), without the offset map. */
export function foldString(text: string): string {
  return foldText(text).text;
}
