import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPoint, listPoints, updatePoint } from '../../../electron/services/observation-points/observation-points.ts';
import { exportPoints, importPoints } from '../../../electron/services/observation-points/point-files.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';

function caseWithPoints() {
  const c = makeCase();
  c.db.transaction(() => {
    createPoint(c.db, { name: 'Bab al-Hawa crossing', type: 'crossing', lat: 36.230556, lon: 36.6925, notes: 'Main crossing into Idlib' }, 'a');
    createPoint(c.db, { name: 'نقطة المراقبة', type: 'observation post', lat: 35.9, lon: 36.6, notes: '', properties: { series: 'Astana' } }, 'a');
  })();
  return c;
}

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark><name>Kafr Losin</name><description>border post</description><Point><coordinates>36.6456,36.1934,0</coordinates></Point></Placemark>
  <Placemark><name>Road</name><LineString><coordinates>36.1,35.1 36.2,35.2</coordinates></LineString></Placemark>
  <Placemark><name>Taftanaz airbase</name><ExtendedData><Data name="type"><value>base</value></Data></ExtendedData><Point><coordinates>36.7833,35.9986</coordinates></Point></Placemark>
</Document></kml>`;

describe('importing observation points', () => {
  it('reads KML placemarks, skipping what is not a point', () => {
    const c = makeCase();
    const file = join(tempDir(), 'posts.kml');
    writeFileSync(file, KML);
    const result = importPoints(c.db, file, undefined, 'a');
    expect([result.imported, result.skipped]).toEqual([2, 1]);
    const points = listPoints(c.db).points;
    expect(points.map((p) => [p.name, p.type, p.lat, p.lon, p.notes])).toEqual([
      ['Kafr Losin', 'observation post', 36.1934, 36.6456, 'border post'],
      ['Taftanaz airbase', 'base', 35.9986, 36.7833, ''],
    ]);
    c.close();
  });

  it('round-trips GeoJSON and KML exports, and keeps a re-imported point once', () => {
    const c = caseWithPoints();
    const dir = tempDir();
    for (const format of ['geojson', 'kml'] as const) {
      const path = join(dir, `points.${format}`);
      expect(exportPoints(c.db, { path, overwrite: false }).exported).toBe(2);
      const other = makeCase();
      expect(importPoints(other.db, path, undefined, 'b').imported).toBe(2);
      const back = listPoints(other.db).points.map((p) => [p.name, p.type, p.lat, p.lon, p.notes]);
      expect(back).toEqual(listPoints(c.db).points.map((p) => [p.name, p.type, p.lat, p.lon, p.notes]));
      other.close();
      // Into the case it came from: the same points, so nothing new.
      const again = importPoints(c.db, path, undefined, 'a');
      expect([again.imported, again.skipped]).toEqual([0, 2]);
    }
    const geojson = JSON.parse(readFileSync(join(dir, 'points.geojson'), 'utf8'));
    expect(geojson.features[1].properties).toMatchObject({ name: 'نقطة المراقبة', series: 'Astana' });
    expect(() => exportPoints(c.db, { path: join(dir, 'points.geojson'), overwrite: false })).toThrow(/already exists/);
    c.close();
  });

  it.each([
    ['broken.geojson', '{"type": "FeatureCollection", "features": [', /broken.geojson is not valid JSON/],
    ['notgeo.json', '{"hello": 1}', /is JSON but not GeoJSON/],
    ['lines.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: {} }] }), /holds no points \(1 features, none a point\)/],
    ['broken.kml', '<kml><Placemark><name>x</Placemark>', /broken.kml is not valid XML/],
    ['html.kml', '<html><body>hello</body></html>', /is XML but not KML/],
    ['points.csv', 'a,b', /reads and writes observation points as \.geojson, \.json or \.kml/],
  ])('refuses %s with a clear error and changes nothing', (name, content, message) => {
    const c = caseWithPoints();
    const file = join(tempDir(), name);
    writeFileSync(file, content);
    const before = c.db.prepare('SELECT count(*) AS n FROM changes').get();
    expect(() => importPoints(c.db, file, undefined, 'a')).toThrow(message);
    expect(c.db.prepare('SELECT count(*) AS n FROM changes').get()).toEqual(before);
    expect(listPoints(c.db).points).toHaveLength(2);
    c.close();
  });

  it('refuses a missing file', () => {
    const c = makeCase();
    expect(() => importPoints(c.db, join(tempDir(), 'nope.kml'), undefined, 'a')).toThrow(/There is no file/);
    c.close();
  });

  it('exports only the chosen points', () => {
    const c = caseWithPoints();
    const [first] = listPoints(c.db).points;
    updatePoint(c.db, { id: first!.id, notes: 'n' }, 'a');
    const path = join(tempDir(), 'one.geojson');
    expect(exportPoints(c.db, { path, ids: [first!.id], overwrite: false }).exported).toBe(1);
    c.close();
  });
});
