/**
 * The claim places of a filter, as the map draws them: one entry per placed place with the
 * number of matching claims there, their status breakdown and the source most of them cite.
 * One pass over the matching claims and their places, tallied in memory.
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

type Result = MethodOutput<'places:features'>;

/**
 * The last few answers per connection, keyed by the filter and the database's state: the
 * connection's own changes (total_changes()) and other connections' commits (data_version).
 * Opening the Map view again, or the claims view beside it, then costs nothing.
 */
const cache = new WeakMap<ReadableDb, Map<string, Result>>();
const CACHE_SIZE = 4;

export function placeFeatures(db: ReadableDb, filter: ClaimFilter): Result {
  const started = performance.now();
  const version = statement(db, 'SELECT total_changes() AS t, (SELECT data_version FROM pragma_data_version) AS v').get() as { t: number; v: number };
  const key = `${version.t}:${version.v}:${JSON.stringify(filter)}`;
  let entries = cache.get(db);
  if (!entries) cache.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit) return { ...hit, tookMs: Math.round(performance.now() - started) };
  const result = computeFeatures(db, filter, started);
  entries.set(key, result);
  if (entries.size > CACHE_SIZE) entries.delete(entries.keys().next().value!);
  return result;
}

function computeFeatures(db: ReadableDb, filter: ClaimFilter, started: number): Result {
  // The placed places first, so one pass over the claims can tally them and count the
  // claims that have none (the map cannot show those; it says how many there are).
  const placeIndex = new Map<string, number>();
  const out: PlaceFeatures = { ids: [], names: [], lon: [], lat: [], claims: [], unreviewed: [], confirmed: [], disputed: [], rejected: [], topSource: [] };
  const places = statement(db, 'SELECT id, name, lat, lon FROM places WHERE deleted_at IS NULL AND lat IS NOT NULL').raw().iterate() as IterableIterator<[string, string, number, number]>;
  const all: [string, string, number, number][] = [];
  for (const row of places) {
    placeIndex.set(row[0], all.length);
    all.push(row);
  }
  const tallies: (Tally | undefined)[] = new Array(all.length);

  // Claims in table order, each with its places (LEFT JOIN: a claim without any still counts).
  const where = claimFilterCondition(db, filter);
  const rows = statement(
    db,
    `SELECT c.rowid, cp.place_id, c.status, c.source_id
       FROM claims c LEFT JOIN claim_places cp ON cp.claim_id = c.id
      WHERE ${where.sql}`,
  )
    .raw()
    .iterate(...where.params) as IterableIterator<[number, string | null, string, string | null]>;
  let unplacedClaims = 0;
  let currentClaim = -1;
  let currentPlaced = true;
  for (const [rowid, placeId, status, sourceId] of rows) {
    if (rowid !== currentClaim) {
      if (!currentPlaced) unplacedClaims++;
      currentClaim = rowid;
      currentPlaced = false;
    }
    const index = placeId === null ? undefined : placeIndex.get(placeId);
    if (index === undefined) continue;
    currentPlaced = true;
    let tally = tallies[index];
    if (!tally) tally = tallies[index] = { statuses: [0, 0, 0, 0], bySource: new Map() };
    const slot = STATUS_INDEX[status] ?? 0;
    tally.statuses[slot] = tally.statuses[slot]! + 1;
    if (sourceId) tally.bySource.set(sourceId, (tally.bySource.get(sourceId) ?? 0) + 1);
  }
  if (!currentPlaced) unplacedClaims++;

  const sourceTotals = new Map<string, number>();
  const topSourceIds: (string | null)[] = [];
  all.forEach(([id, name, lat, lon], index) => {
    const tally = tallies[index];
    if (!tally) return;
    const [unreviewed, confirmed, disputed, rejected] = tally.statuses;
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
    out.claims.push(unreviewed + confirmed + disputed + rejected);
    out.unreviewed.push(unreviewed);
    out.confirmed.push(confirmed);
    out.disputed.push(disputed);
    out.rejected.push(rejected);
    topSourceIds.push(top);
  });

  const names = new Map(
    statement(db, 'SELECT id, name FROM sources WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...sourceTotals.keys()])) as [string, string][],
  );
  const sources = [...sourceTotals.entries()].sort((a, b) => b[1] - a[1]).map(([id, claims]) => ({ id, name: names.get(id) ?? id, claims }));
  const sourceIndex = new Map(sources.map((s, i) => [s.id, i]));
  out.topSource = topSourceIds.map((id) => (id === null ? -1 : (sourceIndex.get(id) ?? -1)));
  return { places: out, sources, unplacedClaims, tookMs: Math.round(performance.now() - started) };
}
