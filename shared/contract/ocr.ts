/**
 * OCR: scans and photos read with tesseract.js on import. What the reading found is kept in
 * the document's metadata under `ocr` (OcrInfo), so the reader shows each page's confidence
 * and marks the words to check by eye; `documents:reocr` reads a document again with
 * another language set; the case may set the language set its imports use.
 */
import { z } from 'zod';
import { ReanchorReport } from './annotations.ts';
import { defineMethod } from './define.ts';
import { DocumentVersion } from './document-versions.ts';
import { JobIdInput } from './jobs.ts';

/** A language set as tesseract takes it: "eng", "ara", "ara+eng" (main language first). */
export const OcrLanguageSet = z
  .string()
  .trim()
  .regex(/^[a-z]{3}(\+[a-z]{3})*$/, 'Use a language set such as eng, ara or ara+eng.');

export const OcrPage = z.object({
  /** Page number, 1-based (as cited: "p. 3"). */
  page: z.number().int().min(1),
  /** Mean word confidence 0–100; null when nothing was read (or the page failed). */
  confidence: z.number().nullable(),
  /** [start, end, confidence] of words to check: low confidence or repaired digits. Offsets into the document text. */
  lowConfidence: z.array(z.tuple([z.number().int(), z.number().int(), z.number()])),
  /** [start, end] of look-alike digits rewritten in Arabic-Indic digits ("VO" → "٧٥"). */
  repaired: z.array(z.tuple([z.number().int(), z.number().int()])),
  /** Why the page has no text (time bound, damaged image). */
  error: z.string().nullable(),
});
export type OcrPage = z.infer<typeof OcrPage>;

export const OcrInfo = z.object({
  engine: z.string(),
  languages: z.string(),
  /** Where the language set came from: the request (re-OCR), the case default, or a guess from the script of the first page. */
  chosenBy: z.enum(['request', 'case', 'script']),
  /** Only pages that were OCRed (a PDF's pages with a text layer are not listed). */
  pages: z.array(OcrPage),
  at: z.string(),
});
export type OcrInfo = z.infer<typeof OcrInfo>;

/** The OCR facts in a document's metadata, or null for a document that was not OCRed. */
export function ocrInfoOf(metadata: Record<string, unknown> | null | undefined): OcrInfo | null {
  const parsed = OcrInfo.safeParse(metadata?.['ocr']);
  return parsed.success ? parsed.data : null;
}

/** The OCR languages this build ships and the case's default language set. */
export const ocrLanguages = defineMethod(
  'ocr:languages',
  'OCR languages available and the case default',
  z.object({}).strict(),
  z.object({
    languages: z.array(z.object({ code: z.string(), name: z.string() })),
    /** The set imports use; null: guessed per document from the script of its first page. */
    caseDefault: z.string().nullable(),
  }),
);

/** Sets (or clears, with null) the language set the case's imports OCR with. */
export const ocrSetCaseDefault = defineMethod(
  'ocr:setCaseDefault',
  'Set the OCR language set of the case',
  z.object({ languages: OcrLanguageSet.nullable() }),
  z.object({ caseDefault: z.string().nullable() }),
);

/**
 * Reads an OCRed document again from its original file with another language set. The new
 * text replaces the old like a re-import: annotations and claims are re-anchored.
 */
export const documentsReocr = defineMethod(
  'documents:reocr',
  'Read a scanned document again with another OCR language set',
  z.object({ documentId: z.string(), languages: OcrLanguageSet, jobId: JobIdInput }),
  z.object({
    documentId: z.string(),
    textChanged: z.boolean(),
    previous: DocumentVersion,
    report: ReanchorReport,
    ocr: OcrInfo,
  }),
);
