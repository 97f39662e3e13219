/**
 * Splitting a claim that says two things, and merging claims that say one. Both keep the
 * history: a split edits the first claim and adds the second (its log line names the
 * first); a merge edits the survivor and tombstones the others (restorable).
 */
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, insertRecord, updateRecord } from '../casefile/record-store.ts';
import { readClaim } from './claim-edits.ts';

interface Full {
  [column: string]: unknown;
  id: string;
  text: string;
  document_id: string | null;
  span_start: number | null;
  span_end: number | null;
  deleted_at: string | null;
  edited_fields: string;
}

/** Columns a split copies to the new claim. */
const COPIED = ['document_id', 'value', 'value_min', 'value_max', 'qualifier', 'unit', 'subject', 'event_type', 'when_start', 'when_end', 'when_text', 'source_id', 'via', 'status', 'credibility', 'notes'] as const;

function full(db: WritableDb, id: string): Full {
  const row = statement(db, 'SELECT * FROM claims WHERE id = ?').get(id) as Full | undefined;
  if (!row) throw new ApiError('not_found', `No claim with id ${id}.`);
  if (row.deleted_at !== null) throw new ApiError('conflict', 'This claim has been deleted; restore it first.');
  return row;
}

const ids = (db: WritableDb, sql: string, id: string): string[] => statement(db, sql).pluck().all(id) as string[];

export function splitClaim(db: WritableDb, id: string, at: number, actor: string): [ClaimRow, ClaimRow] {
  const newId = db.transaction(() => {
    const claim = full(db, id);
    const first = claim.text.slice(0, at).trim();
    const second = claim.text.slice(at).trim();
    if (!first || !second) throw new ApiError('invalid_input', `Split inside the text (1–${claim.text.length - 1}), leaving words on both sides.`);
    // The spans follow the text when the claim's text is the document's words as they stand.
    let spans: [[number | null, number | null], [number | null, number | null]] = [
      [claim.span_start, claim.span_end],
      [claim.span_start, claim.span_end],
    ];
    if (claim.span_start !== null && claim.span_end !== null && claim.span_end - claim.span_start === claim.text.length) {
      const cut = claim.span_start + at;
      spans = [
        [claim.span_start, cut],
        [cut, claim.span_end],
      ];
    }
    const edited = new Set([...(JSON.parse(claim.edited_fields) as string[]), 'text', 'span_start', 'span_end']);
    updateRecord(db, 'claims', id, { text: first, span_start: spans[0][0], span_end: spans[0][1], edited_fields: [...edited].sort() }, actor, { summary: 'split claim (first part)' });
    const values: Record<string, unknown> = {};
    for (const column of COPIED) values[column] = claim[column];
    const tags = ids(db, 'SELECT tag_id FROM claim_tags WHERE claim_id = ? ORDER BY tag_id', id);
    const places = ids(db, 'SELECT place_id FROM claim_places WHERE claim_id = ? ORDER BY place_id', id);
    const created = insertRecord(
      db,
      'claims',
      { ...values, text: second, span_start: spans[1][0], span_end: spans[1][1], origin: 'manual', anchor_status: claim['anchor_status'] ?? null, edited_fields: [] },
      actor,
      { summary: `split from claim ${id}`, children: { ...(tags.length ? { tags } : {}), ...(places.length ? { places } : {}) } },
    );
    for (const tag of tags) statement(db, 'INSERT INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(created.id, tag);
    for (const place of places) statement(db, 'INSERT INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(created.id, place);
    return created.id;
  })();
  return [readClaim(db, id), readClaim(db, newId)];
}

/** Merges into the first claim; spans unite when all claims point into the same document. */
export function mergeClaims(db: WritableDb, claimIds: readonly string[], actor: string): { claim: ClaimRow; deleted: string[] } {
  const unique = [...new Set(claimIds)];
  if (unique.length < 2) throw new ApiError('invalid_input', 'Pick at least two different claims to merge.');
  const [keepId, ...others] = unique as [string, ...string[]];
  db.transaction(() => {
    const claims = unique.map((id) => full(db, id));
    const keep = claims[0]!;
    const sameDocument = claims.every((c) => c.document_id === keep.document_id && c.span_start !== null && c.span_end !== null);
    const texts = claims.map((c) => c.text.trim()).filter((t, i, all) => all.indexOf(t) === i);
    const patch: Record<string, unknown> = { text: texts.join(' ') };
    if (sameDocument) {
      patch['span_start'] = Math.min(...claims.map((c) => c.span_start!));
      patch['span_end'] = Math.max(...claims.map((c) => c.span_end!));
    }
    const tagsBefore = ids(db, 'SELECT tag_id FROM claim_tags WHERE claim_id = ? ORDER BY tag_id', keepId);
    const placesBefore = ids(db, 'SELECT place_id FROM claim_places WHERE claim_id = ? ORDER BY place_id', keepId);
    const tags = new Set(tagsBefore);
    const places = new Set(placesBefore);
    for (const other of others) {
      for (const t of ids(db, 'SELECT tag_id FROM claim_tags WHERE claim_id = ?', other)) tags.add(t);
      for (const p of ids(db, 'SELECT place_id FROM claim_places WHERE claim_id = ?', other)) places.add(p);
    }
    for (const t of tags) statement(db, 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(keepId, t);
    for (const p of places) statement(db, 'INSERT OR IGNORE INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(keepId, p);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    if (tags.size !== tagsBefore.length) {
      before['tags'] = tagsBefore;
      after['tags'] = [...tags].sort();
    }
    if (places.size !== placesBefore.length) {
      before['places'] = placesBefore;
      after['places'] = [...places].sort();
    }
    const edited = new Set([...(JSON.parse(keep.edited_fields) as string[]), ...Object.keys(patch), ...Object.keys(after)]);
    patch['edited_fields'] = [...edited].sort();
    updateRecord(db, 'claims', keepId, patch, actor, { summary: `merged ${others.length} claim${others.length === 1 ? '' : 's'} into this one`, force: true, children: { before, after } });
    for (const other of others) deleteRecord(db, 'claims', other, actor, { summary: `merged into claim ${keepId}` });
  })();
  return { claim: readClaim(db, keepId), deleted: others };
}
