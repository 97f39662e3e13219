/**
 * Observation points: read, create, edit, move, link, delete and restore, all through the
 * record store, so every change is stamped, moves the point's rev and lands in the change
 * log. Links to claims and documents are child rows of the point; changing them bumps the
 * point's rev too, with a summary line in its history.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import type { ObservationPoint, PointType } from '../../../shared/contract/observation-points.ts';
import { BUILT_IN_POINT_TYPES, DEFAULT_POINT_COLOR } from '../../../shared/domain/point-types.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { recordHistory } from '../casefile/change-log.ts';
import { deleteRecord, insertRecord, restoreRecord, updateRecord, type RecordValues } from '../casefile/record-store.ts';

interface PointRow {
  id: string;
  rev: string;
  name: string;
  type: string;
  lat: number;
  lon: number;
  notes: string;
  properties: string;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
}

const POINT_COLUMNS = 'id, rev, name, type, lat, lon, notes, properties, created_at, created_by, updated_at, updated_by';

function links(db: ReadableDb, pointId: string): ObservationPoint['links'] {
  const claimIds = (statement(db, 'SELECT claim_id FROM observation_point_claims WHERE point_id = ? ORDER BY claim_id').raw().all(pointId) as [string][]).map((r) => r[0]);
  const documentIds = (statement(db, 'SELECT document_id FROM observation_point_documents WHERE point_id = ? ORDER BY document_id').raw().all(pointId) as [string][]).map(
    (r) => r[0],
  );
  return { claimIds, documentIds };
}

function toPoint(db: ReadableDb, row: PointRow): ObservationPoint {
  return {
    id: row.id,
    rev: row.rev,
    name: row.name,
    type: row.type,
    lat: row.lat,
    lon: row.lon,
    notes: row.notes,
    properties: JSON.parse(row.properties) as Record<string, unknown>,
    links: links(db, row.id),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  };
}

export function getPoint(db: ReadableDb, id: string): ObservationPoint {
  const row = statement(db, `SELECT ${POINT_COLUMNS} FROM observation_points WHERE id = ? AND deleted_at IS NULL`).get(id) as PointRow | undefined;
  if (!row) throw new ApiError('not_found', 'That observation point no longer exists (it may have been deleted).');
  return toPoint(db, row);
}

export function pointTypes(db: ReadableDb): PointType[] {
  const types: PointType[] = BUILT_IN_POINT_TYPES.map((t) => ({ name: t.name, color: t.color, builtIn: true }));
  const seen = new Set(types.map((t) => t.name.toLowerCase()));
  const add = (name: string, color: string): void => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    types.push({ name, color, builtIn: false });
  };
  for (const row of statement(db, 'SELECT name, color FROM observation_point_types WHERE deleted_at IS NULL ORDER BY created_at, id').all() as { name: string; color: string }[]) {
    add(row.name, row.color);
  }
  // Types that arrived with imported points but were never declared still belong in the list.
  for (const row of statement(db, 'SELECT DISTINCT type FROM observation_points WHERE deleted_at IS NULL ORDER BY type').all() as { type: string }[]) {
    add(row.type, DEFAULT_POINT_COLOR);
  }
  return types;
}

export function listPoints(db: ReadableDb): MethodOutput<'observationPoints:list'> {
  const rows = statement(db, `SELECT ${POINT_COLUMNS} FROM observation_points WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id`).all() as PointRow[];
  return { points: rows.map((r) => toPoint(db, r)), types: pointTypes(db) };
}

export function createPoint(
  db: WritableDb,
  input: { name: string; type: string; lat: number; lon: number; notes: string; properties?: Record<string, unknown> },
  actor: string,
  summary?: string,
): ObservationPoint {
  const { id } = insertRecord(
    db,
    'observation_points',
    { name: input.name, type: input.type, lat: input.lat, lon: input.lon, notes: input.notes, properties: input.properties ?? {} },
    actor,
    { summary: summary ?? `Added ${input.name}` },
  );
  return getPoint(db, id);
}

function requireLive(db: ReadableDb, table: 'claims' | 'documents', ids: string[]): void {
  if (ids.length === 0) return;
  const sql = table === 'claims' ? 'SELECT id FROM claims WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL' : 'SELECT id FROM documents WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL';
  const found = new Set((statement(db, sql).raw().all(JSON.stringify(ids)) as [string][]).map((r) => r[0]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new ApiError('invalid_input', `No ${table === 'claims' ? 'claim' : 'document'} with id ${missing[0]} in this case.`);
}

/** Writes the link rows; returns a summary line for the history, or null when nothing changed. */
function replaceLinks(db: WritableDb, id: string, next: ObservationPoint['links']): string | null {
  const current = links(db, id);
  const claimIds = [...new Set(next.claimIds)];
  const documentIds = [...new Set(next.documentIds)];
  requireLive(db, 'claims', claimIds.filter((c) => !current.claimIds.includes(c)));
  requireLive(db, 'documents', documentIds.filter((d) => !current.documentIds.includes(d)));
  const addedClaims = claimIds.filter((c) => !current.claimIds.includes(c));
  const removedClaims = current.claimIds.filter((c) => !claimIds.includes(c));
  const addedDocs = documentIds.filter((d) => !current.documentIds.includes(d));
  const removedDocs = current.documentIds.filter((d) => !documentIds.includes(d));
  for (const c of addedClaims) statement(db, 'INSERT INTO observation_point_claims (point_id, claim_id) VALUES (?, ?)').run(id, c);
  for (const c of removedClaims) statement(db, 'DELETE FROM observation_point_claims WHERE point_id = ? AND claim_id = ?').run(id, c);
  for (const d of addedDocs) statement(db, 'INSERT INTO observation_point_documents (point_id, document_id) VALUES (?, ?)').run(id, d);
  for (const d of removedDocs) statement(db, 'DELETE FROM observation_point_documents WHERE point_id = ? AND document_id = ?').run(id, d);
  const parts: string[] = [];
  const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (addedClaims.length) parts.push(`linked ${count(addedClaims.length, 'claim')}`);
  if (removedClaims.length) parts.push(`unlinked ${count(removedClaims.length, 'claim')}`);
  if (addedDocs.length) parts.push(`linked ${count(addedDocs.length, 'document')}`);
  if (removedDocs.length) parts.push(`unlinked ${count(removedDocs.length, 'document')}`);
  return parts.length ? parts.join(', ') : null;
}

export function updatePoint(db: WritableDb, input: ParsedInput<'observationPoints:update'>, actor: string): ObservationPoint {
  return db.transaction(() => {
    const before = getPoint(db, input.id);
    if (input.expectedRev !== undefined && before.rev !== input.expectedRev) {
      throw new ApiError('conflict', `${before.name} was changed by ${before.updatedBy} meanwhile; reload and try again.`);
    }
    const patch: RecordValues<'observation_points'> = {};
    for (const key of ['name', 'type', 'lat', 'lon', 'notes'] as const) if (input[key] !== undefined) patch[key] = input[key];
    const moved = input.lat !== undefined || input.lon !== undefined;
    const linkSummary = input.links ? replaceLinks(db, input.id, input.links) : null;
    const summary = [moved && (input.lat !== before.lat || input.lon !== before.lon) ? 'Moved' : null, linkSummary].filter(Boolean).join('; ') || undefined;
    updateRecord(db, 'observation_points', input.id, patch, actor, { force: linkSummary !== null, ...(summary ? { summary } : {}) });
    return getPoint(db, input.id);
  })();
}

export function deletePoint(db: WritableDb, id: string, actor: string): { id: string; rev: string } {
  const point = getPoint(db, id);
  const { rev } = db.transaction(() => deleteRecord(db, 'observation_points', id, actor, { summary: `Deleted ${point.name}` }))();
  return { id, rev };
}

export function restorePoint(db: WritableDb, id: string, actor: string): ObservationPoint {
  const exists = statement(db, 'SELECT name FROM observation_points WHERE id = ?').get(id) as { name: string } | undefined;
  if (!exists) throw new ApiError('not_found', 'There is no such observation point to restore.');
  db.transaction(() => restoreRecord(db, 'observation_points', id, actor, { summary: `Restored ${exists.name}` }))();
  return getPoint(db, id);
}

export function pointHistory(db: ReadableDb, id: string): MethodOutput<'observationPoints:history'> {
  const changes = recordHistory(db, 'observation_points', id);
  if (changes.length === 0) throw new ApiError('not_found', 'There is no such observation point.');
  return { changes: changes.map((c) => ({ id: c.id, at: c.at, actor: c.actor, op: c.op, summary: c.summary, before: c.before, after: c.after })) };
}

export function addPointType(db: WritableDb, input: { name: string; color?: string | undefined }, actor: string): PointType[] {
  const existing = pointTypes(db).find((t) => t.name.toLowerCase() === input.name.toLowerCase());
  const declared = statement(db, 'SELECT 1 FROM observation_point_types WHERE lower(name) = lower(?) AND deleted_at IS NULL').get(input.name);
  if (existing && (existing.builtIn || declared)) throw new ApiError('invalid_input', `There is already a point type "${existing.name}".`);
  db.transaction(() =>
    insertRecord(db, 'observation_point_types', { name: input.name, color: input.color ?? DEFAULT_POINT_COLOR }, actor, { summary: `Added point type ${input.name}` }),
  )();
  return pointTypes(db);
}

export function pointLinks(db: ReadableDb, id: string): MethodOutput<'observationPoints:links'> {
  const { links: current } = getPoint(db, id);
  const claims = statement(db, 'SELECT id, text, status, document_id AS documentId FROM claims WHERE id IN (SELECT value FROM json_each(?)) ORDER BY text').all(
    JSON.stringify(current.claimIds),
  ) as MethodOutput<'observationPoints:links'>['claims'];
  const documents = statement(db, 'SELECT id, title, file_name AS fileName FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY title').all(
    JSON.stringify(current.documentIds),
  ) as MethodOutput<'observationPoints:links'>['documents'];
  return { claims, documents };
}
