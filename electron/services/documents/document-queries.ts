/** Reading documents: the sorted, filtered list and one document with its text. */
import type { DocumentDetail, DocumentFilter, DocumentSort, DocumentSummary, SimilarDocument } from '../../../shared/contract/documents.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';

export interface DocumentRow {
  id: string;
  rev: string;
  title: string;
  format: string;
  file_name: string | null;
  source_id: string | null;
  source_name: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  page_count: number | null;
  size_bytes: number;
  text_length: number;
  parent_id: string | null;
  created_at: string;
  created_by: string;
  dup_id: string | null;
  dup_title: string | null;
  dup_source: string | null;
  dup_similarity: number | null;
  dup_count: number;
}

/** Columns of a summary; the best near-duplicate comes from a correlated subquery (one index seek per row). */
export const SUMMARY_COLUMNS = `
  d.id, d.rev, d.title, d.format, d.file_name, d.source_id, s.name AS source_name, d.author, d.published, d.url,
  d.language, d.page_count, d.size_bytes, coalesce(length(t.text), 0) AS text_length, d.parent_id, d.created_at, d.created_by,
  nd.other_id AS dup_id, od.title AS dup_title, os.name AS dup_source, nd.similarity AS dup_similarity,
  (SELECT count(*) FROM near_duplicates n2 JOIN documents o2 ON o2.id = n2.other_id AND o2.deleted_at IS NULL WHERE n2.document_id = d.id) AS dup_count`;

/** The most similar live near-duplicate of each document. */
const BEST_LINK = `
  LEFT JOIN near_duplicates nd ON nd.document_id = d.id AND nd.other_id = (
    SELECT n.other_id FROM near_duplicates n JOIN documents o ON o.id = n.other_id AND o.deleted_at IS NULL
     WHERE n.document_id = d.id ORDER BY n.similarity DESC LIMIT 1)
  LEFT JOIN documents od ON od.id = nd.other_id
  LEFT JOIN sources os ON os.id = od.source_id`;

export function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    rev: row.rev,
    title: row.title,
    format: row.format,
    fileName: row.file_name,
    sourceId: row.source_id,
    sourceName: row.source_name,
    author: row.author,
    published: row.published,
    url: row.url,
    language: row.language,
    pageCount: row.page_count,
    sizeBytes: row.size_bytes,
    textLength: row.text_length,
    parentId: row.parent_id,
    importedAt: row.created_at,
    importedBy: row.created_by,
    nearDuplicate:
      row.dup_id && row.dup_similarity !== null
        ? { documentId: row.dup_id, title: row.dup_title ?? '', sourceName: row.dup_source, similarity: row.dup_similarity }
        : null,
    nearDuplicateCount: row.dup_count,
  };
}

/** ORDER BY clauses, from this fixed table only (never from input). Undated documents sort last either way. */
const ORDER: Record<DocumentSort, Record<'asc' | 'desc', string>> = {
  published: {
    asc: 'd.published IS NULL, d.published ASC, d.title COLLATE NOCASE ASC, d.id',
    desc: 'd.published IS NULL, d.published DESC, d.title COLLATE NOCASE ASC, d.id',
  },
  source: {
    asc: 's.name IS NULL, s.name COLLATE NOCASE ASC, d.published DESC, d.id',
    desc: 's.name IS NULL, s.name COLLATE NOCASE DESC, d.published DESC, d.id',
  },
  title: { asc: 'd.title COLLATE NOCASE ASC, d.id', desc: 'd.title COLLATE NOCASE DESC, d.id' },
  imported: { asc: 'd.created_at ASC, d.id', desc: 'd.created_at DESC, d.id DESC' },
};

/**
 * The filter as SQL over `d` (documents): one fixed text with every parameter bound, so
 * the statement is prepared once. An empty list or a null date means "no narrowing".
 */
export const FILTER_WHERE = `d.deleted_at IS NULL
  AND (@sourceIds IS NULL OR d.source_id IN (SELECT value FROM json_each(@sourceIds)))
  AND (@publishedFrom IS NULL OR d.published >= @publishedFrom)
  AND (@publishedTo IS NULL OR substr(d.published, 1, length(@publishedTo)) <= @publishedTo)
  AND (@formats IS NULL OR d.format IN (SELECT value FROM json_each(@formats)))`;

export interface FilterParams {
  sourceIds: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  formats: string | null;
}

export function filterParams(filter: DocumentFilter): FilterParams {
  return {
    sourceIds: filter.sourceIds && filter.sourceIds.length > 0 ? JSON.stringify(filter.sourceIds) : null,
    publishedFrom: filter.publishedFrom ?? null,
    publishedTo: filter.publishedTo ?? null,
    formats: filter.formats && filter.formats.length > 0 ? JSON.stringify(filter.formats) : null,
  };
}

export function listDocuments(
  db: ReadableDb,
  input: DocumentFilter & { sort: DocumentSort; direction: 'asc' | 'desc'; offset: number; limit: number },
): { total: number; items: DocumentSummary[] } {
  const params = filterParams(input);
  const total = (statement(db, `SELECT count(*) AS n FROM documents d WHERE ${FILTER_WHERE}`).get(params) as { n: number }).n;
  const page = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM (
       SELECT d.* FROM documents d LEFT JOIN sources s ON s.id = d.source_id
        WHERE ${FILTER_WHERE} ORDER BY ${ORDER[input.sort][input.direction]} LIMIT @limit OFFSET @offset
     ) d
     LEFT JOIN sources s ON s.id = d.source_id
     LEFT JOIN document_texts t ON t.document_id = d.id
     ${BEST_LINK}
     ORDER BY ${ORDER[input.sort][input.direction]}`,
  ).all({ ...params, limit: input.limit, offset: input.offset }) as DocumentRow[];
  return { total, items: page.map(toSummary) };
}

export function summariesById(db: ReadableDb, ids: string[]): Map<string, DocumentSummary> {
  const rows = statement(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM documents d
       LEFT JOIN sources s ON s.id = d.source_id
       LEFT JOIN document_texts t ON t.document_id = d.id
       ${BEST_LINK}
      WHERE d.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as DocumentRow[];
  return new Map(rows.map((r) => [r.id, toSummary(r)]));
}

export function similarDocuments(db: ReadableDb, documentId: string): SimilarDocument[] {
  return (
    statement(
      db,
      `SELECT n.other_id AS documentId, o.title, s.name AS sourceName, n.similarity
         FROM near_duplicates n JOIN documents o ON o.id = n.other_id AND o.deleted_at IS NULL
         LEFT JOIN sources s ON s.id = o.source_id
        WHERE n.document_id = ? ORDER BY n.similarity DESC`,
    ).all(documentId) as SimilarDocument[]
  ).map((r) => ({ ...r }));
}

export function getDocumentMeta(db: ReadableDb, id: string): Omit<DocumentDetail, 'text' | 'pages'> {
  const summary = summariesById(db, [id]).get(id);
  if (!summary) throw new ApiError('not_found', `There is no document with id ${id}.`);
  const row = statement(db, 'SELECT metadata, updated_at, updated_by, deleted_at, blob_sha256 FROM documents WHERE id = ?').get(id) as {
    metadata: string;
    updated_at: string;
    updated_by: string;
    deleted_at: string | null;
    blob_sha256: string | null;
  };
  const parent = summary.parentId ? (statement(db, 'SELECT id, title FROM documents WHERE id = ?').get(summary.parentId) as { id: string; title: string } | undefined) : undefined;
  const children = statement(
    db,
    'SELECT id, title, file_name AS fileName, format FROM documents WHERE parent_id = ? AND deleted_at IS NULL ORDER BY created_at, id',
  ).all(id) as { id: string; title: string; fileName: string | null; format: string }[];
  return {
    ...summary,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deleted: row.deleted_at !== null,
    blobSha256: row.blob_sha256,
    parent: parent ?? null,
    children: children.map((c) => ({ ...c })),
    nearDuplicates: similarDocuments(db, id),
  };
}

export function getDocument(db: ReadableDb, id: string): DocumentDetail {
  const meta = getDocumentMeta(db, id);
  const text = statement(db, 'SELECT text, pages FROM document_texts WHERE document_id = ?').get(id) as { text: string; pages: string } | undefined;
  return { ...meta, text: text?.text ?? '', pages: text ? (JSON.parse(text.pages) as number[]) : [0] };
}

export function documentFacets(db: ReadableDb): {
  sources: { id: string; name: string; documents: number }[];
  formats: { format: string; documents: number }[];
  publishedMin: string | null;
  publishedMax: string | null;
  undated: number;
} {
  const sources = statement(
    db,
    `SELECT s.id, s.name, count(*) AS documents FROM documents d JOIN sources s ON s.id = d.source_id
      WHERE d.deleted_at IS NULL GROUP BY s.id ORDER BY s.name COLLATE NOCASE`,
  ).all() as { id: string; name: string; documents: number }[];
  const formats = statement(db, 'SELECT format, count(*) AS documents FROM documents WHERE deleted_at IS NULL GROUP BY format ORDER BY documents DESC').all() as {
    format: string;
    documents: number;
  }[];
  const dates = statement(
    db,
    'SELECT min(published) AS min, max(published) AS max, sum(published IS NULL) AS undated FROM documents WHERE deleted_at IS NULL',
  ).get() as { min: string | null; max: string | null; undated: number | null };
  return {
    sources: sources.map((s) => ({ ...s })),
    formats: formats.map((f) => ({ ...f })),
    publishedMin: dates.min,
    publishedMax: dates.max,
    undated: dates.undated ?? 0,
  };
}
