/**
 * Writing annotations. Every write goes through the record store (author and time
 * stamped, change logged, deletions as tombstones) in one transaction with its tags and,
 * for a claim, the claim it anchors.
 */
import type { Annotation, ClaimDraft } from '../../../shared/contract/annotations.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, insertRecord, restoreRecord, updateRecord } from '../casefile/record-store.ts';
import { getAnnotation } from './annotation-queries.ts';
import { draftClaim } from './claim-draft.ts';
import { checkSpan, readDocumentText } from './document-text.ts';
import { reindexDocumentNotes } from '../search/search-index.ts';
import { reanchorDocument } from './reanchor.ts';
import { describeSpan } from './text-quote.ts';
import type { SpanClaim } from '../extract/span-claim.ts';

function quoteForLog(exact: string): string {
  const flat = exact.replace(/\s+/g, ' ');
  return flat.length > 50 ? `"${flat.slice(0, 47)}…"` : `"${flat}"`;
}

function checkTags(db: ReadableDb, tagIds: readonly string[]): string[] {
  const unique = [...new Set(tagIds)];
  for (const id of unique) {
    const row = statement(db, 'SELECT deleted_at FROM tags WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!row || row.deleted_at !== null) throw new ApiError('not_found', `There is no tag with id ${id} (it may have been deleted).`);
  }
  return unique.sort();
}

function tagIdsOf(db: ReadableDb, annotationId: string): string[] {
  return (statement(db, 'SELECT tag_id FROM annotation_tags WHERE annotation_id = ? ORDER BY tag_id').all(annotationId) as { tag_id: string }[]).map(
    (r) => r.tag_id,
  );
}

function insertTags(db: WritableDb, table: 'annotation_tags' | 'claim_tags', ownerId: string, tagIds: readonly string[]): void {
  const sql =
    table === 'annotation_tags'
      ? 'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)'
      : 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)';
  for (const tagId of tagIds) statement(db, sql).run(ownerId, tagId);
}

export interface NewAnnotation {
  documentId: string;
  start: number;
  end: number;
  exact: string;
  kind: 'highlight' | 'note';
  tagIds: string[];
  note: string;
}

export function createAnnotation(db: WritableDb, input: NewAnnotation, actor: string): Annotation {
  const id = db.transaction(() => {
    const doc = readDocumentText(db, input.documentId);
    const span = checkSpan(doc, input.start, input.end, input.exact);
    const tagIds = checkTags(db, input.tagIds);
    const anchor = describeSpan(doc.text, span.start, span.end);
    const { id } = insertRecord(
      db,
      'annotations',
      {
        document_id: doc.documentId,
        kind: input.kind,
        span_start: anchor.start,
        span_end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        note: input.note,
        anchor_status: 'anchored',
        text_sha256: doc.textSha256,
        anchor_detail: {},
      },
      actor,
      { children: { tags: tagIds }, summary: `${input.kind === 'note' ? 'noted' : 'highlighted'} ${quoteForLog(anchor.exact)} in "${doc.title}"` },
    );
    insertTags(db, 'annotation_tags', id, tagIds);
    if (input.note !== '') reindexDocumentNotes(db, doc.documentId);
    return id;
  })();
  return getAnnotation(db, id);
}

export interface AnnotationPatch {
  id: string;
  expectedRev?: string | undefined;
  note?: string | undefined;
  tagIds?: string[] | undefined;
  kind?: 'highlight' | 'note' | undefined;
  span?: { start: number; end: number; exact: string } | undefined;
  /** The analyst checked a moved or fuzzy annotation: it is anchored. */
  confirmAnchor?: boolean | undefined;
}

export function updateAnnotation(db: WritableDb, patch: AnnotationPatch, actor: string): Annotation {
  db.transaction(() => {
    const current = getAnnotation(db, patch.id);
    if (current.deleted) throw new ApiError('not_found', 'This annotation was deleted; restore it before editing.');
    if (patch.kind !== undefined && current.kind === 'claim') throw new ApiError('invalid_input', 'A claim anchor stays a claim anchor.');
    const values: Record<string, unknown> = { note: patch.note, kind: patch.kind };
    if (patch.confirmAnchor) {
      if (current.anchorStatus === 'orphaned') throw new ApiError('invalid_input', 'An orphaned annotation needs a new span: select its words again.');
      values['anchor_status'] = 'anchored';
    }
    if (patch.span) {
      const doc = readDocumentText(db, current.documentId);
      const span = checkSpan(doc, patch.span.start, patch.span.end, patch.span.exact);
      const anchor = describeSpan(doc.text, span.start, span.end);
      Object.assign(values, {
        span_start: anchor.start,
        span_end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        anchor_status: 'anchored',
        text_sha256: doc.textSha256,
        anchor_detail: current.anchorStatus === 'anchored' ? current.anchorDetail : { ...current.anchorDetail, previousExact: current.exact },
      });
    }
    let children: { before: Record<string, unknown>; after: Record<string, unknown> } | undefined;
    if (patch.tagIds !== undefined) {
      const before = tagIdsOf(db, patch.id);
      const after = checkTags(db, patch.tagIds);
      if (before.join() !== after.join()) {
        statement(db, 'DELETE FROM annotation_tags WHERE annotation_id = ?').run(patch.id);
        insertTags(db, 'annotation_tags', patch.id, after);
        children = { before: { tags: before }, after: { tags: after } };
      }
    }
    updateRecord(db, 'annotations', patch.id, values, actor, {
      ...(patch.expectedRev ? { expectedRev: patch.expectedRev } : {}),
      ...(children ? { children } : {}),
      summary: `edited the annotation on ${quoteForLog(current.exact)}`,
    });
    if (patch.note !== undefined && patch.note !== current.note) reindexDocumentNotes(db, current.documentId);
  })();
  return getAnnotation(db, patch.id);
}

/** Tombstones annotations (and, with `withClaims`, the live claims they anchor). */
export function deleteAnnotations(db: WritableDb, ids: string[], withClaims: boolean, actor: string): { deleted: string[]; claimsDeleted: string[] } {
  return db.transaction(() => {
    const deleted: string[] = [];
    const claimsDeleted: string[] = [];
    const withNotes = new Set<string>();
    for (const id of ids) {
      const annotation = getAnnotation(db, id);
      if (annotation.deleted) continue;
      deleteRecord(db, 'annotations', id, actor, { summary: `deleted the annotation on ${quoteForLog(annotation.exact)}` });
      deleted.push(id);
      if (annotation.note !== '') withNotes.add(annotation.documentId);
      if (withClaims && annotation.claim && !annotation.claim.deleted) {
        deleteRecord(db, 'claims', annotation.claim.id, actor, { summary: `deleted with its annotation on ${quoteForLog(annotation.exact)}` });
        claimsDeleted.push(annotation.claim.id);
      }
    }
    for (const documentId of withNotes) reindexDocumentNotes(db, documentId);
    return { deleted, claimsDeleted };
  })();
}

export function restoreAnnotations(db: WritableDb, ids: string[], claimIds: string[], actor: string): { restored: string[]; claimsRestored: string[] } {
  return db.transaction(() => {
    const claimsRestored: string[] = [];
    for (const id of claimIds) {
      const row = statement(db, 'SELECT deleted_at FROM claims WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
      if (!row) throw new ApiError('not_found', `There is no claim with id ${id}.`);
      if (row.deleted_at === null) continue;
      restoreRecord(db, 'claims', id, actor, { summary: 'restored with its annotation' });
      claimsRestored.push(id);
    }
    const restored: string[] = [];
    const byDocument = new Map<string, string[]>();
    const withNotes = new Set<string>();
    for (const id of ids) {
      const annotation = getAnnotation(db, id);
      if (!annotation.deleted) continue;
      restoreRecord(db, 'annotations', id, actor, { summary: `restored the annotation on ${quoteForLog(annotation.exact)}` });
      restored.push(id);
      byDocument.set(annotation.documentId, [...(byDocument.get(annotation.documentId) ?? []), id]);
      if (annotation.note !== '') withNotes.add(annotation.documentId);
    }
    // An annotation deleted before its document's text changed comes back re-anchored.
    for (const [documentId, annotationIds] of byDocument) reanchorDocument(db, documentId, actor, { annotationIds });
    for (const documentId of withNotes) reindexDocumentNotes(db, documentId);
    return { restored, claimsRestored };
  })();
}

export interface NewClaimAnnotation {
  documentId: string;
  start: number;
  end: number;
  exact: string;
  tagIds: string[];
  note: string;
}

/** What the extractor recognises under a span (see extract/span-claim.ts), or null. */
export type SpanPrefill = (db: WritableDb, documentId: string, start: number, end: number) => SpanClaim | null;

/** A claim from a span (prefilled by the extractor where it can) and its anchoring annotation. */
export function createClaimFromSpan(
  db: WritableDb,
  input: NewClaimAnnotation,
  actor: string,
  prefill: SpanPrefill = () => null,
): { annotation: Annotation; claim: ClaimDraft } {
  const ids = db.transaction(() => {
    const doc = readDocumentText(db, input.documentId);
    const span = checkSpan(doc, input.start, input.end, input.exact);
    const tagIds = checkTags(db, input.tagIds);
    const anchor = describeSpan(doc.text, span.start, span.end);
    const found = prefill(db, doc.documentId, anchor.start, anchor.end);
    const draft = draftClaim(doc.text, anchor.start, anchor.end, found?.values);
    const claim = insertRecord(
      db,
      'claims',
      {
        ...(found?.values ?? {}),
        document_id: doc.documentId,
        span_start: anchor.start,
        span_end: anchor.end,
        text: draft.text,
        origin: 'annotation',
        anchor_status: 'anchored',
      },
      actor,
      { children: { tags: tagIds }, summary: `claim from ${quoteForLog(anchor.exact)} in "${doc.title}"${found ? ' (prefilled by the extractor)' : ''}` },
    );
    insertTags(db, 'claim_tags', claim.id, tagIds);
    for (const placeId of found?.placeIds ?? []) statement(db, 'INSERT OR IGNORE INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(claim.id, placeId);
    const annotation = insertRecord(
      db,
      'annotations',
      {
        document_id: doc.documentId,
        kind: 'claim',
        span_start: anchor.start,
        span_end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        note: input.note,
        claim_id: claim.id,
        anchor_status: 'anchored',
        text_sha256: doc.textSha256,
        anchor_detail: {},
      },
      actor,
      { children: { tags: tagIds }, summary: `anchored a claim on ${quoteForLog(anchor.exact)} in "${doc.title}"` },
    );
    insertTags(db, 'annotation_tags', annotation.id, tagIds);
    if (input.note !== '') reindexDocumentNotes(db, doc.documentId);
    return { annotationId: annotation.id, claimId: claim.id, claimRev: claim.rev, draft };
  })();
  const { draft } = ids;
  return {
    annotation: getAnnotation(db, ids.annotationId),
    claim: {
      id: ids.claimId,
      rev: ids.claimRev,
      text: draft.text,
      value: draft.value,
      valueMin: draft.valueMin,
      valueMax: draft.valueMax,
      qualifier: draft.qualifier,
      unit: draft.unit,
      subject: draft.subject,
      whenText: draft.whenText,
      extracted: draft.extracted,
    },
  };
}
