/**
 * Changing documents: metadata edits, deletion (a tombstone) and restore. Every write goes
 * through the record store (change log, revs) and keeps the search index and the
 * near-duplicate buckets in step, in the same transaction.
 */
import type { DocumentDetail } from '../../../shared/contract/documents.ts';
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, restoreRecord, updateRecord, type RecordValues } from '../casefile/record-store.ts';
import { indexDocument, unindexDocument } from '../search/search-index.ts';
import { findOrCreateSource } from '../sources/source-registry.ts';
import { getDocumentMeta } from './document-queries.ts';
import { forgetNearDuplicateBuckets, linkNearDuplicates } from './near-duplicates.ts';

export interface DocumentPatch {
  id: string;
  expectedRev?: string | undefined;
  title?: string | undefined;
  sourceName?: string | null | undefined;
  author?: string | null | undefined;
  published?: string | null | undefined;
  url?: string | null | undefined;
  language?: string | null | undefined;
  pageCount?: number | null | undefined;
}

const emptyToNull = (value: string | null | undefined): string | null | undefined => (value === '' ? null : value);

export function updateDocument(db: WritableDb, patch: DocumentPatch, actor: string): Omit<DocumentDetail, 'text' | 'pages'> {
  db.transaction(() => {
    const values: RecordValues<'documents'> = {};
    if (patch.title !== undefined) values.title = patch.title;
    if (patch.author !== undefined) values.author = emptyToNull(patch.author);
    if (patch.published !== undefined) values.published = emptyToNull(patch.published);
    if (patch.url !== undefined) values.url = emptyToNull(patch.url);
    if (patch.language !== undefined) values.language = emptyToNull(patch.language);
    if (patch.pageCount !== undefined) values.page_count = patch.pageCount;
    if (patch.sourceName !== undefined) {
      const name = emptyToNull(patch.sourceName);
      values.source_id = name ? findOrCreateSource(db, name, actor) : null;
    }
    const { changed } = updateRecord(db, 'documents', patch.id, values, actor, {
      ...(patch.expectedRev !== undefined ? { expectedRev: patch.expectedRev } : {}),
      summary: 'edited document details',
    });
    if (changed.includes('title')) indexDocument(db, patch.id);
  })();
  return getDocumentMeta(db, patch.id);
}

function liveChildren(db: WritableDb, id: string): string[] {
  return (statement(db, 'SELECT id FROM documents WHERE parent_id = ? AND deleted_at IS NULL').all(id) as { id: string }[]).map((r) => r.id);
}

/** Tombstones documents and the attachments they carry; returns every id deleted. */
export function deleteDocuments(db: WritableDb, ids: string[], actor: string): string[] {
  const deleted: string[] = [];
  // One timestamp for the whole deletion: restoring an e-mail finds its attachments by it.
  const at = new Date().toISOString();
  db.transaction(() => {
    const visit = (id: string): void => {
      for (const child of liveChildren(db, id)) visit(child);
      const row = statement(db, 'SELECT deleted_at FROM documents WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
      if (!row || row.deleted_at !== null) return;
      deleteRecord(db, 'documents', id, actor, { at, summary: 'deleted document' });
      unindexDocument(db, id);
      forgetNearDuplicateBuckets(db, id);
      deleted.push(id);
    };
    for (const id of ids) visit(id);
  })();
  return deleted;
}

/** Undoes deletions (attachments deleted with their e-mail come back with it). */
export function restoreDocuments(db: WritableDb, ids: string[], actor: string): string[] {
  const restored: string[] = [];
  db.transaction(() => {
    const visit = (id: string, deletedAt: string | null): void => {
      const row = statement(db, 'SELECT deleted_at FROM documents WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
      if (!row || row.deleted_at === null) return;
      const when = deletedAt ?? row.deleted_at;
      restoreRecord(db, 'documents', id, actor, { summary: 'restored document' });
      indexDocument(db, id);
      const text = statement(db, 'SELECT text FROM document_texts WHERE document_id = ?').get(id) as { text: string } | undefined;
      linkNearDuplicates(db, id, text?.text ?? '');
      restored.push(id);
      const children = statement(db, 'SELECT id FROM documents WHERE parent_id = ? AND deleted_at = ?').all(id, when) as { id: string }[];
      for (const child of children) visit(child.id, when);
    };
    for (const id of ids) visit(id, null);
  })();
  return restored;
}
