import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writePmtiles } from '../../../scripts/basemap/pmtiles-writer.ts';

const BASEMAP = join(new URL('../../../', import.meta.url).pathname, 'resources/basemap');

class BufferSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string {
    return 'test';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: new Uint8Array(this.bytes.subarray(offset, offset + length)).buffer };
  }
}

function lonLatToTile(lon: number, lat: number, z: number): [number, number] {
  const s = Math.sin((lat * Math.PI) / 180);
  return [Math.floor(((lon + 180) / 360) * 2 ** z), Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z)];
}

async function tile(archive: PMTiles, z: number, x: number, y: number): Promise<VectorTile | null> {
  const found = await archive.getZxy(z, x, y);
  return found ? new VectorTile(new PbfReader(new Uint8Array(found.data))) : null;
}

function names(t: VectorTile, layer: string): string[] {
  const l = t.layers[layer];
  return l ? Array.from({ length: l.length }, (_, i) => String(l.feature(i).properties['name'])) : [];
}

describe('the PMTiles writer', () => {
  it('writes archives the pmtiles reader reads back, with leaf directories and de-duplicated tiles', async () => {
    // Enough distinct tiles that the directory overflows the 16 KiB root into leaf directories.
    const same = gzipSync(Buffer.from('same'));
    const content = (x: number, y: number): string => (x % 3 === 0 ? 'same' : `tile ${x}/${y} ${'.'.repeat((x * 7919 + y * 104_729) % 251)}`);
    const tiles = [];
    for (let x = 0; x < 160; x++) for (let y = 0; y < 128; y++) tiles.push({ z: 8, x, y, data: x % 3 === 0 ? same : gzipSync(Buffer.from(content(x, y)), { level: 1 }) });
    tiles.push({ z: 0, x: 0, y: 0, data: gzipSync(Buffer.from('root')) });
    const bytes = writePmtiles(tiles, { minZoom: 0, maxZoom: 8, bounds: [-180, -85, 180, 85], center: [0, 0, 2], metadata: { name: 'test' } });
    const archive = new PMTiles(new BufferSource(bytes));
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom, header.numAddressedTiles]).toEqual([0, 8, 160 * 128 + 1]);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.numTileContents).toBeLessThan(header.numAddressedTiles);
    expect(await archive.getMetadata()).toEqual({ name: 'test' });
    for (const [x, y] of [[0, 0], [1, 5], [159, 127], [3, 40], [100, 64]] as const) {
      const found = await archive.getZxy(8, x, y);
      expect(Buffer.from(found!.data).toString()).toBe(content(x, y));
    }
    expect(Buffer.from((await archive.getZxy(0, 0, 0))!.data).toString()).toBe('root');
    expect(await archive.getZxy(8, 200, 0)).toBeUndefined();
  });
});

describe('the shipped basemap', () => {
  const manifest = JSON.parse(readFileSync(join(BASEMAP, 'manifest.json'), 'utf8'));
  const world = new PMTiles(new BufferSource(readFileSync(join(BASEMAP, 'world.pmtiles'))));
  const region = new PMTiles(new BufferSource(readFileSync(join(BASEMAP, 'region.pmtiles'))));

  it('has the world at zoom 0 with land, coastlines, borders and country names', async () => {
    expect(Object.keys((await tile(world, 0, 0, 0))!.layers).sort()).toEqual(['coastline', 'land']);
    const t = (await tile(world, 1, 1, 0))!;
    expect(Object.keys(t.layers)).toEqual(expect.arrayContaining(['boundaries', 'coastline', 'country_labels', 'land']));
    expect(names(t, 'country_labels')).toEqual(expect.arrayContaining(['Russia', 'China']));
  });

  it('has north-west Syria at zoom 12 in the region archive, with Idlib and its province, and leaves it out of the world archive from zoom 7', async () => {
    const [x, y] = lonLatToTile(36.6339, 35.9306, 12);
    const t = (await tile(region, 12, x, y))!;
    expect(names(t, 'places')).toContain('Idlib');
    expect(t.layers['land']).toBeDefined();
    const [x7, y7] = lonLatToTile(36.6339, 35.9306, 7);
    expect(await world.getZxy(7, x7, y7)).toBeUndefined();
    expect(await region.getZxy(7, x7, y7)).toBeDefined();
    const [x6, y6] = lonLatToTile(36.6339, 35.9306, 6);
    expect(names((await tile(world, 6, x6, y6))!, 'admin1_labels')).toEqual(expect.arrayContaining(['Idlib', 'Aleppo']));
    const [wb, sb, eb, nb] = manifest.archives.region.bounds;
    expect(wb < 36 && eb > 42 && sb < 33 && nb > 37).toBe(true);
  });

  it('ships every label font the style names, as local files', () => {
    for (const faces of Object.values(manifest.fontFaces) as { url: string }[][]) {
      for (const face of faces) {
        expect(face.url).toMatch(/^basemap\/fonts\/[\w-]+\.woff2$/);
        expect(readFileSync(join(BASEMAP, '..', face.url)).subarray(0, 4).toString('latin1')).toBe('wOF2');
      }
    }
    expect(Object.keys(manifest.fontFaces)).toEqual(['Noto Sans Regular', 'Noto Sans SemiBold']);
  });
});
