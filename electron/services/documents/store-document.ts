/**
 * Persisting one document: its original bytes (addressed by SHA-256, stored once), its
 * metadata row, its plain text (the coordinate system claims and annotations point into),
 * its source in the registry, and its entry in the full-text index — all in the caller's
 * transaction (one per document), so a document is either wholly in the case or not at all.
 */
import { createHash } from 'node:crypto';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { insertRecord } from '../casefile/record-store.ts';
import { indexDocument } from '../search/search-index.ts';
import { findOrCreateSource } from '../sources/source-registry.ts';

export interface DocumentInput {
  bytes: Uint8Array;
  mediaType: string;
  format: string;
  fileName: string | null;
  title: string;
  text: string;
  /** Offsets where each page starts; [0] for text without pages. */
  pages?: number[];
  sourceName?: string | null;
  author?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  metadata?: Record<string, unknown>;
  parentId?: string | null;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The live document already holding exactly these bytes, if any. */
export function findByBytes(db: ReadableDb, bytesSha256: string): { id: string; title: string } | null {
  const row = statement(db, 'SELECT id, title FROM documents WHERE blob_sha256 = ? AND deleted_at IS NULL LIMIT 1').get(bytesSha256) as
    | { id: string; title: string }
    | undefined;
  return row ?? null;
}

export function storeDocument(db: WritableDb, input: DocumentInput, actor: string): { id: string; blobSha256: string } {
  const blobSha256 = sha256(input.bytes);
  statement(db, 'INSERT INTO blobs (sha256, size, media_type, bytes) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING').run(
    blobSha256,
    input.bytes.byteLength,
    input.mediaType,
    input.bytes,
  );
  const sourceId = input.sourceName ? findOrCreateSource(db, input.sourceName, actor) : null;
  const pages = input.pages ?? [0];
  const { id } = insertRecord(
    db,
    'documents',
    {
      parent_id: input.parentId ?? null,
      blob_sha256: blobSha256,
      format: input.format,
      file_name: input.fileName,
      title: input.title,
      source_id: sourceId,
      author: input.author ?? null,
      published: input.published ?? null,
      url: input.url ?? null,
      language: input.language ?? null,
      page_count: input.pages ? pages.length : null,
      size_bytes: input.bytes.byteLength,
      metadata: input.metadata ?? {},
    },
    actor,
    { summary: `imported ${input.fileName ?? input.title}` },
  );
  statement(db, 'INSERT INTO document_texts (document_id, text, text_sha256, pages) VALUES (?, ?, ?, ?)').run(
    id,
    input.text,
    sha256(input.text),
    JSON.stringify(pages),
  );
  indexDocument(db, id, { title: input.title, text: input.text, notes: '' });
  return { id, blobSha256 };
}
