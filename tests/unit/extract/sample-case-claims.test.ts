import { describe, expect, it } from 'vitest';
import { statement } from '../../../electron/services/casefile/case-db.ts';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { createEngine } from '../../../electron/services/engine.ts';
import { testEnvironment } from '../../helpers/make-case.ts';

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('the sample case', () => {
  it('comes with the claims of its documents, sourced and placed', async () => {
    const engine = createEngine(testEnvironment());
    const info = (await engine.invoke('s', 'case:openSample', {})) as { path: string; counts: { claims: number; places: number; sources: number } };
    expect(info.counts.claims).toBeGreaterThan(30);
    engine.close();
    const open = openCase(info.path, { readonly: true });
    const vehicles = statement(
      open.db,
      `SELECT c.value, c.qualifier, c.unit, s.name AS source FROM claims c JOIN sources s ON s.id = c.source_id
       WHERE c.value = 75 AND c.unit = 'armoured vehicles' AND c.deleted_at IS NULL`,
    ).all();
    expect(vehicles).toEqual([{ value: 75, qualifier: 'more_than', unit: 'armoured vehicles', source: 'Syrian Observatory for Human Rights' }]);
    const place = (name: string): { lat: number; lon: number } =>
      statement(open.db, 'SELECT lat, lon FROM places WHERE name = ? AND deleted_at IS NULL').get(name) as { lat: number; lon: number };
    // GeoNames positions of Idlib and Aleppo (city centres)
    expect(km(place('Idlib').lat, place('Idlib').lon, 35.9306, 36.6339)).toBeLessThan(5);
    expect(km(place('Aleppo').lat, place('Aleppo').lon, 36.2021, 37.1343)).toBeLessThan(5);
    const linked = statement(open.db, "SELECT count(*) AS n FROM claim_places cp JOIN places p ON p.id = cp.place_id WHERE p.name = 'Idlib'").get() as { n: number };
    expect(linked.n).toBeGreaterThan(2);
    open.close();
  });
});
