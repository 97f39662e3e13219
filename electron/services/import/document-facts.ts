/**
 * Small facts importers derive from text: a title when the file has none, the language
 * (by script and common words), dates in the forms metadata uses.
 */
import { basename, extname } from 'node:path';

/** The first non-empty line, shortened; or the file name without its extension. */
export function fallbackTitle(text: string, fileName: string): string {
  for (const line of text.split('\n', 50)) {
    const clean = line.replace(/^[#>\-*\s]+/, '').replace(/\s+/g, ' ').trim();
    if (clean.length >= 3) return clean.length > 160 ? clean.slice(0, 157).replace(/\s+\S*$/, '') + '…' : clean;
  }
  const name = basename(fileName, extname(fileName)).trim();
  return name || 'Untitled document';
}

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'that', 'is', 'was', 'for', 'said', 'with', 'on'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'dans', 'pour', 'du', 'qui'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auf', 'ein'],
  es: ['el', 'la', 'los', 'las', 'que', 'del', 'por', 'una', 'con', 'para', 'como', 'según'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'da', 'de', 'göre', 'daha', 'olan', 'çok'],
};

/** A best guess at the text's language (ISO 639-1), or null when too little text. */
export function guessLanguage(text: string): string | null {
  // A few thousand characters tell the script and the common words as well as the whole text.
  const sample = text.slice(0, 4000);
  let arabic = 0;
  let cyrillic = 0;
  let hebrew = 0;
  let latin = 0;
  let persianOnly = 0;
  for (let i = 0; i < sample.length; i++) {
    const char = sample[i]!;
    const code = sample.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) {
      arabic++;
      if ('پچژگکی'.includes(char)) persianOnly++;
    } else if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
    else if (code >= 0x0590 && code <= 0x05ff) hebrew++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) latin++;
  }
  const letters = arabic + cyrillic + hebrew + latin;
  if (letters < 20) return null;
  if (arabic / letters > 0.3) return persianOnly > arabic * 0.02 ? 'fa' : 'ar';
  if (cyrillic / letters > 0.3) return 'ru';
  if (hebrew / letters > 0.3) return 'he';
  const counts = new Map<string, number>();
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) if (word.length <= 6) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | null = null;
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return bestScore >= 3 ? best : null;
}

/** A date or date-time from metadata as the contract stores it ("2020-08-20" or ISO UTC), or null. */
export function normaliseDate(value: unknown): string | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(trimmed)) return trimmed;
    // PDF dates: D:YYYYMMDDHHmmSS
    const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(trimmed);
    if (pdf) return [pdf[1], pdf[2], pdf[3]].filter(Boolean).join('-');
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  if (year < 1900 || year > 2200) return null;
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** Text longer than the limit is refused by the caller; this trims and normalises line ends. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '').replace(/[ \t]+\n/g, '\n').trim();
}
