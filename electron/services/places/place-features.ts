/**
 * The claim places of a filter, as the map draws them: one entry per placed place with the
 * number of matching claims there, their status breakdown and the source most of them cite.
 * One pass over the matching claims and their places, tallied in memory, a chunk at a time.
 */
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import type { PlaceFeatures } from '../../../shared/contract/places.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { claimsStamp } from '../casefile/claims-stamp.ts';
import { claimFilterCondition } from './claim-filter-sql.ts';

const STATUS_INDEX: Record<string, number> = { unreviewed: 0, confirmed: 1, disputed: 2, rejected: 3 };

interface Tally {
  statuses: [number, number, number, number];
  bySource: Map<string, number>;
}

type Result = MethodOutput<'places:features'>;

/**
 * The last few answers per connection, keyed by the filter and the claims' stamp (the
 * connection's own changes and other connections' commits). Opening the Map view again,
 * or the claims view beside it, then costs nothing. Answers still being computed are shared.
 */
const cache = new WeakMap<ReadableDb, Map<string, Promise<Result>>>();
const CACHE_SIZE = 4;

/** Claims tallied between two pauses (about 50 ms of work: what another call may wait). */
const CHUNK = 10_000;

/** Lets the engine answer other calls (the grid's pages) between chunks of a long tally. */
const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function placeFeatures(db: ReadableDb, filter: ClaimFilter, options: { chunk?: number } = {}): Promise<Result> {
  const started = performance.now();
  const key = `${claimsStamp(db)}:${JSON.stringify(filter)}`;
  let entries = cache.get(db);
  if (!entries) cache.set(db, (entries = new Map()));
  let answer = entries.get(key);
  if (!answer) {
    answer = computeFeatures(db, filter, started, options.chunk ?? CHUNK);
    entries.set(key, answer);
    answer.catch(() => entries.delete(key));
    if (entries.size > CACHE_SIZE) entries.delete(entries.keys().next().value!);
  }
  const result = await answer;
  return { ...result, tookMs: Math.round(performance.now() - started) };
}

async function computeFeatures(db: ReadableDb, filter: ClaimFilter, started: number, chunkSize: number): Promise<Result> {
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

  // Claims in id order, a chunk at a time, each with its places (LEFT JOIN: a claim without
  // any still counts). claims_live_tally holds what is read (migration 7).
  const where = claimFilterCondition(db, filter);
  const chunk = statement(
    db,
    `SELECT c.id, cp.place_id, c.status, c.source_id
       FROM (SELECT c.id, c.status, c.source_id FROM claims c INDEXED BY claims_live_tally
              WHERE ${where.sql} AND c.id > ? ORDER BY c.id LIMIT ?) c
       LEFT JOIN claim_places cp ON cp.claim_id = c.id
      ORDER BY c.id`,
  ).raw();
  let unplacedClaims = 0;
  let after = '';
  for (;;) {
    let claims = 0;
    let currentClaim = '';
    let currentPlaced = true;
    for (const [id, placeId, status, sourceId] of chunk.iterate(...where.params, after, chunkSize) as IterableIterator<[string, string | null, string, string | null]>) {
      if (id !== currentClaim) {
        if (!currentPlaced) unplacedClaims++;
        currentClaim = id;
        currentPlaced = false;
        claims++;
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
    if (claims < chunkSize) break;
    after = currentClaim;
    await pause();
  }

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
