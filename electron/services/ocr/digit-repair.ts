/**
 * Arabic-Indic digits that tesseract read as Latin letters. With `ara+eng`, tesseract reads
 * the "٧٥" of an Arabic sentence as "VO" (measured on this machine: the Latin model wins on
 * shapes both models know). Where the line is Arabic, a token made only of such look-alikes
 * (and Arabic-Indic digits) is a number: it is rewritten in Arabic-Indic digits, and the
 * caller marks it for the analyst to check. Latin text is never touched: the context must
 * be Arabic, and the token must hold a V or an O (the shapes of ٧ and ٥, the common
 * confusions) or mix letters with Arabic-Indic digits, so "AI" or "SOHR" stay as they are.
 */

const LOOK_ALIKES: Record<string, string> = {
  V: '٧',
  v: '٧',
  O: '٥',
  o: '٥',
  '0': '٥',
  A: '٨',
  Λ: '٨',
  '^': '٨',
  I: '١',
  l: '١',
  '|': '١',
  '1': '١',
  '9': '٩',
  E: '٤',
  ε: '٤',
};
const SEPARATORS: Record<string, string> = { ',': '٬', '.': '٫', '٬': '٬', '٫': '٫' };

const ARABIC_LETTER = /[\u0620-\u064a\u0671-\u06d3\u06fa-\u06fc]/gu;
const LATIN_LETTER = /[A-Za-z]/g;
const ARABIC_DIGIT = /[\u0660-\u0669]/;
const CORE = /^([\p{Ps}\p{Pi}"'«]*)(.+?)([\p{Pe}\p{Pf}\p{Po}"'»]*)$/u;

/** True when the other words of the line are mostly Arabic script. */
export function arabicContext(lineWords: readonly string[], except: number): boolean {
  let arabic = 0;
  let latin = 0;
  lineWords.forEach((word, i) => {
    if (i === except) return;
    arabic += word.match(ARABIC_LETTER)?.length ?? 0;
    latin += word.match(LATIN_LETTER)?.length ?? 0;
  });
  return arabic >= 4 && arabic > latin * 2;
}

/** The token in Arabic-Indic digits, or null when it is not a misread number. */
export function repairDigitToken(token: string): string | null {
  const parts = CORE.exec(token);
  if (!parts) return null;
  const [, before, core, after] = parts as unknown as [string, string, string, string];
  if (core.length > 16) return null;
  let out = '';
  let letters = 0;
  let vo = false;
  let arabicDigits = 0;
  for (let i = 0; i < core.length; i++) {
    const char = core[i]!;
    if (ARABIC_DIGIT.test(char)) {
      out += char;
      arabicDigits++;
    } else if (LOOK_ALIKES[char]) {
      out += LOOK_ALIKES[char];
      if (/[A-Za-zΛε^|]/.test(char)) letters++;
      if ('VvOo'.includes(char)) vo = true;
    } else if (SEPARATORS[char] && i > 0 && i < core.length - 1) {
      out += SEPARATORS[char];
    } else {
      return null;
    }
  }
  if (letters === 0) return null; // Western digits in Arabic text are written that way on purpose
  if (!vo && arabicDigits === 0) return null;
  return before + out + after;
}

/** Repairs the words of one line in place; returns the indexes of the words it rewrote. */
export function repairArabicDigits(lineWords: string[]): number[] {
  const repaired: number[] = [];
  lineWords.forEach((word, i) => {
    const fixed = repairDigitToken(word);
    if (fixed !== null && arabicContext(lineWords, i)) {
      lineWords[i] = fixed;
      repaired.push(i);
    }
  });
  return repaired;
}
