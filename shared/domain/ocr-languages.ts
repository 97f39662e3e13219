/**
 * The OCR languages Sightline ships (tesseract.js language data packages in the app, never
 * downloaded) and the language sets a document can be read with ("ara+eng": Arabic first,
 * with English for the Latin names and digits a mixed page carries).
 */

export interface OcrLanguage {
  /** Tesseract's code (ISO 639-2/T). */
  code: string;
  name: string;
  /** The document language (ISO 639-1, as documents.language) this OCR language reads. */
  documentLanguage: string;
  script: 'Latin' | 'Arabic';
}

/** Add a language: its @tesseract.js-data package in package.json and a line here. */
export const OCR_LANGUAGES: readonly OcrLanguage[] = [
  { code: 'eng', name: 'English', documentLanguage: 'en', script: 'Latin' },
  { code: 'ara', name: 'Arabic', documentLanguage: 'ar', script: 'Arabic' },
];

/** A language set as tesseract takes it: codes joined by "+", the main language first. */
export const OCR_LANGUAGE_SET = /^[a-z]{3}(\+[a-z]{3})*$/;

/** The codes of a set, or an error message naming what is not shipped. */
export function parseOcrLanguages(set: string): { codes: string[] } | { error: string } {
  if (!OCR_LANGUAGE_SET.test(set)) return { error: `"${set}" is not a language set such as eng, ara or ara+eng` };
  const codes = [...new Set(set.split('+'))];
  const unknown = codes.filter((code) => !OCR_LANGUAGES.some((l) => l.code === code));
  if (unknown.length > 0) return { error: `no OCR language data for ${unknown.join(', ')} (available: ${OCR_LANGUAGES.map((l) => l.code).join(', ')})` };
  return { codes };
}

/**
 * The set that reads a document written in `language` (ISO 639-1). Arabic pages carry Latin
 * names and digits, so Arabic is read together with English; other scripts alone.
 */
export function ocrLanguagesFor(documentLanguage: string | null | undefined): string | null {
  const lang = OCR_LANGUAGES.find((l) => l.documentLanguage === documentLanguage);
  if (!lang) return null;
  return lang.script === 'Latin' ? lang.code : `${lang.code}+eng`;
}
