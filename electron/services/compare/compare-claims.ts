/**
 * The claims a comparison works on, read once from the case: figure, unit, subject, time,
 * places (with their country and coordinates, to tell "Idlib" from "northern Syria") and
 * source, plus the document and outlet that carry them.
 */
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import type { Qualifier } from '../../../shared/domain/claim-types.ts';

export interface ClaimPlace {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
}

export interface CompareClaim {
  id: string;
  documentId: string;
  spanStart: number | null;
  spanEnd: number | null;
  value: number | null;
  valueMin: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  subject: string | null;
  eventType: string | null;
  whenStart: string | null;
  whenEnd: string | null;
  sourceId: string | null;
  sourceName: string | null;
  places: ClaimPlace[];
}

interface ClaimRow {
  id: string;
  document_id: string;
  span_start: number | null;
  span_end: number | null;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
  subject: string | null;
  event_type: string | null;
  when_start: string | null;
  when_end: string | null;
  source_id: string | null;
  source_name: string | null;
}

const CLAIM_COLUMNS = `c.id, c.document_id, c.span_start, c.span_end, c.value, c.value_min, c.value_max, c.qualifier,
  c.unit, c.subject, c.event_type, c.when_start, c.when_end, c.source_id, s.name AS source_name`;

/** Claims rejected by the analyst are left out: they are not what the source is taken to say. */
const LIVE = `c.deleted_at IS NULL AND c.status <> 'rejected'`;

function withPlaces(db: ReadableDb, rows: ClaimRow[], placeSql: string, params: unknown[]): CompareClaim[] {
  const byClaim = new Map<string, ClaimPlace[]>();
  const placeRows = statement(db, placeSql).all(...params) as (ClaimPlace & { claim_id: string })[];
  for (const { claim_id, ...place } of placeRows) {
    const list = byClaim.get(claim_id) ?? [];
    list.push(place);
    byClaim.set(claim_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    documentId: r.document_id,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    value: r.value,
    valueMin: r.value_min,
    valueMax: r.value_max,
    qualifier: r.qualifier,
    unit: r.unit,
    subject: r.subject,
    eventType: r.event_type,
    whenStart: r.when_start,
    whenEnd: r.when_end,
    sourceId: r.source_id,
    sourceName: r.source_name,
    places: byClaim.get(r.id) ?? [],
  }));
}

const PLACE_COLUMNS = 'cp.claim_id, p.id, p.name, p.kind, p.country_code AS country, p.lat, p.lon';

/** A document's claims in reading order. */
export function documentClaims(db: ReadableDb, documentId: string): CompareClaim[] {
  const rows = statement(
    db,
    `SELECT ${CLAIM_COLUMNS} FROM claims c LEFT JOIN sources s ON s.id = c.source_id
      WHERE c.document_id = ? AND ${LIVE} ORDER BY c.span_start, c.id`,
  ).all(documentId) as ClaimRow[];
  return withPlaces(
    db,
    rows,
    `SELECT ${PLACE_COLUMNS} FROM claim_places cp JOIN claims c ON c.id = cp.claim_id JOIN places p ON p.id = cp.place_id
      WHERE c.document_id = ? AND ${LIVE} AND p.deleted_at IS NULL`,
    [documentId],
  );
}

/** Every live claim of the case's live documents. */
export function caseClaims(db: ReadableDb): CompareClaim[] {
  const rows = statement(
    db,
    `SELECT ${CLAIM_COLUMNS} FROM claims c LEFT JOIN sources s ON s.id = c.source_id JOIN documents d ON d.id = c.document_id
      WHERE ${LIVE} AND d.deleted_at IS NULL ORDER BY c.document_id, c.span_start, c.id`,
  ).all() as ClaimRow[];
  return withPlaces(
    db,
    rows,
    `SELECT ${PLACE_COLUMNS} FROM claim_places cp JOIN claims c ON c.id = cp.claim_id JOIN places p ON p.id = cp.place_id
      WHERE ${LIVE} AND p.deleted_at IS NULL`,
    [],
  );
}
