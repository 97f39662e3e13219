/**
 * The claim places of a filter, as the map draws them: one entry per placed place with the
 * number of matching claims there, their status breakdown and the source most of them cite.
 * One grouped query over claims × claim_places, then one pass over the places.
 */
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import type { PlaceFeatures } from '../../../shared/contract/places.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { claimFilterCondition } from './claim-filter-sql.ts';

const STATUS_INDEX: Record<string, number> = { unreviewed: 0, confirmed: 1, disputed: 2, rejected: 3 };

interface Tally {
  statuses: [number, number, number, number];
  bySource: Map<string, number>;
}

export function placeFeatures(db: ReadableDb, filter: ClaimFilter): MethodOutput<'places:features'> {
  const started = performance.now();
  const where = claimFilterCondition(db, filter);
  const rows = statement(
    db,
    `SELECT cp.place_id, c.status, c.source_id, count(*) AS n
       FROM claims c JOIN claim_places cp ON cp.claim_id = c.id
      WHERE ${where.sql}
      GROUP BY cp.place_id, c.status, c.source_id`,
  )
    .raw()
    .all(...where.params) as [string, string, string | null, number][];

  const tallies = new Map<string, Tally>();
  for (const [placeId, status, sourceId, n] of rows) {
    let tally = tallies.get(placeId);
    if (!tally) {
      tally = { statuses: [0, 0, 0, 0], bySource: new Map() };
      tallies.set(placeId, tally);
    }
    const slot = STATUS_INDEX[status] ?? 0;
    tally.statuses[slot] = tally.statuses[slot]! + n;
    if (sourceId) tally.bySource.set(sourceId, (tally.bySource.get(sourceId) ?? 0) + n);
  }

  const out: PlaceFeatures = { ids: [], names: [], lon: [], lat: [], claims: [], unreviewed: [], confirmed: [], disputed: [], rejected: [], topSource: [] };
  const sourceTotals = new Map<string, number>();
  const topSourceIds: (string | null)[] = [];
  const places = statement(db, 'SELECT id, name, lat, lon FROM places WHERE deleted_at IS NULL AND lat IS NOT NULL').raw().iterate() as IterableIterator<
    [string, string, number, number]
  >;
  for (const [id, name, lat, lon] of places) {
    const tally = tallies.get(id);
    if (!tally) continue;
    const [unreviewed, confirmed, disputed, rejected] = tally.statuses;
    const claims = unreviewed + confirmed + disputed + rejected;
    let top: string | null = null;
    let topCount = 0;
    for (const [sourceId, n] of tally.bySource) {
      sourceTotals.set(sourceId, (sourceTotals.get(sourceId) ?? 0) + n);
      if (n > topCount) [top, topCount] = [sourceId, n];
    }
    out.ids.push(id);
    out.names.push(name);
    out.lat.push(lat);
    out.lon.push(lon);
    out.claims.push(claims);
    out.unreviewed.push(unreviewed);
    out.confirmed.push(confirmed);
    out.disputed.push(disputed);
    out.rejected.push(rejected);
    topSourceIds.push(top);
  }

  const names = new Map(
    (statement(db, 'SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...sourceTotals.keys()])) as [string, string][]),
  );
  const sources = [...sourceTotals.entries()].sort((a, b) => b[1] - a[1]).map(([id, claims]) => ({ id, name: names.get(id) ?? id, claims }));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  out.topSource = topSourceIds.map((id) => (id === null ? -1 : (sourceIndex.get(id) ?? -1)));

  // Claims of the filter with no placed place at all: the map cannot show them; say so.
  const unplaced = statement(
    db,
    `SELECT count(*) AS n FROM claims c
      WHERE ${where.sql}
        AND NOT EXISTS (SELECT 1 FROM claim_places cp JOIN places p ON p.id = cp.place_id
                         WHERE cp.claim_id = c.id AND p.deleted_at IS NULL AND p.lat IS NOT NULL)`,
  ).get(...where.params) as { n: number };
  return { places: out, sources, unplacedClaims: unplaced.n, tookMs: Math.round(performance.now() - started) };
}
