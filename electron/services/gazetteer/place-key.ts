/**
 * Keys that make place names comparable across transliterations, diacritics and scripts.
 *
 * `placeKey` is the exact tier: "Ma'arrat al-Nu'man", "Maarrat an Nu'man" and
 * "Maʿarrat al-Nuʿmān" all become "marat al numan" (diacritics and apostrophes dropped,
 * doubled letters collapsed, every Arabic article spelling — al/an/ash/el/ez… — read as
 * "al", a word-final "ah" read as "a"). `placeSkeleton` is the loose tier used only when
 * the exact tier finds nothing: it also drops vowels after the first letter ("Saraqeb" =
 * "Saraqib", "Deir ez-Zor" = "Dayr az Zawr"). Arabic script gets the usual search
 * normalisation (tashkeel, tatweel, alef/hamza forms, taa marbuta, alif maqsura), so the
 * gazetteer's Arabic alternate names match Arabic text (issue 11).
 */

const APOSTROPHES = /['`\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4\u0060]/g;
const ARTICLES = /\b(?:al|el|an|ar|as|ash|at|ath|ad|adh|az|en|er|es|esh|et|ed|ez|ul|ur)\b(?= \S)/g;
const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

export function isArabicScript(text: string): boolean {
  return ARABIC_LETTER.test(text);
}

/** Arabic search normalisation: what an Arabic reader treats as the same spelling. */
export function normaliseArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u064b-\u065f\u0670\u06d6-\u06ed]/g, '') // tashkeel and Quranic marks
    .replace(/\u0640/g, '') // tatweel
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // alef forms → bare alef
    .replace(/\u0629/g, '\u0647') // taa marbuta → haa
    .replace(/\u0649/g, '\u064a') // alif maqsura → yaa
    .replace(/[\u0624]/g, '\u0648')
    .replace(/[\u0626]/g, '\u064a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function latinBase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/đ/g, 'd')
    .replace(/ł/g, 'l')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 50_000;

/** The exact-tier key of a place name (memoised: the same names recur across documents). */
export function placeKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = computeKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  if (isArabicScript(name)) return normaliseArabic(name);
  return latinBase(name)
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(ARTICLES, 'al')
    .replace(/ah\b/g, 'a')
    .replace(/\s+/g, ' ');
}

/** The key without a leading article ("al raqa" → "raqa"): names are indexed under both. */
export function withoutArticle(key: string): string | null {
  return key.startsWith('al ') && key.length > 4 ? key.slice(3) : null;
}

/** The loose-tier key: vowels (and w, y) after the first letter dropped, articles dropped. */
export function placeSkeleton(name: string): string {
  const key = placeKey(name);
  if (isArabicScript(key)) return key;
  const words = key.split(' ').filter((w) => w !== 'al');
  const joined = words.join('');
  return joined.slice(0, 1) + joined.slice(1).replace(/[aeiouwy]/g, '').replace(/(.)\1+/g, '$1');
}
