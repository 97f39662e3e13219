/** Claims as grid rows: the claim with its source, document, places, tags and via, for a page of ids. */
import type { ClaimRow } from '../../../shared/contract/claims.ts';
import { formatAdmiralty, type Credibility, type Reliability } from '../../../shared/domain/admiralty.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';

interface RawClaim {
  id: string;
  rev: string;
  text: string;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  qualifier: ClaimRow['qualifier'];
  unit: string | null;
  subject: string | null;
  event_type: string | null;
  when_start: string | null;
  when_end: string | null;
  when_text: string | null;
  source_id: string | null;
  source_name: string | null;
  reliability: Reliability | null;
  via: string;
  document_id: string | null;
  document_title: string | null;
  span_start: number | null;
  span_end: number | null;
  status: ClaimRow['status'];
  credibility: number | null;
  notes: string;
  origin: ClaimRow['origin'];
  anchor_status: string | null;
  edited_fields: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

const ROWS_SQL = `
  SELECT c.id, c.rev, c.text, c.value, c.value_min, c.value_max, c.qualifier, c.unit, c.subject, c.event_type,
         c.when_start, c.when_end, c.when_text, c.source_id, s.name AS source_name, s.reliability, c.via,
         c.document_id, d.title AS document_title, c.span_start, c.span_end, c.status, c.credibility, c.notes,
         c.origin, c.anchor_status, c.edited_fields, c.created_at, c.created_by, c.updated_at, c.updated_by
  FROM claims c
  LEFT JOIN sources s ON s.id = c.source_id
  LEFT JOIN documents d ON d.id = c.document_id
  WHERE c.id IN (SELECT value FROM json_each(?))`;

function group<T extends { claim_id: string }>(rows: T[]): Map<string, T[]> {
  const byClaim = new Map<string, T[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claim_id);
    if (list) list.push(row);
    else byClaim.set(row.claim_id, [row]);
  }
  return byClaim;
}

/** The rows of `ids`, in the order of `ids` (ids that do not exist are left out). */
export function claimRows(db: ReadableDb, ids: readonly string[]): ClaimRow[] {
  if (ids.length === 0) return [];
  const json = JSON.stringify(ids);
  const raws = statement(db, ROWS_SQL).all(json) as RawClaim[];
  const places = group(
    statement(
      db,
      'SELECT cp.claim_id, p.id, p.name FROM claim_places cp JOIN places p ON p.id = cp.place_id WHERE cp.claim_id IN (SELECT value FROM json_each(?)) ORDER BY p.name',
    ).all(json) as { claim_id: string; id: string; name: string }[],
  );
  const tags = group(
    statement(
      db,
      'SELECT ct.claim_id, t.id, t.name, t.color FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id IN (SELECT value FROM json_each(?)) AND t.deleted_at IS NULL ORDER BY t.name',
    ).all(json) as { claim_id: string; id: string; name: string; color: string }[],
  );
  const viaIds = new Set<string>();
  for (const raw of raws) for (const id of JSON.parse(raw.via) as string[]) viaIds.add(id);
  const viaNames = new Map<string, string>();
  if (viaIds.size > 0) {
    const rows = statement(db, 'SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...viaIds])) as { id: string; name: string }[];
    for (const row of rows) viaNames.set(row.id, row.name);
  }
  const byId = new Map(raws.map((raw) => [raw.id, raw]));
  const rows: ClaimRow[] = [];
  for (const id of ids) {
    const raw = byId.get(id);
    if (!raw) continue;
    rows.push({
      id: raw.id,
      rev: raw.rev,
      text: raw.text,
      value: raw.value,
      valueMin: raw.value_min,
      valueMax: raw.value_max,
      qualifier: raw.qualifier,
      unit: raw.unit,
      subject: raw.subject,
      eventType: raw.event_type,
      places: (places.get(id) ?? []).map((p) => ({ id: p.id, name: p.name })),
      whenStart: raw.when_start,
      whenEnd: raw.when_end,
      whenText: raw.when_text,
      sourceId: raw.source_id,
      sourceName: raw.source_name,
      reliability: raw.reliability,
      via: (JSON.parse(raw.via) as string[]).map((v) => ({ id: v, name: viaNames.get(v) ?? v })),
      documentId: raw.document_id,
      documentTitle: raw.document_title,
      spanStart: raw.span_start,
      spanEnd: raw.span_end,
      status: raw.status,
      credibility: raw.credibility,
      grade: formatAdmiralty(raw.reliability, raw.credibility as Credibility | null),
      tags: (tags.get(id) ?? []).map((t) => ({ id: t.id, name: t.name, color: t.color })),
      notes: raw.notes,
      origin: raw.origin,
      anchorStatus: raw.anchor_status,
      editedFields: JSON.parse(raw.edited_fields) as string[],
      createdAt: raw.created_at,
      createdBy: raw.created_by,
      updatedAt: raw.updated_at,
      updatedBy: raw.updated_by,
    });
  }
  return rows;
}

/** The ids of claims given by rowid, in the order given (page reads work in rowids: claim-query.ts). */
export function idsOfRowids(db: ReadableDb, rowids: readonly number[]): string[] {
  if (rowids.length === 0) return [];
  const found = statement(db, 'SELECT rowid, id FROM claims WHERE rowid IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(rowids)) as [number, string][];
  const byRowid = new Map(found);
  return rowids.flatMap((rowid) => {
    const id = byRowid.get(rowid);
    return id === undefined ? [] : [id];
  });
}
