/**
 * Keeps the full-text index in step with the documents. Every write path calls these
 * inside the transaction that changes the document (import, title edit, deletion,
 * restore), so the index never disagrees with what a case holds. The index stores the
 * folded text of shared/domain/search-text.ts; a case indexed by an older folding (or
 * written by code that did not index) is brought up to date by ensureSearchIndex.
 */
import { SEARCH_TEXT_VERSION, searchText } from '../../../shared/domain/search-text.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';

export const SEARCH_INDEX = 'search';

interface IndexedContent {
  title: string;
  text: string;
  notes?: string;
}

function rowIdOf(db: ReadableDb, documentId: string): number | null {
  const row = statement(db, 'SELECT id FROM search_rows WHERE document_id = ?').get(documentId) as { id: number } | undefined;
  return row?.id ?? null;
}

function annotationNotes(db: ReadableDb, documentId: string): string {
  const row = statement(
    db,
    "SELECT group_concat(note, char(10)) AS notes FROM annotations WHERE document_id = ? AND deleted_at IS NULL AND note != ''",
  ).get(documentId) as { notes: string | null };
  return row.notes ?? '';
}

/** Indexes (or re-indexes) one document. Pass its content when the caller has it at hand. */
export function indexDocument(db: WritableDb, documentId: string, content?: IndexedContent): void {
  const source = content ?? readContent(db, documentId);
  if (!source) return;
  let rowId = rowIdOf(db, documentId);
  if (rowId === null) {
    rowId = Number(statement(db, 'INSERT INTO search_rows (document_id) VALUES (?)').run(documentId).lastInsertRowid);
  } else {
    statement(db, 'DELETE FROM document_search WHERE rowid = ?').run(rowId);
  }
  const notes = source.notes ?? annotationNotes(db, documentId);
  statement(db, 'INSERT INTO document_search (rowid, title, body, notes) VALUES (?, ?, ?, ?)').run(
    rowId,
    searchText(source.title),
    searchText(source.text),
    searchText(notes),
  );
}

/**
 * Re-indexes a document after its annotation notes changed (a note written, edited,
 * deleted or restored), so the notes are searchable with its text. Called by the
 * annotation store inside the transaction of the annotation write; the whole entry is
 * rewritten because a contentless FTS5 row cannot be updated column by column.
 */
export function reindexDocumentNotes(db: WritableDb, documentId: string): void {
  indexDocument(db, documentId);
}

/** Takes a document out of the index (it was deleted); its row id is kept for a restore. */
export function unindexDocument(db: WritableDb, documentId: string): void {
  const rowId = rowIdOf(db, documentId);
  if (rowId !== null) statement(db, 'DELETE FROM document_search WHERE rowid = ?').run(rowId);
}

function readContent(db: ReadableDb, documentId: string): IndexedContent | null {
  const row = statement(
    db,
    `SELECT d.title, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id
     WHERE d.id = ? AND d.deleted_at IS NULL`,
  ).get(documentId) as { title: string; text: string } | undefined;
  return row ? { title: row.title, text: row.text } : null;
}

export function indexVersion(db: ReadableDb, name: string): number | null {
  const row = statement(db, 'SELECT version FROM index_versions WHERE name = ?').get(name) as { version: number } | undefined;
  return row?.version ?? null;
}

export function setIndexVersion(db: WritableDb, name: string, version: number): void {
  statement(db, 'INSERT INTO index_versions (name, version) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET version = excluded.version').run(
    name,
    version,
  );
}

/** Re-indexes every live document (after the folding changed). Runs in batches of transactions. */
export function rebuildSearchIndex(db: WritableDb): number {
  db.transaction(() => {
    statement(db, "INSERT INTO document_search (document_search) VALUES ('delete-all')").run();
  })();
  const ids = (statement(db, 'SELECT id FROM documents WHERE deleted_at IS NULL ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  for (let i = 0; i < ids.length; i += 500) {
    db.transaction(() => {
      for (const id of ids.slice(i, i + 500)) indexDocument(db, id);
    })();
  }
  db.transaction(() => setIndexVersion(db, SEARCH_INDEX, SEARCH_TEXT_VERSION))();
  return ids.length;
}

/** Indexes live documents the index does not know (written by code that did not index them, e.g. a merge). */
export function indexMissingDocuments(db: WritableDb): number {
  const missing = statement(
    db,
    `SELECT d.id FROM documents d WHERE d.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM search_rows r WHERE r.document_id = d.id)`,
  ).all() as { id: string }[];
  db.transaction(() => {
    for (const { id } of missing) indexDocument(db, id);
  })();
  return missing.length;
}
