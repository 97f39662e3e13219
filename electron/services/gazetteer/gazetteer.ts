/**
 * The offline gazetteer: GeoNames places (cities500), countries, first-level divisions
 * and a few region expressions, loaded lazily from resources/gazetteer/ (built by
 * scripts/build-gazetteer.js). Names are found through sorted indexes of normalised
 * spellings (place-key.ts) by binary search, so opening costs a decompression and a
 * split, not a map of half a million keys; each place row is parsed when first asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { repositoryRoot } from '../environment.ts';
import { isArabicScript, placeKey, placeSkeleton, withoutArticle } from './place-key.ts';
import { REGION_EXPRESSIONS } from './region-expressions.ts';

export type GazetteerKind = 'populated_place' | 'country' | 'admin1' | 'region';

export interface GazetteerEntry {
  /** "geonames:169389", "country:SY", "admin1:SY.12", "region:middle-east". */
  readonly id: string;
  readonly name: string;
  /** Arabic-script names (labels for Arabic text, issue 11). */
  readonly arabic: readonly string[];
  readonly kind: GazetteerKind;
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly population: number;
  readonly featureCode: string;
}

export interface CountryArea {
  code: string;
  name: string;
  names: string[];
  arabic: string[];
  demonyms: string[];
  lat: number | null;
  lon: number | null;
  /** [west, south, east, north] of the country's places. */
  box: [number, number, number, number] | null;
  /** GeoNames id of the capital. */
  capital: string | null;
}

interface DivisionArea {
  country: string;
  admin1: string;
  iso: string;
  geonameId: number | null;
  name: string;
  arabic: string[];
  seat: string | null;
  lat: number;
  lon: number;
}

/** Words that name a first-level division after its name ("Idlib Governorate"). */
export const DIVISION_WORDS = /\s+(governorate|province|region|state|oblast|district|department|prefecture|county|wilaya|muhafazah|krai|territory)$/i;

class SortedIndex {
  private readonly lines: string[];
  constructor(text: string) {
    this.lines = text.split('\n');
    if (this.lines[this.lines.length - 1] === '') this.lines.pop();
  }
  get(key: string): number[] {
    const target = key + '\t';
    let lo = 0;
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.lines[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    const line = this.lines[lo];
    if (line === undefined || !line.startsWith(target)) return [];
    return line.slice(target.length).split(',').map(Number);
  }
}

function readGzip(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

export class Gazetteer {
  private placeLines: string[] | null = null;
  private readonly parsed = new Map<number, GazetteerEntry>();
  private keys: SortedIndex | null = null;
  private skeletons: SortedIndex | null = null;
  private areaIndex: Map<string, GazetteerEntry[]> | null = null;
  private countryList: CountryArea[] = [];
  private readonly countryEntries = new Map<string, GazetteerEntry>();
  private readonly demonymIndex = new Map<string, string>();

  constructor(private readonly dir: string) {}

  /** The countries (loads areas on first use). */
  get countries(): readonly CountryArea[] {
    this.areas();
    return this.countryList;
  }

  country(code: string): GazetteerEntry | null {
    this.areas();
    return this.countryEntries.get(code) ?? null;
  }

  countryArea(code: string): CountryArea | null {
    return this.countries.find((c) => c.code === code) ?? null;
  }

  /** The capital of a country ("the capital" in a report about it). */
  capitalOf(code: string): GazetteerEntry | null {
    const id = this.countryArea(code)?.capital;
    return id ? this.byId(`geonames:${id}`) : null;
  }

  /** "Turkish" → "TR". */
  countryOfDemonym(word: string): string | null {
    this.areas();
    return this.demonymIndex.get(word.toLowerCase()) ?? null;
  }

  private readonly lookups = new Map<string, GazetteerEntry[]>();

  /** Every entry whose name or alternate spelling has the same exact-tier key (memoised per key). */
  lookup(name: string): GazetteerEntry[] {
    const key = placeKey(name);
    if (!key) return [];
    const cached = this.lookups.get(key);
    if (cached) return cached;
    if (this.lookups.size >= 50_000) this.lookups.clear();
    const found = this.lookupKey(key);
    this.lookups.set(key, found);
    return found;
  }

  private lookupKey(key: string): GazetteerEntry[] {
    const out = [...(this.areas().get(key) ?? [])];
    const stem = key.replace(DIVISION_WORDS, '');
    if (stem !== key) for (const e of this.areas().get(stem) ?? []) if (e.kind === 'admin1' && !out.includes(e)) out.push(e);
    for (const row of this.keyIndex().get(key)) out.push(this.place(row));
    return out;
  }

  /** The loose tier: spellings that differ only in vowels (used when lookup finds nothing). */
  lookupLoose(name: string): GazetteerEntry[] {
    if (isArabicScript(name)) return [];
    const skeleton = placeSkeleton(name);
    if (skeleton.length < 4) return [];
    return this.skeletonIndex()
      .get(skeleton)
      .map((row) => this.place(row));
  }

  /** Entry by id, for entries this gazetteer has handed out. */
  byId(id: string): GazetteerEntry | null {
    if (id.startsWith('geonames:')) {
      const wanted = id.slice('geonames:'.length);
      for (const entry of this.parsed.values()) if (entry.id === id) return entry;
      const lines = this.lines();
      for (let i = 0; i < lines.length; i++) if (lines[i]!.startsWith(wanted + '\t')) return this.place(i);
      return null;
    }
    for (const entries of this.areas().values()) for (const e of entries) if (e.id === id) return e;
    return null;
  }

  private lines(): string[] {
    if (!this.placeLines) {
      const lines = readGzip(join(this.dir, 'places.tsv.gz')).split('\n');
      lines.shift(); // header
      if (lines[lines.length - 1] === '') lines.pop();
      this.placeLines = lines;
    }
    return this.placeLines;
  }

  private keyIndex(): SortedIndex {
    return (this.keys ??= new SortedIndex(readGzip(join(this.dir, 'keys.tsv.gz'))));
  }

  private skeletonIndex(): SortedIndex {
    return (this.skeletons ??= new SortedIndex(readGzip(join(this.dir, 'skeletons.tsv.gz'))));
  }

  private place(row: number): GazetteerEntry {
    const cached = this.parsed.get(row);
    if (cached) return cached;
    const f = this.lines()[row]!.split('\t');
    const entry: GazetteerEntry = {
      id: `geonames:${f[0]}`,
      name: f[1]!,
      arabic: f[2] ? f[2].split('|') : [],
      kind: 'populated_place',
      lat: Number(f[3]),
      lon: Number(f[4]),
      featureCode: f[5]!,
      country: f[6] || null,
      admin1: f[7] || null,
      population: Number(f[8]) || 0,
    };
    this.parsed.set(row, entry);
    return entry;
  }

  private areas(): Map<string, GazetteerEntry[]> {
    if (this.areaIndex) return this.areaIndex;
    const index = new Map<string, GazetteerEntry[]>();
    const add = (name: string, entry: GazetteerEntry): void => {
      const key = placeKey(name);
      for (const k of [key, withoutArticle(key)]) {
        if (!k) continue;
        const list = index.get(k) ?? [];
        if (!list.includes(entry)) list.push(entry);
        index.set(k, list);
      }
    };
    const data = JSON.parse(readFileSync(join(this.dir, 'areas.json'), 'utf8')) as { countries: CountryArea[]; divisions: DivisionArea[] };
    this.countryList = data.countries;
    for (const c of data.countries) {
      if (c.lat === null || c.lon === null) continue;
      const entry: GazetteerEntry = {
        id: `country:${c.code}`,
        name: c.name,
        arabic: c.arabic,
        kind: 'country',
        lat: c.lat,
        lon: c.lon,
        country: c.code,
        admin1: null,
        population: 0,
        featureCode: 'PCLI',
      };
      this.countryEntries.set(c.code, entry);
      for (const name of [c.name, ...c.names, ...c.arabic]) add(name, entry);
      for (const d of c.demonyms) this.demonymIndex.set(d.toLowerCase(), c.code);
    }
    for (const d of data.divisions) {
      const entry: GazetteerEntry = {
        id: `admin1:${d.country}.${d.admin1}`,
        name: d.name,
        arabic: d.arabic,
        kind: 'admin1',
        lat: d.lat,
        lon: d.lon,
        country: d.country,
        admin1: d.admin1,
        population: 0,
        featureCode: 'ADM1',
      };
      add(d.name, entry);
      add(d.name.replace(DIVISION_WORDS, ''), entry);
      for (const a of d.arabic) add(a, entry);
    }
    for (const r of REGION_EXPRESSIONS) {
      const entry: GazetteerEntry = {
        id: `region:${r.id}`,
        name: r.name,
        arabic: r.names.filter((n) => isArabicScript(n)),
        kind: 'region',
        lat: r.lat,
        lon: r.lon,
        country: null,
        admin1: null,
        population: 0,
        featureCode: 'RGN',
      };
      for (const n of r.names) add(n, entry);
    }
    this.areaIndex = index;
    return index;
  }
}

const loaded = new Map<string, Gazetteer>();

/** The gazetteer of the running checkout (resources/ beside the code), for callers without an environment. */
export function defaultGazetteer(): Gazetteer {
  return gazetteerAt(join(repositoryRoot(), 'resources'));
}

/** The gazetteer in `resourcesDir`/gazetteer, shared by every caller of this process. */
export function gazetteerAt(resourcesDir: string): Gazetteer {
  const dir = join(resourcesDir, 'gazetteer');
  let g = loaded.get(dir);
  if (!g) {
    g = new Gazetteer(dir);
    loaded.set(dir, g);
  }
  return g;
}
