/**
 * The analyst's edits to claims: inline edits, grading, creating by hand, deleting and
 * restoring. Each runs in one transaction through the record store (who, when, before and
 * after in the change log), and records the edited fields in claims.edited_fields so a
 * re-extraction never overwrites them.
 */
import type { ClaimFields, ClaimPatch, ClaimRow } from '../../../shared/contract/claims.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { Credibility, Reliability } from '../../../shared/domain/admiralty.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, insertRecord, restoreRecord, updateRecord } from '../casefile/record-store.ts';
import { findOrCreateSource } from '../sources/source-registry.ts';
import { claimRows } from './claim-rows.ts';

/** Patch field → claims column (the names edited_fields and re-extraction use). */
const COLUMN_OF = {
  text: 'text',
  value: 'value',
  valueMin: 'value_min',
  valueMax: 'value_max',
  qualifier: 'qualifier',
  unit: 'unit',
  subject: 'subject',
  eventType: 'event_type',
  whenStart: 'when_start',
  whenEnd: 'when_end',
  whenText: 'when_text',
  status: 'status',
  credibility: 'credibility',
  notes: 'notes',
} as const satisfies Partial<Record<keyof ClaimFields, string>>;

interface Stored {
  id: string;
  rev: string;
  deleted_at: string | null;
  value_min: number | null;
  value_max: number | null;
  when_start: string | null;
  when_end: string | null;
  edited_fields: string;
}

function stored(db: ReadableDb, id: string): Stored {
  const row = statement(db, 'SELECT id, rev, deleted_at, value_min, value_max, when_start, when_end, edited_fields FROM claims WHERE id = ?').get(id) as
    | Stored
    | undefined;
  if (!row) throw new ApiError('not_found', `No claim with id ${id}.`);
  return row;
}

export function readClaim(db: ReadableDb, id: string): ClaimRow {
  const [row] = claimRows(db, [id]);
  if (!row) throw new ApiError('not_found', `No claim with id ${id}.`);
  return row;
}

function checkTags(db: ReadableDb, tagIds: readonly string[]): string[] {
  const unique = [...new Set(tagIds)].sort();
  for (const id of unique) {
    const row = statement(db, 'SELECT deleted_at FROM tags WHERE id = ?').get(id) as { deleted_at: string | null } | undefined;
    if (!row || row.deleted_at !== null) throw new ApiError('not_found', `There is no tag with id ${id} (it may have been deleted).`);
  }
  return unique;
}

/** A place of the case by name or alternative name, or a new unresolved one the map asks the analyst to place. */
function placeIdFor(db: WritableDb, name: string, actor: string): string {
  const found = statement(
    db,
    "SELECT p.id FROM places p WHERE p.deleted_at IS NULL AND (p.name = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(p.alt_names) a WHERE a.value = ? COLLATE NOCASE)) ORDER BY p.resolution != 'gazetteer', p.created_at LIMIT 1",
  ).pluck().get(name, name) as string | undefined;
  if (found) return found;
  return insertRecord(db, 'places', { name, resolution: 'unresolved' }, actor, { summary: `added place ${name} (to be placed)` }).id;
}

function childIds(db: ReadableDb, sql: string, claimId: string): string[] {
  return (statement(db, sql).pluck().all(claimId) as string[]).sort();
}
const TAGS_OF = 'SELECT tag_id FROM claim_tags WHERE claim_id = ?';
const PLACES_OF = 'SELECT place_id FROM claim_places WHERE claim_id = ?';

function replaceChildren(db: WritableDb, table: 'claim_tags' | 'claim_places', claimId: string, ids: readonly string[]): void {
  if (table === 'claim_tags') {
    statement(db, 'DELETE FROM claim_tags WHERE claim_id = ?').run(claimId);
    for (const id of ids) statement(db, 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(claimId, id);
  } else {
    statement(db, 'DELETE FROM claim_places WHERE claim_id = ?').run(claimId);
    for (const id of ids) statement(db, 'INSERT OR IGNORE INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(claimId, id);
  }
}

function checkOrder(min: unknown, max: unknown, message: string): void {
  if (typeof min === 'number' && typeof max === 'number' && min > max) throw new ApiError('invalid_input', message);
  if (typeof min === 'string' && typeof max === 'string' && min.slice(0, 10) > max.slice(0, 10)) throw new ApiError('invalid_input', message);
}

/** Column values of a patch (source by name, dates as days), without children. */
function columnValues(db: WritableDb, patch: ClaimPatch, actor: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(COLUMN_OF) as [keyof typeof COLUMN_OF, string][]) {
    const value = patch[field];
    if (value === undefined) continue;
    values[column] = typeof value === 'string' && (field === 'whenStart' || field === 'whenEnd') ? value.slice(0, 10) : value;
  }
  if (patch.sourceName !== undefined) values['source_id'] = patch.sourceName ? findOrCreateSource(db, patch.sourceName, actor) : null;
  return values;
}

function applyEdit(db: WritableDb, id: string, patch: ClaimPatch, actor: string, expectedRev: string | undefined, summary: string): void {
  const old = stored(db, id);
  if (old.deleted_at !== null) throw new ApiError('conflict', 'This claim has been deleted; restore it before editing.');
  const values = columnValues(db, patch, actor);
  checkOrder(values['value_min'] ?? old.value_min, values['value_max'] ?? old.value_max, 'The lowest figure is above the highest.');
  checkOrder(values['when_start'] ?? old.when_start, values['when_end'] ?? old.when_end, 'The claim ends before it starts.');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (patch.tagIds !== undefined) {
    const tags = checkTags(db, patch.tagIds);
    const current = childIds(db, TAGS_OF, id);
    if (current.join() !== tags.join()) {
      before['tags'] = current;
      after['tags'] = tags;
      replaceChildren(db, 'claim_tags', id, tags);
    }
  }
  if (patch.placeNames !== undefined) {
    const places = [...new Set(patch.placeNames.map((name) => placeIdFor(db, name, actor)))].sort();
    const current = childIds(db, PLACES_OF, id);
    if (current.join() !== places.join()) {
      before['places'] = current;
      after['places'] = places;
      replaceChildren(db, 'claim_places', id, places);
    }
  }
  const edited = new Set(JSON.parse(old.edited_fields) as string[]);
  const sizeBefore = edited.size;
  for (const column of Object.keys(values)) edited.add(column);
  for (const child of Object.keys(after)) edited.add(child);
  if (edited.size !== sizeBefore) values['edited_fields'] = [...edited].sort();
  updateRecord(db, 'claims', id, values, actor, {
    summary,
    ...(expectedRev !== undefined ? { expectedRev } : {}),
    ...(Object.keys(after).length > 0 ? { children: { before, after } } : {}),
  });
}

function describe(patch: ClaimPatch): string {
  const fields = Object.keys(patch).map((f) => f.replace(/Ids$|Names$/, 's').replace(/[A-Z]/g, (m) => ' ' + m.toLowerCase()));
  return `edited ${fields.join(', ')}`;
}

export function updateClaim(db: WritableDb, input: { id: string; expectedRev?: string | undefined; patch: ClaimPatch }, actor: string): ClaimRow {
  if (Object.keys(input.patch).length === 0) return readClaim(db, input.id);
  db.transaction(() => applyEdit(db, input.id, input.patch, actor, input.expectedRev, describe(input.patch)))();
  return readClaim(db, input.id);
}

/** Reliability on the claim's source, credibility on the claim, in one transaction. */
export function gradeClaim(
  db: WritableDb,
  input: { id: string; reliability?: Reliability | null | undefined; credibility?: Credibility | null | undefined },
  actor: string,
): ClaimRow {
  db.transaction(() => {
    const claim = readClaim(db, input.id);
    if (input.reliability !== undefined && input.reliability !== claim.reliability) {
      if (!claim.sourceId) throw new ApiError('invalid_input', 'This claim has no source to grade: set its source first, then its reliability.');
      updateRecord(db, 'sources', claim.sourceId, { reliability: input.reliability }, actor, {
        summary: `graded ${claim.sourceName ?? 'source'} ${input.reliability ?? 'ungraded'}`,
      });
    }
    if (input.credibility !== undefined) applyEdit(db, input.id, { credibility: input.credibility }, actor, undefined, `graded credibility ${input.credibility ?? 'none'}`);
  })();
  return readClaim(db, input.id);
}

export interface NewClaim extends Partial<ClaimFields> {
  text: string;
  documentId?: string | undefined;
  spanStart?: number | undefined;
  spanEnd?: number | undefined;
}

export function createClaim(db: WritableDb, input: NewClaim, actor: string, summary = 'added a claim by hand'): ClaimRow {
  const id = db.transaction(() => {
    if (input.documentId !== undefined) {
      const doc = statement(db, 'SELECT length(t.text) FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.id = ? AND d.deleted_at IS NULL')
        .pluck()
        .get(input.documentId) as number | undefined;
      if (doc === undefined) throw new ApiError('not_found', `No document with id ${input.documentId}.`);
      if (input.spanEnd !== undefined && (input.spanEnd > doc || (input.spanStart ?? 0) > input.spanEnd)) {
        throw new ApiError('invalid_input', `The span ${input.spanStart}–${input.spanEnd} is outside the document (${doc} characters).`);
      }
    }
    const { text, documentId, spanStart, spanEnd, tagIds, placeNames, ...fields } = input;
    const values = columnValues(db, { text, ...fields }, actor);
    checkOrder(values['value_min'], values['value_max'], 'The lowest figure is above the highest.');
    checkOrder(values['when_start'], values['when_end'], 'The claim ends before it starts.');
    const tags = checkTags(db, tagIds ?? []);
    const places = [...new Set((placeNames ?? []).map((name) => placeIdFor(db, name, actor)))].sort();
    const children: Record<string, unknown> = {};
    if (tags.length) children['tags'] = tags;
    if (places.length) children['places'] = places;
    const { id } = insertRecord(
      db,
      'claims',
      {
        ...values,
        document_id: documentId ?? null,
        span_start: spanStart ?? null,
        span_end: spanEnd ?? null,
        origin: 'manual',
        anchor_status: spanStart !== undefined ? 'anchored' : null,
      },
      actor,
      { summary, children },
    );
    replaceChildren(db, 'claim_tags', id, tags);
    replaceChildren(db, 'claim_places', id, places);
    return id;
  })();
  return readClaim(db, id);
}

export function deleteClaims(db: WritableDb, ids: readonly string[], actor: string): string[] {
  return db.transaction(() => {
    const deleted: string[] = [];
    for (const id of ids) {
      if (stored(db, id).deleted_at !== null) continue;
      deleteRecord(db, 'claims', id, actor, { summary: 'deleted claim' });
      deleted.push(id);
    }
    return deleted;
  })();
}

export function restoreClaims(db: WritableDb, ids: readonly string[], actor: string): string[] {
  return db.transaction(() => {
    const restored: string[] = [];
    for (const id of ids) {
      if (stored(db, id).deleted_at === null) continue;
      restoreRecord(db, 'claims', id, actor, { summary: 'restored claim' });
      restored.push(id);
    }
    return restored;
  })();
}
