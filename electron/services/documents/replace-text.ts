/**
 * Replacing a document's text with a new version of it (a corrected re-publication, a
 * better extraction of the same PDF). The document keeps its id, title and source; the
 * original bytes of both versions stay in the case (blobs are addressed by SHA-256 and
 * never removed); the replacement is one edit of the document in the change log; and the
 * document's annotations and claims are re-anchored in the new text, and its search entry
 * and near-duplicate links follow — all in the caller's one transaction.
 */
import type { ReanchorReport } from '../../../shared/contract/annotations.ts';
import type { DocumentVersion } from '../../../shared/contract/document-versions.ts';
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { updateRecord } from '../casefile/record-store.ts';
import { readDocumentText } from '../annotations/document-text.ts';
import { reanchorDocument } from '../annotations/reanchor.ts';
import { indexDocument } from '../search/search-index.ts';
import { relinkNearDuplicates } from './near-duplicates.ts';
import { sha256 } from './store-document.ts';

export interface NewDocumentVersion {
  bytes: Uint8Array;
  mediaType: string;
  format: string;
  fileName: string | null;
  text: string;
  /** Offsets where each page starts; [0] for text without pages. */
  pages?: number[] | undefined;
  /** Format-specific metadata of the new version (replaces the old version's). */
  metadata?: Record<string, unknown> | undefined;
}

export interface ReplaceResult {
  textChanged: boolean;
  previous: DocumentVersion;
  report: ReanchorReport;
}

function describeReport(report: ReanchorReport): string {
  const parts: string[] = [];
  const a = report.annotations;
  const c = report.claims;
  const total = (n: typeof a) => n.anchored + n.moved + n.fuzzy + n.orphaned;
  if (total(a) > 0) parts.push(`${total(a)} annotations re-anchored (${a.moved} moved, ${a.fuzzy} to review, ${a.orphaned} not found)`);
  if (total(c) > 0) parts.push(`${total(c)} claims re-anchored (${c.moved} moved, ${c.fuzzy} to review, ${c.orphaned} not found)`);
  return parts.length > 0 ? `; ${parts.join('; ')}` : '';
}

/** Makes `next` the document's text and re-anchors what points into it. Call inside a transaction. */
export function replaceDocumentText(db: WritableDb, documentId: string, next: NewDocumentVersion, actor: string, at = new Date().toISOString()): ReplaceResult {
  const old = readDocumentText(db, documentId);
  const metaRow = statement(db, 'SELECT metadata FROM documents WHERE id = ?').get(documentId) as { metadata: string };
  const oldMetadata = JSON.parse(metaRow.metadata) as Record<string, unknown>;
  const previous: DocumentVersion = {
    blobSha256: old.blobSha256,
    textSha256: old.textSha256,
    fileName: old.fileName,
    format: old.format,
    replacedAt: at,
    replacedBy: actor,
  };
  const blobSha256 = sha256(next.bytes);
  statement(db, 'INSERT INTO blobs (sha256, size, media_type, bytes) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
    blobSha256,
    next.bytes.byteLength,
    next.mediaType,
    next.bytes,
  );
  const textSha256 = sha256(next.text);
  const textChanged = textSha256 !== old.textSha256;
  const pages = next.pages ?? [0];
  statement(db, 'UPDATE document_texts SET text = ?, text_sha256 = ?, pages = ? WHERE document_id = ?').run(next.text, textSha256, JSON.stringify(pages), documentId);

  const report = reanchorDocument(db, documentId, actor, { previousText: old.text, at });
  if (textChanged) {
    // The derived indexes follow the new text in the same transaction.
    indexDocument(db, documentId);
    relinkNearDuplicates(db, documentId, next.text);
  }
  const previousVersions = Array.isArray(oldMetadata['previousVersions']) ? (oldMetadata['previousVersions'] as unknown[]) : [];
  updateRecord(
    db,
    'documents',
    documentId,
    {
      blob_sha256: blobSha256,
      format: next.format,
      file_name: next.fileName,
      size_bytes: next.bytes.byteLength,
      page_count: next.pages ? pages.length : null,
      metadata: { ...(next.metadata ?? oldMetadata), previousVersions: [...previousVersions, previous] },
    },
    actor,
    {
      at,
      children: textChanged ? { before: { text_sha256: old.textSha256 }, after: { text_sha256: textSha256 } } : { before: {}, after: {} },
      summary: `replaced with a new version (${next.fileName ?? 'new text'})${textChanged ? describeReport(report) : ', same text'}`,
    },
  );
  return { textChanged, previous, report };
}
