/** Reading annotations: one, or a filtered page of a document's or the case's. */
import type { AnchorDetail, Annotation, AnnotationFilter } from '../../../shared/contract/annotations.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';

/** Stands for "annotations without a (live) tag" in a tag filter. */
export const UNTAGGED = 'untagged';

interface AnnotationRow {
  id: string;
  rev: string;
  document_id: string;
  document_title: string;
  page_count: number | null;
  pages: string | null;
  kind: Annotation['kind'];
  span_start: number;
  span_end: number;
  exact: string;
  prefix: string;
  suffix: string;
  note: string;
  claim_id: string | null;
  claim_text: string | null;
  claim_value: number | null;
  claim_unit: string | null;
  claim_deleted_at: string | null;
  claim_exists: number | null;
  anchor_status: Annotation['anchorStatus'];
  anchor_detail: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
}

const SELECT = `
  SELECT a.*, d.title AS document_title, d.page_count, t.pages,
         c.text AS claim_text, c.value AS claim_value, c.unit AS claim_unit, c.deleted_at AS claim_deleted_at,
         (c.id IS NOT NULL) AS claim_exists
  FROM annotations a
  JOIN documents d ON d.id = a.document_id
  LEFT JOIN document_texts t ON t.document_id = a.document_id
  LEFT JOIN claims c ON c.id = a.claim_id`;

/**
 * The filter as SQL with bound parameters. Lists travel as one JSON parameter
 * (json_each), so the statement text is the same whatever their length and stays cached.
 */
function where(filter: AnnotationFilter): { sql: string; params: unknown[] } {
  const clauses = ['a.deleted_at IS NULL', 'd.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.documentId !== undefined) {
    clauses.push('a.document_id = ?');
    params.push(filter.documentId);
  }
  if (filter.tagIds !== undefined && filter.tagIds.length > 0) {
    const ids = filter.tagIds.filter((id) => id !== UNTAGGED);
    const untagged = ids.length !== filter.tagIds.length;
    clauses.push(`(a.id IN (SELECT at.annotation_id FROM annotation_tags at WHERE at.tag_id IN (SELECT value FROM json_each(?)))
      OR (? AND NOT EXISTS (SELECT 1 FROM annotation_tags at JOIN tags tg ON tg.id = at.tag_id WHERE at.annotation_id = a.id AND tg.deleted_at IS NULL)))`);
    params.push(JSON.stringify(ids), untagged ? 1 : 0);
  }
  if (filter.authors !== undefined && filter.authors.length > 0) {
    clauses.push('a.created_by IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.authors));
  }
  if (filter.kinds !== undefined && filter.kinds.length > 0) {
    clauses.push('a.kind IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.kinds));
  }
  if (filter.anchorStatuses !== undefined && filter.anchorStatuses.length > 0) {
    clauses.push('a.anchor_status IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filter.anchorStatuses));
  }
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push("(a.exact LIKE ? ESCAPE '\\' OR a.note LIKE ? ESCAPE '\\')");
    params.push(pattern, pattern);
  }
  return { sql: clauses.join(' AND '), params };
}

/** 1-based page of `offset` in a paged document, else null. */
export function pageOf(pagesJson: string | null, pageCount: number | null, offset: number): number | null {
  if (pageCount === null || pagesJson === null) return null;
  const pages = JSON.parse(pagesJson) as number[];
  let page = 0;
  while (page + 1 < pages.length && pages[page + 1]! <= offset) page++;
  return page + 1;
}

function tagsOf(db: ReadableDb, ids: string[]): Map<string, Annotation['tags']> {
  const tags = new Map<string, Annotation['tags']>();
  if (ids.length === 0) return tags;
  const rows = statement(
    db,
    `SELECT at.annotation_id, tg.id, tg.name, tg.color FROM annotation_tags at JOIN tags tg ON tg.id = at.tag_id
     WHERE at.annotation_id IN (SELECT value FROM json_each(?)) AND tg.deleted_at IS NULL
     ORDER BY tg.name COLLATE NOCASE`,
  ).all(JSON.stringify(ids)) as { annotation_id: string; id: string; name: string; color: string }[];
  for (const row of rows) {
    const list = tags.get(row.annotation_id) ?? [];
    list.push({ id: row.id, name: row.name, color: row.color });
    tags.set(row.annotation_id, list);
  }
  return tags;
}

function toAnnotation(row: AnnotationRow, tags: Annotation['tags']): Annotation {
  return {
    id: row.id,
    rev: row.rev,
    documentId: row.document_id,
    documentTitle: row.document_title,
    kind: row.kind,
    start: row.span_start,
    end: row.span_end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    note: row.note,
    tags,
    claimId: row.claim_id,
    claim: row.claim_id && row.claim_exists
      ? { id: row.claim_id, text: row.claim_text ?? '', value: row.claim_value, unit: row.claim_unit, deleted: row.claim_deleted_at !== null }
      : null,
    anchorStatus: row.anchor_status,
    anchorDetail: JSON.parse(row.anchor_detail) as AnchorDetail,
    page: row.anchor_status === 'orphaned' ? null : pageOf(row.pages, row.page_count, row.span_start),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deleted: row.deleted_at !== null,
  };
}

/** One annotation, deleted or not. */
export function getAnnotation(db: ReadableDb, id: string): Annotation {
  const row = statement(db, `${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  if (!row) throw new ApiError('not_found', `There is no annotation with id ${id}.`);
  return toAnnotation(row, tagsOf(db, [id]).get(id) ?? []);
}

export interface AnnotationPage {
  total: number;
  items: Annotation[];
  authors: string[];
  needsReview: number;
}

export function listAnnotations(db: ReadableDb, filter: AnnotationFilter, offset = 0, limit = 2000): AnnotationPage {
  const { sql, params } = where(filter);
  const order = filter.documentId !== undefined ? 'a.span_start, a.span_end, a.id' : 'd.title COLLATE NOCASE, a.document_id, a.span_start, a.id';
  const rows = statement(db, `${SELECT} WHERE ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as AnnotationRow[];
  const total = (statement(db, `SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.document_id WHERE ${sql}`).get(...params) as { n: number }).n;
  const tags = tagsOf(
    db,
    rows.map((r) => r.id),
  );
  const scope = filter.documentId !== undefined ? 'a.document_id = ?' : '1';
  const scopeParams = filter.documentId !== undefined ? [filter.documentId] : [];
  const authors = (
    statement(
      db,
      `SELECT DISTINCT a.created_by FROM annotations a JOIN documents d ON d.id = a.document_id
       WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND ${scope} ORDER BY a.created_by COLLATE NOCASE`,
    ).all(...scopeParams) as { created_by: string }[]
  ).map((r) => r.created_by);
  const needsReview = (
    statement(
      db,
      `SELECT count(*) AS n FROM annotations a JOIN documents d ON d.id = a.document_id
       WHERE a.deleted_at IS NULL AND d.deleted_at IS NULL AND a.anchor_status IN ('fuzzy', 'orphaned') AND ${scope}`,
    ).get(...scopeParams) as { n: number }
  ).n;
  return { total, items: rows.map((row) => toAnnotation(row, tags.get(row.id) ?? [])), authors, needsReview };
}
