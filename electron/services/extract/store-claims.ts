/**
 * Extracting a document's claims into the case, inside the caller's transaction (the
 * import pipeline calls it per document; `documents:extract` re-runs it on demand).
 *
 * Re-extraction keeps what analysts did: a claim found again (same span, same kind) keeps
 * its id, and only the fields no analyst changed (claims.edited_fields) are refreshed; a
 * claim no longer found is tombstoned unless someone graded, reviewed, edited or tagged it
 * (credibility set, status not unreviewed, edited_fields not empty, tags or annotations),
 * in which case it stays. Claims an analyst made (origin manual/annotation) are never touched.
 */
import { statement, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, insertRecord, updateRecord } from '../casefile/record-store.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { findOrCreateSource } from '../sources/source-registry.ts';
import { CasePlaces, knownPlaceIndex, rememberIndex } from './case-places.ts';
import { extractorFor, type ExtractedClaim, type ExtractedSource } from './extract-document.ts';
import { EXTRACTOR_VERSION } from './extractor-version.ts';

export interface StoreResult {
  claims: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Claims no longer found that stay because an analyst worked on them. */
  kept: number;
}

interface ExistingClaim {
  id: string;
  span_start: number | null;
  span_end: number | null;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  qualifier: string | null;
  status: string;
  credibility: number | null;
  edited_fields: string;
}

interface DocumentRow {
  title: string;
  published: string | null;
  language: string | null;
  text: string | null;
}

function keyOf(start: number | null, end: number | null, figure: boolean): string {
  return `${start}:${end}:${figure ? 'figure' : 'event'}`;
}

export function emptyResult(): StoreResult {
  return { claims: 0, added: 0, updated: 0, unchanged: 0, removed: 0, kept: 0 };
}

/** Extracts and stores the claims of one document. Call inside a transaction. */
export function extractDocumentClaims(db: WritableDb, documentId: string, gazetteer: Gazetteer, actor: string): StoreResult {
  const doc = statement(
    db,
    'SELECT d.title, d.published, d.language, t.text FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id WHERE d.id = ? AND d.deleted_at IS NULL',
  ).get(documentId) as DocumentRow | undefined;
  const result = emptyResult();
  if (!doc || doc.text === null) return result;
  const places = knownPlaceIndex(db);
  const extracted = extractorFor(gazetteer, doc.language).extract({ text: doc.text, title: doc.title, published: doc.published, language: doc.language, knownPlaces: places });
  const casePlaces = new CasePlaces(db, actor, places);
  const existing = statement(
    db,
    "SELECT id, span_start, span_end, value, value_min, value_max, qualifier, status, credibility, edited_fields FROM claims WHERE document_id = ? AND origin = 'extracted' AND deleted_at IS NULL",
  ).all(documentId) as ExistingClaim[];
  const byKey = new Map<string, ExistingClaim>();
  for (const c of existing) byKey.set(keyOf(c.span_start, c.span_end, c.qualifier !== null), c);
  const sourceId = sourceIdsFor(db, actor);
  const seen = new Set<string>();
  for (const claim of extracted.claims) {
    const key = keyOf(claim.span[0], claim.span[1], claim.quantity !== null);
    if (seen.has(key)) continue;
    seen.add(key);
    result.claims++;
    const values = claimValues(documentId, claim, sourceId);
    const placeIds = [...new Set(claim.places.map((p) => casePlaces.idFor(p.place, p.written)))];
    const old = byKey.get(key);
    if (!old) {
      const { id } = insertRecord(db, 'claims', { ...values, origin: 'extracted' }, actor, { summary: 'extracted claim' });
      for (const placeId of placeIds) statement(db, 'INSERT OR IGNORE INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(id, placeId);
      result.added++;
      continue;
    }
    byKey.delete(key);
    const edited = new Set(JSON.parse(old.edited_fields) as string[]);
    const patch: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(values)) if (!edited.has(field)) patch[field] = value;
    const placesChanged = !edited.has('places') && syncPlaces(db, old.id, placeIds);
    const { changed } = updateRecord(db, 'claims', old.id, patch, actor, { summary: 're-extracted claim', force: placesChanged });
    if (changed.length > 0 || placesChanged) result.updated++;
    else result.unchanged++;
  }
  rememberIndex(db, places);
  for (const old of byKey.values()) {
    if (isProtected(db, old)) {
      result.kept++;
      continue;
    }
    deleteRecord(db, 'claims', old.id, actor, { summary: 'claim no longer extracted' });
    result.removed++;
  }
  return result;
}

/** Finds (or registers) a source once per run: the id of each extracted source by name. */
export function sourceIdsFor(db: WritableDb, actor: string): (s: ExtractedSource) => string {
  const sourceIds = new Map<string, string>();
  return (s) => {
    let id = sourceIds.get(s.name);
    if (!id) {
      id = findOrCreateSource(db, s.name, actor, { kind: s.kind, aliases: s.aliases });
      sourceIds.set(s.name, id);
    }
    return id;
  };
}

/** The claims row of an extracted claim (sources registered through `sourceId`). */
export function claimValues(documentId: string, claim: ExtractedClaim, sourceId: (s: ExtractedSource) => string): Record<string, unknown> {
  const q = claim.quantity;
  return {
    document_id: documentId,
    span_start: claim.span[0],
    span_end: claim.span[1],
    text: claim.text,
    value: q?.value ?? null,
    value_min: q?.min ?? null,
    value_max: q?.max ?? null,
    qualifier: q?.qualifier ?? null,
    unit: q?.unit ?? null,
    subject: claim.subject,
    event_type: claim.eventType,
    when_start: claim.when?.start ?? null,
    when_end: claim.when?.end ?? null,
    when_text: claim.when?.text ?? null,
    source_id: claim.source ? sourceId(claim.source) : null,
    via: claim.via.map(sourceId),
    extractor_version: EXTRACTOR_VERSION,
  };
}

/** Makes the claim's places exactly `placeIds`; true when something changed. */
function syncPlaces(db: WritableDb, claimId: string, placeIds: string[]): boolean {
  const current = (statement(db, 'SELECT place_id FROM claim_places WHERE claim_id = ?').all(claimId) as { place_id: string }[]).map((r) => r.place_id);
  const wanted = new Set(placeIds);
  let changed = false;
  for (const id of current) {
    if (!wanted.has(id)) {
      statement(db, 'DELETE FROM claim_places WHERE claim_id = ? AND place_id = ?').run(claimId, id);
      changed = true;
    }
  }
  for (const id of placeIds) {
    if (!current.includes(id)) {
      statement(db, 'INSERT OR IGNORE INTO claim_places (claim_id, place_id) VALUES (?, ?)').run(claimId, id);
      changed = true;
    }
  }
  return changed;
}

/** Someone worked on this claim: it is never deleted by re-extraction. */
function isProtected(db: WritableDb, claim: ExistingClaim): boolean {
  if (claim.credibility !== null || claim.status !== 'unreviewed' || claim.edited_fields !== '[]') return true;
  const tagged = statement(db, 'SELECT 1 FROM claim_tags WHERE claim_id = ? LIMIT 1').get(claim.id);
  const annotated = statement(db, 'SELECT 1 FROM annotations WHERE claim_id = ? AND deleted_at IS NULL LIMIT 1').get(claim.id);
  return !!tagged || !!annotated;
}
