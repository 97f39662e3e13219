/**
 * The case's places, as extraction sees and grows them: every live place is a known place
 * (matched in text before the gazetteer, with the analyst's coordinates), and a resolved
 * mention finds its case place by gazetteer entry, then by name or alternate name, before
 * a new one is registered. So a place the analyst fixed or added once is reused by every
 * later extraction.
 */
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { insertRecord, updateRecord } from '../casefile/record-store.ts';
import { placeKey } from '../gazetteer/place-key.ts';
import { KnownPlaceIndex, type KnownPlace, type ResolvedPlace } from './places.ts';

interface PlaceRow {
  id: string;
  name: string;
  alt_names: string;
  lat: number | null;
  lon: number | null;
  gazetteer_id: string | null;
  resolution: KnownPlace['resolution'];
}

interface Snapshot {
  version: string;
  index: KnownPlaceIndex;
}

const snapshots = new WeakMap<ReadableDb, Snapshot>();

/**
 * The case's places as a name index, rebuilt only when the places table changed (any
 * insert, edit or deletion moves its row count or its newest rev: revs are UUIDv7, so
 * time-ordered). An import of thousands of documents re-reads the places only when they change.
 */
export function knownPlaceIndex(db: ReadableDb): KnownPlaceIndex {
  const stamp = statement(db, 'SELECT count(*) AS n, max(rev) AS r FROM places').get() as { n: number; r: string | null };
  const version = `${stamp.n}:${stamp.r ?? ''}`;
  const cached = snapshots.get(db);
  if (cached?.version === version) return cached.index;
  const index = new KnownPlaceIndex(knownPlaces(db));
  snapshots.set(db, { version, index });
  return index;
}

export function knownPlaces(db: ReadableDb): KnownPlace[] {
  const rows = statement(db, 'SELECT id, name, alt_names, lat, lon, gazetteer_id, resolution FROM places WHERE deleted_at IS NULL').all() as PlaceRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    altNames: JSON.parse(r.alt_names) as string[],
    lat: r.lat,
    lon: r.lon,
    gazetteerId: r.gazetteer_id,
    resolution: r.resolution,
  }));
}

/** After this session's own writes: the cached index is current again (no rebuild for the next document). */
export function rememberIndex(db: ReadableDb, index: KnownPlaceIndex): void {
  const stamp = statement(db, 'SELECT count(*) AS n, max(rev) AS r FROM places').get() as { n: number; r: string | null };
  snapshots.set(db, { version: `${stamp.n}:${stamp.r ?? ''}`, index });
}

/** Finds (or registers) the case place of a resolved mention; returns its id. */
export class CasePlaces {
  constructor(
    private readonly db: WritableDb,
    private readonly actor: string,
    private readonly index: KnownPlaceIndex,
  ) {}

  idFor(place: ResolvedPlace, mentionName: string): string {
    const found =
      place.known ??
      (place.entry ? this.index.byGazetteer.get(place.key) : undefined) ??
      (place.resolution === 'unresolved' || !place.entry ? this.index.byKey.get(placeKey(mentionName)) : undefined);
    if (found) {
      this.rememberSpelling(found, mentionName);
      return found.id;
    }
    const entry = place.entry;
    const altNames = [...new Set([entry && entry.name !== mentionName ? entry.name : null, ...(entry?.arabic ?? [])].filter((n): n is string => !!n))];
    const { id } = insertRecord(
      this.db,
      'places',
      {
        name: mentionName,
        alt_names: altNames,
        lat: place.lat,
        lon: place.lon,
        kind: place.kind,
        country_code: place.country,
        admin1: place.admin1,
        gazetteer_id: entry ? place.key : null,
        resolution: place.resolution,
      },
      this.actor,
      { summary: `found place ${mentionName}` },
    );
    this.index.add({ id, name: mentionName, altNames, lat: place.lat, lon: place.lon, gazetteerId: entry ? place.key : null, resolution: place.resolution });
    return id;
  }

  /** "Maarat al-Numan" after "Ma'arrat al-Nu'man": the case place learns the new spelling. */
  private rememberSpelling(place: KnownPlace, name: string): void {
    if ([place.name, ...place.altNames].includes(name)) return;
    place.altNames = [...place.altNames, name];
    updateRecord(this.db, 'places', place.id, { alt_names: place.altNames }, this.actor, { summary: `new spelling ${name}` });
    this.index.addName(place, name);
  }
}
