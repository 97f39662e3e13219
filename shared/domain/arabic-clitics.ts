/**
 * Arabic proclitics for search: how "مرصد" finds "المرصد", "والمرصد", "بالمرصد" and
 * "للمرصد", and "قال" finds "وقال", without a search for one word matching another.
 *
 * Two mechanisms, chosen by how safe each is:
 * - The article and what may precede it (و ف, then ب ك ل; ل + ال is written لل) are split
 *   off on BOTH sides (index and query): "والمرصد" is indexed as the tokens "و ال مرصد".
 *   A query for "المرصد" becomes the phrase "ال مرصد" and a query for "مرصد" the word
 *   "مرصد", so both find every form, and an exact query still finds itself. Words that
 *   merely begin with these letters (الذي، إلى، ألف، آلاف …) are listed and never split,
 *   and a stem must keep at least two letters.
 * - The conjunctions و and ف before a word WITHOUT the article are not split in the index
 *   (too many words begin with those letters: وزير، فرد، وحدة). Instead the first word of a
 *   query term of three letters or more is widened to its forms with و and ف ("قال" →
 *   قال | وقال | فقال). ب ك ل before a bare word are left alone: "كبير" would answer a
 *   search for "بئر" and "بعيد" one for "عيد".
 *
 * Everything here works on FOLDED words (shared/domain/search-text.ts): plain alef, haa
 * for taa marbuta, yaa for alif maqsura.
 */

const ARTICLE = '\u0627\u0644'; // ال
const CONJUNCTIONS = ['\u0648', '\u0641']; // و ف
const PREPOSITIONS = ['\u0628', '\u0643']; // ب ك (ل is handled as لل)
const LAM = '\u0644';
const MIN_STEM = 2;
const MIN_WIDENED = 3;

/** Folded words that begin with ال (or لل) without carrying the article. */
const NOT_ARTICLE = new Set([
  'الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتان', 'اللتين', 'اللاتي', 'اللواتي', 'اللايي',
  'الان', 'الله', 'اللهم', 'الي', 'اليه', 'اليها', 'اليهم', 'اليهما', 'اليك', 'اليكم', 'الينا',
  'الا', 'الف', 'الفا', 'الفان', 'الفين', 'الفي', 'الاف', 'الوف', 'الم', 'الغي', 'القي', 'الزم',
]);

function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3);
}

/** True when a folded word is written in Arabic script (its first letter decides). */
export function isArabicWord(word: string): boolean {
  return word.length > 0 && isArabicLetter(word.charCodeAt(0));
}

/**
 * The index tokens of one folded word: the word itself, or its proclitics, article and
 * stem ("والمرصد" → و، ال، مرصد). Non-Arabic words come back as they are.
 */
export function splitProclitics(word: string): string[] {
  if (word.length < ARTICLE.length + MIN_STEM || !isArabicWord(word)) return [word];
  const pieces: string[] = [];
  let rest = word;
  if (CONJUNCTIONS.includes(rest[0]!) && rest.length > 1 && (rest.startsWith(ARTICLE, 1) || rest.startsWith(LAM + LAM, 1) || PREPOSITIONS.includes(rest[1]!))) {
    pieces.push(rest[0]!);
    rest = rest.slice(1);
  }
  if (PREPOSITIONS.includes(rest[0]!) && rest.startsWith(ARTICLE, 1)) {
    pieces.push(rest[0]!);
    rest = rest.slice(1);
  }
  let stem: string;
  if (rest.startsWith(ARTICLE)) {
    stem = rest.slice(ARTICLE.length);
    if (NOT_ARTICLE.has(rest)) return [word];
  } else if (rest.startsWith(LAM + LAM)) {
    // ل + ال: the alef is dropped in writing (للمرصد).
    stem = rest.slice(2);
    if (NOT_ARTICLE.has(ARTICLE + stem) || NOT_ARTICLE.has(rest)) return [word];
    pieces.push(LAM);
  } else {
    return [word];
  }
  if (stem.length < MIN_STEM) return [word];
  pieces.push(ARTICLE, stem);
  return pieces;
}

/**
 * The forms a query's first word is looked for in: itself, and with و or ف attached when
 * it is an Arabic word of three letters or more that the index keeps whole.
 */
export function conjunctionForms(word: string): string[] {
  if (!isArabicWord(word) || word.length < MIN_WIDENED || word === ARTICLE) return [word];
  return [word, ...CONJUNCTIONS.map((c) => c + word)];
}
