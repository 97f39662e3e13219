/**
 * Places the gazetteer could not settle (unresolved: not found; ambiguous: several
 * candidates), and placing one by hand. A place is a record of the whole case, so placing
 * "Kafr Losin" once places it for every claim that cites it, now and after the next import:
 * the extractor matches new mentions against the case's places by name and alt_names first.
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { updateRecord } from '../casefile/record-store.ts';
import { formatDecimal } from '../../../shared/domain/coordinates.ts';

export function unresolvedPlaces(db: ReadableDb): MethodOutput<'places:unresolved'> {
  const rows = statement(
    db,
    `SELECT p.id, p.rev, p.name, p.alt_names AS altNames, p.resolution, p.country_code AS countryCode, p.admin1,
            (SELECT count(*) FROM claim_places cp JOIN claims c ON c.id = cp.claim_id
              WHERE cp.place_id = p.id AND c.deleted_at IS NULL) AS claims,
            (SELECT c.text FROM claim_places cp JOIN claims c ON c.id = cp.claim_id
              WHERE cp.place_id = p.id AND c.deleted_at IS NULL ORDER BY c.id LIMIT 1) AS example
       FROM places p
      WHERE p.deleted_at IS NULL AND p.resolution IN ('unresolved', 'ambiguous')
      ORDER BY claims DESC, p.name COLLATE NOCASE`,
  ).all() as (Omit<MethodOutput<'places:unresolved'>['places'][number], 'altNames'> & { altNames: string })[];
  return { places: rows.map((r) => ({ ...r, altNames: JSON.parse(r.altNames) as string[] })) };
}

export function locatePlace(db: WritableDb, input: ParsedInput<'places:locate'>, actor: string): { id: string; rev: string } {
  const row = statement(db, 'SELECT name, alt_names FROM places WHERE id = ? AND deleted_at IS NULL').get(input.id) as { name: string; alt_names: string } | undefined;
  if (!row) throw new ApiError('not_found', 'That place no longer exists in this case.');
  const altNames = JSON.parse(row.alt_names) as string[];
  for (const name of input.altNames ?? []) {
    if (name !== row.name && !altNames.some((a) => a.toLowerCase() === name.toLowerCase())) altNames.push(name);
  }
  const { rev } = db.transaction(() =>
    updateRecord(
      db,
      'places',
      input.id,
      { lat: input.lat, lon: input.lon, resolution: 'analyst', alt_names: altNames },
      actor,
      { ...(input.expectedRev ? { expectedRev: input.expectedRev } : {}), summary: `Placed ${row.name} by hand at ${formatDecimal({ lat: input.lat, lon: input.lon })}` },
    ),
  )();
  return { id: input.id, rev };
}
