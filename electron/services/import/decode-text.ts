/**
 * Bytes → text for plain-text formats: a byte-order mark wins, then strict UTF-8, then the
 * legacy encoding chardet finds most likely (windows-1252, windows-1256 for Arabic …).
 * Refuses binary data and broken UTF-8 (valid multi-byte sequences mixed with invalid
 * bytes: decoding it any other way would garble the valid part) with a clear reason.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { refuse } from './import-problem.ts';

export interface DecodedText {
  text: string;
  encoding: string;
}

const SAMPLE = 64 * 1024;

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: every other byte is zero in Latin text. */
function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of bytes that never occur in text (NUL and C0 controls other than tab, newlines, form feed, escape). */
function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SAMPLE);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls / n;
}

/** Valid multi-byte UTF-8 sequences and invalid bytes, and where the first invalid byte is. */
function utf8Census(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes `bytes` as text, or refuses with a one-line reason. `declared` is a charset the file names itself (HTML meta). */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding };
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  const controls = controlShare(bytes);
  if (controls > 0.02) refuse(`it is binary data, not text (${Math.round(controls * 100)}% of its bytes are control codes)`);
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a declared or a legacy encoding below
  }
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toLowerCase() };
  }
  const census = utf8Census(bytes);
  if (census.valid > 0 && census.valid >= census.invalid) {
    refuse(`it is not valid UTF-8 (a broken byte sequence at byte ${census.firstInvalid}); re-save it as UTF-8`);
  }
  const guesses = chardet.analyse(bytes.subarray(0, SAMPLE));
  const guess = guesses.find((g) => !/^UTF-|^ISO-2022|^Shift_JIS|^EUC|^Big5|^GB18030/i.test(g.name) && iconv.encodingExists(g.name));
  if (!guess) refuse('its text encoding could not be recognised; re-save it as UTF-8');
  // ISO-8859-1 is how chardet names Western text, which in practice is written in windows-1252 (curly quotes, €).
  const encoding = /^ISO-8859-1$/i.test(guess.name) ? 'windows-1252' : guess.name.toLowerCase();
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}
