/**
 * Replacing a document's text with a new version of it (a corrected re-publication, a
 * better extraction) while its annotations and claims keep pointing at the right words.
 */
import { z } from 'zod';
import { ReanchorReport } from './annotations.ts';
import { defineMethod } from './define.ts';
import { JobIdInput } from './jobs.ts';

export const DocumentVersion = z.object({
  blobSha256: z.string().nullable(),
  textSha256: z.string(),
  fileName: z.string().nullable(),
  format: z.string(),
  /** When and by whom this version was replaced by the next one. */
  replacedAt: z.string(),
  replacedBy: z.string(),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

/**
 * Reads the file at `path` with the importers and makes its text the document's new text.
 * The original bytes of both versions stay in the case (blobs are content-addressed), the
 * replacement is recorded in the change log, and the document's annotations and claims are
 * re-anchored in the new text; the report lists what moved, changed or could not be placed.
 */
export const documentsReimport = defineMethod(
  'documents:reimport',
  'Replace a document with an edited version and re-anchor its annotations and claims',
  z.object({ documentId: z.string(), path: z.string().min(1), jobId: JobIdInput }),
  z.object({
    documentId: z.string(),
    /** False when the new file's text equals the current text (nothing re-anchored). */
    textChanged: z.boolean(),
    previous: DocumentVersion,
    report: ReanchorReport,
  }),
);
