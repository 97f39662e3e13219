/**
 * Loads the offline basemap: its manifest, and both PMTiles archives, each fetched whole from
 * Sightline's own resources (13 MB from the local disk) and read from memory through the
 * `pmtiles` library's MapLibre protocol. Reading from memory means the servers need no HTTP
 * range support, and every map of the window shares one copy.
 */
import { addProtocol, type FontFacesSpecification } from 'maplibre-gl';
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import type { SightlineClient } from '../../api/client.ts';
import type { BasemapSources } from './map-style.ts';

interface Manifest {
  archives: {
    world: { file: string };
    region: { file: string; bounds: [number, number, number, number] };
  };
  fontFaces: Record<string, { url: string; 'unicode-range': string[] }[]>;
}

/** A PMTiles source over bytes already in memory. */
class MemorySource implements Source {
  constructor(
    private readonly key: string,
    private readonly bytes: Promise<ArrayBuffer>,
  ) {}
  getKey(): string {
    return this.key;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const all = await this.bytes;
    return { data: all.slice(offset, offset + length) };
  }
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The basemap file ${url} could not be read (${response.status}).`);
  return response.arrayBuffer();
}

let loading: Promise<BasemapSources> | null = null;

/** The basemap's sources and fonts, loaded once per window. */
export function loadBasemap(client: SightlineClient): Promise<BasemapSources> {
  loading ??= (async () => {
    const response = await fetch(client.resourceUrl('basemap/manifest.json'));
    if (!response.ok) throw new Error('The basemap is missing from resources/basemap (run `npm run basemap`).');
    const manifest = (await response.json()) as Manifest;
    const protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
    const world = new MemorySource('sightline-world', fetchBytes(client.resourceUrl(manifest.archives.world.file)));
    const region = new MemorySource('sightline-region', fetchBytes(client.resourceUrl(manifest.archives.region.file)));
    protocol.add(new PMTiles(world));
    protocol.add(new PMTiles(region));
    const fontFaces: FontFacesSpecification = {};
    for (const [name, faces] of Object.entries(manifest.fontFaces)) {
      fontFaces[name] = faces.map((f) => ({ url: client.resourceUrl(f.url), 'unicode-range': f['unicode-range'] }));
    }
    return {
      worldUrl: `pmtiles://${world.getKey()}`,
      regionUrl: `pmtiles://${region.getKey()}`,
      regionBounds: manifest.archives.region.bounds,
      fontFaces,
    };
  })();
  loading.catch(() => (loading = null));
  return loading;
}
