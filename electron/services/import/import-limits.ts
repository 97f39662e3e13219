/**
 * The bounds every import keeps, so no file — however large, malformed or malicious — can
 * exhaust memory or hang the engine. Each refusal names the limit in its reason.
 *
 * Why these numbers: a document is something an analyst reads and cites; 10 million
 * characters is about 4,000 dense pages, far beyond any report, and keeps one document's
 * text, its search folding and the reader comfortable in memory. Files may be larger than
 * their text (PDFs with images, archives), hence 100 MB per file. Archives expand at most
 * to 1 GB in total and 100:1 per large entry (real documents compress 3–10:1; zip bombs
 * 1000:1 and more), three levels deep.
 */
export const IMPORT_LIMITS = {
  /** Largest file read from disk or received in one piece. */
  fileBytes: 100 * 1024 * 1024,
  /** Longest extracted text of one document, in UTF-16 code units. */
  textChars: 10_000_000,
  /** Most entries one archive (.zip, .docx) may list. */
  archiveEntries: 10_000,
  /** Most bytes one archive may expand to, all entries together. */
  archiveTotalBytes: 1024 * 1024 * 1024,
  /** Most bytes a .docx may expand to (its XML parts are parsed in memory). */
  docxTotalBytes: 200 * 1024 * 1024,
  /** Highest compression ratio allowed for an entry larger than ratioFloorBytes. */
  archiveRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Archives inside archives (or e-mails inside archives) nest at most this deep. */
  depth: 3,
  /** Most pages read from one PDF. */
  pdfPages: 10_000,
} as const;

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}
