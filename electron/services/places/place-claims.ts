/** One place and its claims; the places of a set of claims (to highlight the grid's selection). */
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { claimFilterCondition } from './claim-filter-sql.ts';

interface PlaceRow {
  id: string;
  rev: string;
  name: string;
  alt_names: string;
  lat: number | null;
  lon: number | null;
  resolution: string;
  country_code: string | null;
  admin1: string | null;
}

export function placeClaims(db: ReadableDb, placeId: string, filter: ClaimFilter, limit: number): MethodOutput<'places:claims'> {
  const place = statement(db, 'SELECT id, rev, name, alt_names, lat, lon, resolution, country_code, admin1 FROM places WHERE id = ? AND deleted_at IS NULL').get(placeId) as
    | PlaceRow
    | undefined;
  if (!place) throw new ApiError('not_found', 'That place no longer exists in this case.');
  const where = claimFilterCondition(db, { ...filter, placeIds: [placeId] });
  const claims = statement(
    db,
    `SELECT c.id, c.text, c.status, c.value, c.unit, c.when_start AS whenStart, c.when_end AS whenEnd,
            s.name AS sourceName, d.title AS documentTitle
       FROM claims c LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN documents d ON d.id = c.document_id
      WHERE ${where.sql}
      ORDER BY coalesce(c.when_start, c.when_end) DESC, c.id
      LIMIT ?`,
  ).all(...where.params, limit) as MethodOutput<'places:claims'>['claims'];
  const total = (statement(db, `SELECT count(*) AS n FROM claims c WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  return {
    place: {
      id: place.id,
      rev: place.rev,
      name: place.name,
      altNames: JSON.parse(place.alt_names) as string[],
      lat: place.lat,
      lon: place.lon,
      resolution: place.resolution,
      countryCode: place.country_code,
      admin1: place.admin1,
    },
    claims,
    total,
  };
}

export function placesOfClaims(db: ReadableDb, claimIds: string[]): MethodOutput<'places:ofClaims'> {
  const rows = statement(
    db,
    `SELECT DISTINCT p.id, p.lat, p.lon FROM claim_places cp JOIN places p ON p.id = cp.place_id
      WHERE cp.claim_id IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL AND p.lat IS NOT NULL`,
  ).all(JSON.stringify(claimIds)) as { id: string; lat: number; lon: number }[];
  if (rows.length === 0) return { placeIds: [], bounds: null };
  const lons = rows.map((r) => r.lon);
  const lats = rows.map((r) => r.lat);
  return { placeIds: rows.map((r) => r.id), bounds: [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] };
}
