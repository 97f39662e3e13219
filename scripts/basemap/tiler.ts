/**
 * Cuts the layers into Mapbox vector tiles. Lines and polygons go through geojson-vt (clip +
 * simplify per zoom); points are placed directly. A feature appears from its `minzoom` on,
 * so world tiles stay small and villages appear only when there is room for them.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { ArchiveTile } from './pmtiles-writer.ts';
import type { LayerFeature, Layers } from './sources.ts';

const EXTENT = 4096;
/** Above this zoom every feature is in (the thresholds of sources.ts stop at 9). */
const LAST_THRESHOLD = 9;

export interface TileRange {
  z: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function isPointLayer(features: LayerFeature[]): boolean {
  return features.length > 0 && features.every((f) => f.geometry.type === 'Point');
}

/** geojson-vt indexes per layer and minzoom threshold, built when first needed. */
class LayerIndexes {
  private readonly cache = new Map<string, GeoJSONVT | null>();
  constructor(
    private readonly layers: Layers,
    private readonly maxZoom: number,
  ) {}

  get(layer: string, zoom: number): GeoJSONVT | null {
    const threshold = Math.min(zoom, LAST_THRESHOLD);
    const key = `${layer}@${threshold}`;
    if (!this.cache.has(key)) {
      const features = this.layers[layer]!.filter((f) => f.minzoom <= threshold);
      this.cache.set(
        key,
        features.length === 0
          ? null
          : new GeoJSONVT(
              { type: 'FeatureCollection', features: features.map(({ minzoom: _m, ...f }) => f) },
              { maxZoom: this.maxZoom, indexMaxZoom: 5, tolerance: 2, extent: EXTENT, buffer: 64 },
            ),
      );
    }
    return this.cache.get(key)!;
  }
}

function lonToX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}
function latToY(lat: number, z: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z;
}

/** Points by tile, for each zoom: cheap to place directly, no clipping needed. */
class PointTiles {
  private readonly byZoom = new Map<number, Map<string, GeoJSONVTFeature[]>>();
  constructor(private readonly features: LayerFeature[]) {}

  get(z: number, x: number, y: number): GeoJSONVTTile | null {
    let tiles = this.byZoom.get(z);
    if (!tiles) {
      tiles = new Map();
      for (const f of this.features) {
        if (f.minzoom > z || f.geometry.type !== 'Point') continue;
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const fx = lonToX(lon, z);
        const fy = latToY(lat, z);
        const tx = Math.floor(fx);
        const ty = Math.floor(fy);
        const key = `${tx}/${ty}`;
        const list = tiles.get(key) ?? [];
        list.push({ type: 1, tags: f.properties, geometry: [[Math.round((fx - tx) * EXTENT), Math.round((fy - ty) * EXTENT)]] });
        tiles.set(key, list);
      }
      this.byZoom.set(z, tiles);
    }
    const features = tiles.get(`${x}/${y}`);
    if (!features) return null;
    return { features, transformed: true } as unknown as GeoJSONVTTile;
  }
}

/** Every non-empty tile of `ranges`, gzip-compressed MVT. */
export function cutTiles(layers: Layers, ranges: TileRange[], maxZoom: number, skip: (z: number, x: number, y: number) => boolean = () => false): ArchiveTile[] {
  const indexes = new LayerIndexes(layers, maxZoom);
  const points = new Map<string, PointTiles>();
  for (const [name, features] of Object.entries(layers)) if (isPointLayer(features)) points.set(name, new PointTiles(features));
  const out: ArchiveTile[] = [];
  for (const range of ranges) {
    const started = Date.now();
    let count = 0;
    for (let x = range.x0; x <= range.x1; x++) {
      for (let y = range.y0; y <= range.y1; y++) {
        if (skip(range.z, x, y)) continue;
        const tileLayers: Record<string, GeoJSONVTTile> = {};
        for (const name of Object.keys(layers)) {
          const tile = points.has(name) ? points.get(name)!.get(range.z, x, y) : indexes.get(name, range.z)?.getTile(range.z, x, y);
          if (tile && tile.features.length > 0) tileLayers[name] = tile;
        }
        if (Object.keys(tileLayers).length === 0) continue;
        out.push({ z: range.z, x, y, data: gzipSync(fromGeojsonVt(tileLayers, { version: 2, extent: EXTENT }), { level: 9 }) });
        count++;
      }
    }
    console.log(`  z${range.z}: ${count} tiles (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return out;
}
