import { describe, expect, it } from 'vitest';
import { claimTimeline } from '../../../electron/services/map/claim-timeline.ts';
import { placeClaims, placesOfClaims } from '../../../electron/services/places/place-claims.ts';
import { placeFeatures } from '../../../electron/services/places/place-features.ts';
import { locatePlace, unresolvedPlaces } from '../../../electron/services/places/unresolved-places.ts';
import { recordHistory } from '../../../electron/services/casefile/change-log.ts';
import { deleteRecord } from '../../../electron/services/casefile/record-store.ts';
import { makeCase, TEST_ACTOR } from '../../helpers/make-case.ts';
import { seedPlaces } from '../../helpers/seed-places.ts';

function fixture() {
  const c = makeCase({ documents: 1 });
  const seeded = seedPlaces(
    c.db,
    [
      { name: 'Idlib', lat: 35.9306, lon: 36.6339 },
      { name: 'Aleppo', lat: 36.2021, lon: 37.1343 },
      { name: 'Kafr Losin', resolution: 'unresolved', altNames: ['Kafr Lusin'] },
      { name: 'Tal Tuqan', resolution: 'ambiguous' },
    ],
    [
      { text: '3 convoys entered Idlib', places: ['Idlib'], status: 'confirmed', whenStart: '2020-02-10', source: 'SOHR' },
      { text: '40 vehicles in Idlib', places: ['Idlib'], status: 'disputed', whenStart: '2020-02-12', source: 'SOHR' },
      { text: 'shelling near Idlib and Aleppo', places: ['Idlib', 'Aleppo'], status: 'unreviewed', whenStart: '2020-03-01T08:00:00Z', source: 'Anadolu' },
      { text: 'a column crossed at Kafr Losin', places: ['Kafr Losin'], whenStart: '2020-02-11', source: 'Anadolu' },
      { text: 'more than 12,000 people displaced from Aleppo', places: ['Aleppo'], status: 'rejected', source: 'Reuters' },
      { text: 'a post at Tal Tuqan', places: ['Tal Tuqan'], whenStart: '2020-02-05' },
    ],
  );
  return { ...c, ...seeded };
}

describe('places:features', () => {
  it('gives each placed place its claim count, status breakdown and most cited source', async () => {
    const c = fixture();
    const result = await placeFeatures(c.db, {});
    const i = result.places.names.indexOf('Idlib');
    const a = result.places.names.indexOf('Aleppo');
    expect(result.places.ids).toHaveLength(2);
    expect([result.places.lat[i], result.places.lon[i]]).toEqual([35.9306, 36.6339]);
    expect(result.places.claims[i]).toBe(3);
    expect([result.places.unreviewed[i], result.places.confirmed[i], result.places.disputed[i], result.places.rejected[i]]).toEqual([1, 1, 1, 0]);
    expect(result.sources[result.places.topSource[i]!]!.name).toBe('SOHR');
    expect(result.places.claims[a]).toBe(2);
    expect(result.unplacedClaims).toBe(2); // Kafr Losin and Tal Tuqan are not on the map
    c.close();
  });

  it('follows the claim filter: status, period, source, text', async () => {
    const c = fixture();
    const count = async (filter: Parameters<typeof placeFeatures>[1]) => {
      const r = await placeFeatures(c.db, filter);
      return Object.fromEntries(r.places.names.map((n, i) => [n, r.places.claims[i]]));
    };
    expect(await count({ statuses: ['confirmed', 'disputed'] })).toEqual({ Idlib: 2 });
    expect(await count({ whenFrom: '2020-02-11', whenTo: '2020-03-01' })).toEqual({ Idlib: 2, Aleppo: 1 });
    expect(await count({ sourceIds: [c.sourceIds.get('Reuters')!] })).toEqual({ Aleppo: 1 });
    expect(await count({ text: 'vehicles' })).toEqual({ Idlib: 1 });
    expect(await count({ text: '100%_' })).toEqual({});
    c.close();
  });

  it('leaves out deleted claims and places', async () => {
    const c = fixture();
    deleteRecord(c.db, 'claims', c.claimIds[4]!, TEST_ACTOR);
    const features = await placeFeatures(c.db, {});
    expect(features.places.claims[features.places.names.indexOf('Aleppo')]).toBe(1);
    deleteRecord(c.db, 'places', c.placeIds.get('Aleppo')!, TEST_ACTOR);
    expect((await placeFeatures(c.db, {})).places.names).toEqual(['Idlib']);
    c.close();
  });
});

describe('places:claims and places:ofClaims', () => {
  it('lists the claims at a place, newest first, with the filter applied', () => {
    const c = fixture();
    const result = placeClaims(c.db, c.placeIds.get('Idlib')!, {}, 10);
    expect(result.place.name).toBe('Idlib');
    expect(result.total).toBe(3);
    expect(result.claims.map((x) => x.text)).toEqual(['shelling near Idlib and Aleppo', '40 vehicles in Idlib', '3 convoys entered Idlib']);
    expect(result.claims[0]!.sourceName).toBe('Anadolu');
    expect(placeClaims(c.db, c.placeIds.get('Idlib')!, { statuses: ['confirmed'] }, 10).total).toBe(1);
    expect(() => placeClaims(c.db, 'nope', {}, 10)).toThrow(/no longer exists/);
    c.close();
  });

  it('finds and frames the places of selected claims', () => {
    const c = fixture();
    const result = placesOfClaims(c.db, [c.claimIds[2]!, c.claimIds[3]!]);
    expect(new Set(result.placeIds)).toEqual(new Set([c.placeIds.get('Idlib'), c.placeIds.get('Aleppo')]));
    expect(result.bounds).toEqual([36.6339, 35.9306, 37.1343, 36.2021]);
    expect(placesOfClaims(c.db, [c.claimIds[3]!])).toEqual({ placeIds: [], bounds: null });
    c.close();
  });
});

describe('unresolved places', () => {
  it('lists unresolved and ambiguous places, most cited first, with an example claim', () => {
    const c = fixture();
    const { places } = unresolvedPlaces(c.db);
    expect(places.map((p) => [p.name, p.resolution, p.claims])).toEqual([
      ['Kafr Losin', 'unresolved', 1],
      ['Tal Tuqan', 'ambiguous', 1],
    ]);
    expect(places[0]!.altNames).toEqual(['Kafr Lusin']);
    expect(places[0]!.example).toBe('a column crossed at Kafr Losin');
    c.close();
  });

  it('placing one by hand puts every claim citing it on the map, keeps its names and records who did it', async () => {
    const c = fixture();
    const id = c.placeIds.get('Kafr Losin')!;
    const before = unresolvedPlaces(c.db).places[0]!;
    locatePlace(c.db, { id, lat: 36.1934, lon: 36.6456, altNames: ['Kafr Lusin', 'Kafrlusin'], expectedRev: before.rev }, 'analyst-b');
    expect(unresolvedPlaces(c.db).places.map((p) => p.name)).toEqual(['Tal Tuqan']);
    const features = await placeFeatures(c.db, {});
    expect(features.places.names).toContain('Kafr Losin');
    expect(features.unplacedClaims).toBe(1);
    const row = c.db.prepare('SELECT resolution, alt_names, lat FROM places WHERE id = ?').get(id);
    expect(row).toEqual({ resolution: 'analyst', alt_names: '["Kafr Lusin","Kafrlusin"]', lat: 36.1934 });
    const last = recordHistory(c.db, 'places', id).at(-1)!;
    expect([last.actor, last.op, last.summary]).toEqual(['analyst-b', 'update', 'Placed Kafr Losin by hand at 36.19340, 36.64560']);
    expect(() => locatePlace(c.db, { id, lat: 1, lon: 1, expectedRev: before.rev }, 'x')).toThrow(/changed by analyst-b/);
    c.close();
  });
});

describe('map:timeline', () => {
  it('counts claims per day, ignoring the period it is used to choose', () => {
    const c = fixture();
    const result = claimTimeline(c.db, { whenFrom: '2020-03-01', whenTo: '2020-03-02' });
    expect(result.from).toBe('2020-02-05');
    expect(result.to).toBe('2020-03-01');
    expect(result.days).toEqual([
      { day: '2020-02-05', claims: 1 },
      { day: '2020-02-10', claims: 1 },
      { day: '2020-02-11', claims: 1 },
      { day: '2020-02-12', claims: 1 },
      { day: '2020-03-01', claims: 1 },
    ]);
    expect(result.undated).toBe(1);
    expect(claimTimeline(c.db, { statuses: ['rejected'] })).toEqual({ from: null, to: null, days: [], undated: 1 });
    c.close();
  });
});

describe('places:features cache', () => {
  it('answers again from memory until the case changes', async () => {
    const c = fixture();
    const first = await placeFeatures(c.db, {});
    expect((await placeFeatures(c.db, {})).places).toBe(first.places);
    seedPlaces(c.db, [{ name: 'Saraqib', lat: 35.86, lon: 36.8 }], [{ text: 'new claim', places: ['Saraqib'] }]);
    const after = await placeFeatures(c.db, {});
    expect(after.places).not.toBe(first.places);
    expect(after.places.names).toContain('Saraqib');
    c.close();
  });

  it('tallies a chunk of claims at a time, answering other calls in between, with the same result', async () => {
    const whole = fixture();
    const expected = await placeFeatures(whole.db, {});
    whole.close();
    const c = fixture();
    let between = 0;
    const ticking = setInterval(() => between++, 0);
    const chunked = await placeFeatures(c.db, {}, { chunk: 1 });
    clearInterval(ticking);
    // Two fixtures, two sets of ids: compare what the map shows.
    const shown = (r: typeof expected) => ({ ...r, places: { ...r.places, ids: [] }, sources: r.sources.map((s) => [s.name, s.claims]), tookMs: 0 });
    expect(shown(chunked)).toEqual(shown(expected));
    expect(chunked.unplacedClaims).toBe(2);
    expect(between).toBeGreaterThan(0);
    c.close();
  });
});
