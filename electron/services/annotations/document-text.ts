/** A document's current text, and checking a span the reader selected against it. */
import { ApiError } from '../../../shared/contract/errors.ts';
import { snapBack, snapForward } from '../../../shared/domain/code-points.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { trimSpan } from './text-quote.ts';

export interface DocumentText {
  documentId: string;
  title: string;
  text: string;
  textSha256: string;
  pages: number[];
  pageCount: number | null;
  blobSha256: string | null;
  format: string;
  fileName: string | null;
}

/** The text of a live document; not_found when it does not exist or was deleted. */
export function readDocumentText(db: ReadableDb, documentId: string): DocumentText {
  const row = statement(
    db,
    `SELECT d.id, d.title, d.page_count, d.blob_sha256, d.format, d.file_name, d.deleted_at, t.text, t.text_sha256, t.pages
     FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?`,
  ).get(documentId) as
    | {
        id: string;
        title: string;
        page_count: number | null;
        blob_sha256: string | null;
        format: string;
        file_name: string | null;
        deleted_at: string | null;
        text: string | null;
        text_sha256: string | null;
        pages: string | null;
      }
    | undefined;
  if (!row || row.deleted_at !== null) throw new ApiError('not_found', `There is no document with id ${documentId} (it may have been deleted).`);
  if (row.text === null || row.text_sha256 === null) throw new ApiError('unsupported', `"${row.title}" has no text to annotate.`);
  return {
    documentId: row.id,
    title: row.title,
    text: row.text,
    textSha256: row.text_sha256,
    pages: JSON.parse(row.pages ?? '[0]') as number[],
    pageCount: row.page_count,
    blobSha256: row.blob_sha256,
    format: row.format,
    fileName: row.file_name,
  };
}

/**
 * Checks that [start, end) of the document's text is `exact` (the reader shows the text
 * the analyst selected in; if the document changed since, the offsets mean something else)
 * and narrows the span to leave out surrounding whitespace.
 */
export function checkSpan(doc: DocumentText, start: number, end: number, exact: string): { start: number; end: number } {
  if (end <= start) throw new ApiError('invalid_input', 'Select some text first.');
  if (end > doc.text.length) throw new ApiError('invalid_input', `The selection ends at ${end}, past the end of the text (${doc.text.length}).`);
  if (doc.text.slice(start, end) !== exact) {
    throw new ApiError('conflict', `The text of "${doc.title}" changed since this selection was made; reload the document and select again.`);
  }
  const span = trimSpan(doc.text, snapBack(doc.text, start), snapForward(doc.text, end));
  if (!span) throw new ApiError('invalid_input', 'The selection holds only spaces.');
  return span;
}
