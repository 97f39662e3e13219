/**
 * The text model of search: what the full-text index stores and what a query is turned
 * into, for every script Sightline reads (English and Arabic first).
 *
 * A text is cut into words and each word is folded:
 * - Unicode compatibility forms (NFKC: ligatures, full-width letters, presentation forms),
 * - case (lower case),
 * - combining marks dropped: Latin accents ("Erdoğan" = "erdogan") and Arabic tashkeel
 *   (fatha, damma, kasra, shadda, sukun, tanwin, dagger alef), and the hamza/madda that
 *   decompose off alef, waw and yaa (أ إ آ → ا, ؤ → و, ئ → ي),
 * - tatweel (ـ) removed, alef wasla ٱ → ا, taa marbuta ة → ه, alif maqsura ى → ي,
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9.
 *
 * Every word keeps its span in the ORIGINAL text (UTF-16 offsets): that span list is the
 * offset map back from the folded form, so snippets and highlighted hits are always cut
 * from what the document really says. The index stores the folded words joined by single
 * spaces, and queries go through the same function, so both sides always agree.
 *
 * Search tokens: an Arabic word carrying the article is split into its proclitics, article
 * and stem (shared/domain/arabic-clitics.ts), each token keeping the whole word's span, so
 * "مرصد" finds "والمرصد" and a hit still highlights the whole word as written. Near-duplicate
 * detection reads plain words (forEachWord), not these tokens.
 *
 * Bump SEARCH_TEXT_VERSION whenever the folding or the tokens change: cases rebuild their
 * index when the version they were indexed with differs.
 */
import { splitProclitics } from './arabic-clitics.ts';

export const SEARCH_TEXT_VERSION = 2;

export interface SearchWord {
  /** The folded form stored in the index. */
  readonly word: string;
  /** Span of the word in the original text (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
}

const TATWEEL = 0x0640;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

const EXPLICIT: Record<string, string> = {
  '\u0671': '\u0627', // alef wasla → alef
  '\u0629': '\u0647', // taa marbuta → haa
  '\u0649': '\u064a', // alif maqsura → yaa
  '\u06cc': '\u064a', // Persian yeh → yaa
  '\u06a9': '\u0643', // Persian keheh → kaf
};

function foldCodePoint(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return char.toLowerCase();
  if (code === TATWEEL) return '';
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  const explicit = EXPLICIT[char];
  if (explicit !== undefined) return explicit;
  let folded = '';
  for (const part of char.normalize('NFKD')) {
    if (MARK.test(part)) continue;
    const partCode = part.codePointAt(0)!;
    if (partCode === TATWEEL) continue;
    folded += EXPLICIT[part] ?? part;
  }
  return folded.toLowerCase().normalize('NFKC');
}

// Folding one code point is pure and texts reuse few distinct characters: cache them.
const foldCache = new Map<string, string>();

export function foldChar(char: string): string {
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = foldCodePoint(char);
    if (foldCache.size < 20_000) foldCache.set(char, folded);
  }
  return folded;
}

/**
 * Calls `onWord` for every word of `text`, in order, with its folded form and original
 * span. Return false from `onWord` to stop early (a snippet needs only the first hits).
 */
export function forEachWord(text: string, onWord: (word: string, start: number, end: number) => boolean | void): void {
  let word = '';
  let start = -1;
  let end = -1;
  const flush = (): boolean => {
    if (word === '') return true;
    const keepGoing = onWord(word, start, end) !== false;
    word = '';
    start = -1;
    return keepGoing;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    // ASCII fast path: most text is mostly ASCII.
    if (code < 0x80) {
      const isWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
      if (isWord) {
        if (start < 0) start = i;
        word += code <= 0x5a && code >= 0x41 ? String.fromCharCode(code + 32) : text[i];
        end = i + 1;
      } else if (!flush()) return;
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    const size = char.length;
    const folded = foldChar(char);
    if (folded === '') {
      // Marks and tatweel are transparent: they belong to the word they sit in.
      if (start >= 0) end = i + size;
    } else {
      for (const part of folded) {
        if (WORD_CHAR.test(part)) {
          if (start < 0) start = i;
          word += part;
          end = i + size;
        } else if (!flush()) return;
      }
    }
    i += size;
  }
  flush();
}

/**
 * Like forEachWord, but with the tokens the index stores: Arabic proclitics and article
 * split off ("والمرصد" → و، ال، مرصد), every token with the span of the whole word.
 */
export function forEachSearchToken(text: string, onToken: (token: string, start: number, end: number) => boolean | void): void {
  forEachWord(text, (word, start, end) => {
    const pieces = splitProclitics(word);
    for (const piece of pieces) if (onToken(piece, start, end) === false) return false;
    return true;
  });
}

/** Every search token of `text`, folded, with the original span of its word. */
export function searchWords(text: string): SearchWord[] {
  const words: SearchWord[] = [];
  forEachSearchToken(text, (word, start, end) => {
    words.push({ word, start, end });
  });
  return words;
}

/** The folded form the index stores: the search tokens joined by single spaces. */
export function searchText(text: string): string {
  const parts: string[] = [];
  forEachSearchToken(text, (word) => {
    parts.push(word);
  });
  return parts.join(' ');
}
