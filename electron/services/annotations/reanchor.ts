/**
 * Re-anchoring a document's annotations and claims after its text changed. Annotations
 * know which version of the text their selectors point into (text_sha256), so this finds
 * the stale ones whatever made them stale: a re-import here, a merge of a colleague's
 * re-import, an import of annotations made elsewhere. Claims store only a span; they are
 * re-anchored when the previous text is at hand (a re-import), from the quote that span
 * covered in it.
 *
 * Results are written through the record store (logged as edits by the analyst who
 * changed the text). Nothing is dropped: what cannot be found is marked `orphaned` and
 * keeps its quote; a `fuzzy` annotation stays fuzzy across later re-anchorings until the
 * analyst confirms it.
 */
import type { AnchorDetail, AnchorStatus, ReanchorReport } from '../../../shared/contract/annotations.ts';
import { sha256 } from '../documents/store-document.ts';
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { updateRecord } from '../casefile/record-store.ts';
import { positionMapper, TextAnchorer, type AnchorResult } from './anchor.ts';
import { readDocumentText, type DocumentText } from './document-text.ts';
import { describeSpan } from './text-quote.ts';

interface StaleAnnotation {
  id: string;
  span_start: number;
  span_end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchor_status: AnchorStatus;
  anchor_detail: string;
  text_sha256: string | null;
}

function occursTwice(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first !== -1 && text.indexOf(quote, first + 1) !== -1;
}

function emptyReport(documentId: string): ReanchorReport {
  const counts = () => ({ anchored: 0, moved: 0, fuzzy: 0, orphaned: 0 });
  return { documentId, annotations: counts(), claims: counts(), changed: [] };
}

function detailOf(result: AnchorResult, previousExact: string, newExact: string | null, at: string): AnchorDetail {
  if (result.status === 'orphaned') return { reason: result.reason, at };
  return {
    method: result.method,
    score: Math.round(result.score * 1000) / 1000,
    at,
    ...(newExact !== previousExact ? { previousExact } : {}),
  };
}

export interface ReanchorOptions {
  /** The text the document had before (a re-import): gives position hints and lets claims follow. */
  previousText?: string;
  at?: string;
  /** Limit to these annotations (a restore); default: every live stale annotation of the document. */
  annotationIds?: readonly string[];
}

/**
 * Re-anchors the document's annotations whose selectors point into another version of its
 * text and, given the previous text, its claims. Call inside the transaction that changed
 * the text.
 */
export function reanchorDocument(db: WritableDb, documentId: string, actor: string, options: ReanchorOptions = {}): ReanchorReport {
  const doc = readDocumentText(db, documentId);
  const at = options.at ?? new Date().toISOString();
  const report = emptyReport(documentId);
  const anchorer = new TextAnchorer(doc.text);
  const previous = options.previousText;
  const mapper = previous !== undefined ? positionMapper(previous, doc.text) : null;
  const previousSha = previous !== undefined ? sha256(previous) : null;

  const stale = (
    statement(
      db,
      `SELECT id, span_start, span_end, exact, prefix, suffix, anchor_status, anchor_detail, text_sha256 FROM annotations
       WHERE document_id = ? AND deleted_at IS NULL AND (text_sha256 IS NULL OR text_sha256 != ?) ORDER BY span_start, id`,
    ).all(documentId, doc.textSha256) as StaleAnnotation[]
  ).filter((row) => options.annotationIds === undefined || options.annotationIds.includes(row.id));

  for (const row of stale) {
    // Position hints hold only for selectors made on the text the re-import replaced.
    const trusted = mapper !== null && row.text_sha256 === previousSha;
    const hint = trusted ? mapper(row.span_start) : row.span_start;
    const result = anchorer.anchor({ start: row.span_start, end: row.span_end, exact: row.exact, prefix: row.prefix, suffix: row.suffix }, hint, {
      trustedHint: trusted,
      repeatedBefore: trusted && occursTwice(previous!, row.exact),
    });
    applyToAnnotation(db, doc, row, result, actor, at, report);
  }

  if (previous !== undefined && previous !== doc.text) reanchorClaims(db, doc, previous, anchorer, mapper!, actor, at, report);
  return report;
}

function applyToAnnotation(
  db: WritableDb,
  doc: DocumentText,
  row: StaleAnnotation,
  result: AnchorResult,
  actor: string,
  at: string,
  report: ReanchorReport,
): void {
  // A fuzzy annotation nobody reviewed yet stays fuzzy, even where the words now match.
  const status: AnchorStatus = result.status !== 'orphaned' && row.anchor_status === 'fuzzy' ? 'fuzzy' : result.status;
  report.annotations[status]++;
  if (result.status === 'orphaned') {
    updateRecord(
      db,
      'annotations',
      row.id,
      { anchor_status: 'orphaned', text_sha256: doc.textSha256, anchor_detail: detailOf(result, row.exact, null, at) },
      actor,
      { at, summary: `could not re-anchor "${row.exact.slice(0, 40)}" in the new text of "${doc.title}"` },
    );
    report.changed.push({ id: row.id, table: 'annotations', status, before: row.exact, after: null, reason: result.reason });
    return;
  }
  const anchor = describeSpan(doc.text, result.start, result.end);
  const previousDetail = JSON.parse(row.anchor_detail) as AnchorDetail;
  const detail = detailOf(result, row.exact, anchor.exact, at);
  // Keep the oldest quote a fuzzy annotation was made on, for the analyst's review.
  if (status === 'fuzzy' && previousDetail.previousExact !== undefined) detail.previousExact = previousDetail.previousExact;
  updateRecord(
    db,
    'annotations',
    row.id,
    {
      span_start: anchor.start,
      span_end: anchor.end,
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      anchor_status: status,
      text_sha256: doc.textSha256,
      anchor_detail: detail,
    },
    actor,
    { at, summary: `re-anchored in the new text of "${doc.title}" (${status})` },
  );
  if (status !== 'anchored') report.changed.push({ id: row.id, table: 'annotations', status, before: row.exact, after: anchor.exact, reason: null });
}

function reanchorClaims(
  db: WritableDb,
  doc: DocumentText,
  previous: string,
  anchorer: TextAnchorer,
  mapper: (offset: number) => number,
  actor: string,
  at: string,
  report: ReanchorReport,
): void {
  const claims = statement(
    db,
    `SELECT id, span_start, span_end FROM claims
     WHERE document_id = ? AND deleted_at IS NULL AND span_start IS NOT NULL AND span_end IS NOT NULL AND span_end > span_start ORDER BY span_start, id`,
  ).all(doc.documentId) as { id: string; span_start: number; span_end: number }[];
  for (const claim of claims) {
    if (claim.span_end > previous.length) continue; // a span that never fitted the previous text: nothing to follow
    const before = describeSpan(previous, claim.span_start, claim.span_end);
    const result = anchorer.anchor(before, mapper(claim.span_start), { trustedHint: true, repeatedBefore: occursTwice(previous, before.exact) });
    report.claims[result.status]++;
    if (result.status === 'orphaned') {
      updateRecord(db, 'claims', claim.id, { span_start: null, span_end: null, anchor_status: 'orphaned' }, actor, {
        at,
        summary: `could not re-anchor the claim's span "${before.exact.slice(0, 40)}" in the new text of "${doc.title}"`,
      });
      report.changed.push({ id: claim.id, table: 'claims', status: 'orphaned', before: before.exact, after: null, reason: result.reason });
      continue;
    }
    updateRecord(db, 'claims', claim.id, { span_start: result.start, span_end: result.end, anchor_status: result.status }, actor, {
      at,
      summary: `re-anchored the claim's span in the new text of "${doc.title}" (${result.status})`,
    });
    if (result.status !== 'anchored') {
      report.changed.push({ id: claim.id, table: 'claims', status: result.status, before: before.exact, after: doc.text.slice(result.start, result.end), reason: null });
    }
  }
}
