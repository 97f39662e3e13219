/**
 * Place mentions in a sentence and their resolution for the whole document.
 *
 * Candidates are runs of capitalised words (with the Arabic article forms "al-", "ez-"
 * and "of/the" inside, as in "Ma'arrat al-Nu'man", "Gulf of Aden"). A run is a place
 * when its words are all taken by gazetteer (or case) names, place words ("Governorate",
 * "crossing") and directions — so "Middle East Monitor" or "President Vladimir Putin"
 * are not places. Small places also need a reason: a locative before them ("in", "near",
 * "via the"), a place word after them, or their country being the document's. A run after
 * a locative that the gazetteer does not know ("via the Kafr Losin crossing") is an
 * unresolved place. "northern Syria" is a region derived from its country; "north of
 * Idlib" after another place only locates that place; "Syrian territory" is Syria.
 */
import { DIVISION_WORDS, type Gazetteer, type GazetteerEntry } from '../gazetteer/gazetteer.ts';
import { placeKey } from '../gazetteer/place-key.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import { stripPossessive, type Token } from './tokenize.ts';

/** A place the case already knows (fixed or added by an analyst, or met before). */
export interface KnownPlace {
  id: string;
  name: string;
  altNames: string[];
  lat: number | null;
  lon: number | null;
  gazetteerId: string | null;
  resolution: 'gazetteer' | 'analyst' | 'unresolved' | 'ambiguous';
}

export interface PlaceMention {
  /** Name as written (without a possessive). */
  name: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  candidates: GazetteerEntry[];
  known: KnownPlace | null;
  /** A locative or place word marks it as a location of what the sentence reports. */
  cued: boolean;
  /** Only locates another place ("north of Idlib"). */
  reference: boolean;
  /** "northern Syria": a part of the candidate area. */
  direction: string | null;
  /** "the capital": the capital of the document's country, known only after resolve(). */
  capital?: boolean;
  /** Set by resolve(). */
  resolved: ResolvedPlace | null;
}

export interface ResolvedPlace {
  /** Key for grouping mentions of the same place in a document. */
  key: string;
  name: string;
  lat: number | null;
  lon: number | null;
  resolution: 'gazetteer' | 'analyst' | 'unresolved' | 'ambiguous';
  entry: GazetteerEntry | null;
  known: KnownPlace | null;
  kind: string;
  country: string | null;
  admin1: string | null;
}

const INNER_LOWER = /^(?:al|el|an|ad|ar|as|ash|at|az|ez|ed|en|es|ur|ul|bin|ibn|bani|beni|de|del|la|le|du|des|di|da|dos|van|von)$|^(?:al|el|an|ad|ar|as|ash|at|az|ez|ed|en|es)-/;

/** The case's places by normalised name (built once per version of the case's places). */
export class KnownPlaceIndex {
  readonly byKey = new Map<string, KnownPlace>();
  readonly byGazetteer = new Map<string, KnownPlace>();
  readonly places: KnownPlace[] = [];
  constructor(places: readonly KnownPlace[]) {
    for (const p of places) this.add(p);
  }
  add(p: KnownPlace): void {
    this.places.push(p);
    if (p.gazetteerId && !this.byGazetteer.has(p.gazetteerId)) this.byGazetteer.set(p.gazetteerId, p);
    for (const n of [p.name, ...p.altNames]) this.addName(p, n);
  }
  addName(p: KnownPlace, name: string): void {
    const key = placeKey(name);
    if (!this.byKey.has(key)) this.byKey.set(key, p);
  }
}

export class PlaceFinder {
  private readonly knownIndex: ReadonlyMap<string, KnownPlace>;

  constructor(
    private readonly lang: LanguagePack,
    private readonly gazetteer: Gazetteer,
    known: readonly KnownPlace[] | KnownPlaceIndex = [],
  ) {
    this.knownIndex = (known instanceof KnownPlaceIndex ? known : new KnownPlaceIndex(known)).byKey;
  }

  private isRunWord(t: Token, first: boolean): boolean {
    if (t.kind !== 'word') return false;
    if (t.capital) return first ? !this.lang.capitalisedStops.has(t.lower) || this.lang.directions.has(t.lower) : !this.lang.weekdays.has(t.lower);
    return !first && INNER_LOWER.test(t.lower);
  }

  /** The case's place or the gazetteer's entries for a name (also used by the Arabic pipeline). */
  lookup(name: string): { entries: GazetteerEntry[]; known: KnownPlace | null } {
    const known = this.knownIndex.get(placeKey(name)) ?? null;
    if (known) return { entries: [], known };
    let entries = this.gazetteer.lookup(name);
    // all capitals ("UAE", "DRC", but also "DER", "PDF"): only countries, divisions and regions
    if (/^[\p{Lu}.\s]{2,8}$/u.test(name)) entries = entries.filter((e) => e.kind !== 'populated_place');
    return { entries, known };
  }

  find(tokens: Token[], text: string, offset: number): PlaceMention[] {
    const out: PlaceMention[] = [];
    let i = 0;
    while (i < tokens.length) {
      // "in the capital", "in the Libyan capital"
      if (tokens[i]!.lower === 'capital' && !tokens[i]!.capital) {
        const demonym = tokens[i - 1]?.capital ? this.gazetteer.countryOfDemonym(tokens[i - 1]!.text) : null;
        const the = demonym ? i - 2 : i - 1;
        if (tokens[the]?.lower === 'the' && this.lang.locatives.has(tokens[the - 1]?.lower ?? '')) {
          const t = tokens[i]!;
          const capital = demonym ? this.gazetteer.capitalOf(demonym) : null;
          const name = demonym && capital ? capital.name : 'the capital';
          out.push({ name, start: tokens[the]!.start, end: t.end, tokenStart: the, tokenEnd: i + 1, candidates: capital ? [capital] : [], known: null, cued: true, reference: false, direction: null, capital: !capital, resolved: null });
          i++;
          continue;
        }
      }
      const demonymPlace = this.territory(tokens, i, text, offset);
      if (demonymPlace) {
        out.push(demonymPlace);
        i += 2;
        continue;
      }
      if (!this.isRunWord(tokens[i]!, true)) {
        i++;
        continue;
      }
      let e = i + 1;
      while (e < tokens.length) {
        const t = tokens[e]!;
        // a lowercase particle ("al", "da", "at") only inside a name, never at its end ("Muqdisho at 20:30")
        if (this.isRunWord(t, false) && (t.capital || t.lower.includes('-') || (tokens[e + 1]?.capital ?? false))) {
          e++;
          continue;
        }
        // "Gulf of Aden", "Democratic Republic of the Congo", "Bosnia and Herzegovina"
        if (/^(of|the|and)$/.test(t.lower) && tokens[e + 1]?.capital && tokens[e + 1]!.kind === 'word') {
          e += 2;
          continue;
        }
        break;
      }
      // "Bosnia and Herzegovina" is one name; "Chornomorsk and Pivdennyi" two
      const parts: [number, number][] = [];
      const whole = stripPossessive(text.slice(tokens[i]!.start - offset, tokens[e - 1]!.end - offset));
      if (this.lookup(whole).entries.length === 0 && !this.lookup(whole).known) {
        let from = i;
        for (let k = i; k <= e; k++) {
          if (k === e || tokens[k]!.lower === 'and') {
            if (k > from) parts.push([from, k]);
            from = k + 1;
          }
        }
      } else parts.push([i, e]);
      for (const [a, b] of parts) {
        // a list goes on from a place: "out of Odesa, Chornomorsk and Pivdennyi"
        const last = out[out.length - 1];
        const between = last ? tokens.slice(last.tokenEnd, a).map((t) => t.lower) : [];
        const listed = !!last && last.cued && between.length > 0 && between.length <= 2 && between.every((w) => w === ',' || w === 'and' || w === 'or');
        out.push(...this.matchRun(tokens, a, b, text, offset, listed));
      }
      i = e;
    }
    // Lists carry the cue: "in Idlib and Aleppo", "in Kharkiv, Sumy and Chernihiv"
    for (let k = 1; k < out.length; k++) {
      const prev = out[k - 1]!;
      const cur = out[k]!;
      if (prev.cued && !cur.cued && !cur.reference) {
        const between = tokens.slice(prev.tokenEnd, cur.tokenStart).map((t) => t.lower);
        if (between.length > 0 && between.length <= 2 && between.every((w) => w === 'and' || w === ',' || w === 'or')) cur.cued = true;
      }
    }
    return out;
  }

  /** "Syrian territory", "Ukrainian soil": the country. */
  private territory(tokens: Token[], i: number, text: string, offset: number): PlaceMention | null {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!t.capital || !next || !this.lang.territoryNouns.has(next.lower)) return null;
    const code = this.gazetteer.countryOfDemonym(t.text);
    const entry = code ? this.gazetteer.country(code) : null;
    if (!entry) return null;
    return {
      name: entry.name,
      start: t.start,
      end: next.end,
      tokenStart: i,
      tokenEnd: i + 2,
      candidates: [entry],
      known: null,
      cued: true,
      reference: false,
      direction: null,
      resolved: null,
    };
    void text;
    void offset;
  }

  private matchRun(tokens: Token[], s: number, e: number, text: string, offset: number, listed = false): PlaceMention[] {
    const found: PlaceMention[] = [];
    const covered = new Array<boolean>(e - s).fill(false);
    let i = s;
    while (i < e) {
      let matched = false;
      for (let j = Math.min(e, i + 7); j > i; j--) {
        const first = tokens[i]!;
        const last = tokens[j - 1]!;
        // a match never starts or ends on an article or particle ("da", "al")
        if (!first.capital || (!last.capital && INNER_LOWER.test(last.lower) && j - i === 1)) continue;
        const raw = text.slice(first.start - offset, last.end - offset);
        const name = stripPossessive(raw);
        const { entries, known } = this.lookup(name);
        if (entries.length === 0 && !known) continue;
        found.push({
          name,
          start: first.start,
          end: first.start + name.length,
          tokenStart: i,
          tokenEnd: j,
          candidates: entries,
          known,
          cued: false,
          reference: false,
          direction: null,
          resolved: null,
        });
        for (let k = i; k < j; k++) covered[k - s] = true;
        i = j;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
    // Every word of the run must be a place, a place word or a direction.
    const allPlaces = covered.every((c, k) => {
      if (c) return true;
      const w = tokens[s + k]!.lower;
      return this.lang.placeDescriptors.has(w) || DIVISION_WORDS.test(' ' + w) || this.lang.directions.has(w) || /^(of|the|and)$/.test(w);
    });
    const found0 = this.cueBefore(tokens, s);
    const before = listed ? { ...found0, cued: true, locative: true } : found0;
    const after = tokens[e];
    const descriptorAfter = !!after && after.kind === 'word' && !after.capital && this.lang.placeDescriptors.has(after.lower);
    if (found.length > 0 && allPlaces) {
      for (const m of found) {
        const inner = m.tokenStart > s ? tokens[m.tokenStart - 1]!.lower : null;
        const dir = inner && this.lang.directions.has(inner) ? this.lang.directions.get(inner)! : before.direction;
        m.cued = before.cued || descriptorAfter || (m.tokenStart > s && this.lang.placeDescriptors.has(tokens[m.tokenStart - 1]!.lower));
        m.reference = before.reference;
        if (dir && m.candidates.some((c) => c.kind === 'country' || c.kind === 'admin1')) {
          m.direction = dir;
          const dirToken = inner ? tokens[m.tokenStart - 1]! : tokens[before.directionToken!]!;
          m.start = dirToken.start;
          m.tokenStart = inner ? m.tokenStart - 1 : before.directionToken!;
          m.name = text.slice(m.start - offset, m.end - offset);
        }
      }
      return found;
    }
    // Unknown to the gazetteer but clearly a place: "via the Kafr Losin crossing", "in Kafr Losin"
    if (found.length === 0 && (before.cued || descriptorAfter) && before.locative && this.plausibleName(tokens, s, e)) {
      // "Rathedaung and Minbya": one name per part of a list
      const parts: [number, number][] = [];
      let from = s;
      for (let k = s; k <= e; k++) {
        if (k === e || tokens[k]!.lower === 'and') {
          if (k > from) parts.push([from, k]);
          from = k + 1;
        }
      }
      return parts.map(([a, b]) => {
        const first = tokens[a]!;
        const last = tokens[b - 1]!;
        const name = stripPossessive(text.slice(first.start - offset, last.end - offset));
        const loose = b - a <= 3 ? this.gazetteer.lookupLoose(name) : [];
        return { name, start: first.start, end: first.start + name.length, tokenStart: a, tokenEnd: b, candidates: loose, known: null, cued: true, reference: before.reference, direction: null, resolved: null };
      });
    }
    return [];
  }

  private plausibleName(tokens: Token[], s: number, e: number): boolean {
    const words = tokens.slice(s, e);
    if (words.some((w) => this.lang.organisationWords.has(w.lower) || this.lang.titles.has(w.lower))) return false;
    // acronyms and brand-like words ("USAID", "IDPs", "ReliefWeb"), compounds ("Turkish-backed"), generic nouns
    if (words.some((w) => /\p{Lu}{2}|\p{Ll}\p{Lu}/u.test(w.text) || /-(backed|led|allied|based|supported|linked)$/i.test(w.text))) return false;
    if (words.some((w) => /^(countries|country|nations|states|state|machine|archive|internet|web|website)$/i.test(w.text))) return false;
    if (words.length === 1 && this.lang.months.has(words[0]!.lower)) return false;
    if (words.some((w) => this.gazetteer.countryOfDemonym(w.text) !== null)) return false;
    return words.length <= 4;
  }

  private cueBefore(tokens: Token[], s: number): { cued: boolean; locative: boolean; reference: boolean; direction: string | null; directionToken: number | null } {
    let k = s - 1;
    let direction: string | null = null;
    let directionToken: number | null = null;
    if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k--;
    const d = tokens[k];
    if (d && this.lang.directions.has(d.lower) && !d.capital) {
      direction = this.lang.directions.get(d.lower)!;
      directionToken = k;
      k--;
      if (tokens[k]?.lower === 'the') k--;
    }
    // "the town of Sake", "the suburbs of Kharkiv", "the battle for Mosul", "out of Odesa"
    if ((tokens[k]?.lower === 'of' || tokens[k]?.lower === 'for') && tokens[k - 1]) {
      const head = tokens[k - 1]!.lower;
      if (this.lang.placeDescriptors.has(head) || /^(battle|fight|siege|offensive|out)$/.test(head)) return { cued: true, locative: true, reference: false, direction, directionToken };
    }
    // "north of Idlib": a reference point
    if (tokens[k]?.lower === 'of' && tokens[k - 1] && this.lang.directions.has(tokens[k - 1]!.lower)) {
      return { cued: false, locative: true, reference: true, direction: null, directionToken: null };
    }
    const w = tokens[k];
    const locative = !!w && (this.lang.locatives.has(w.lower) || this.lang.placeVerbs.has(w.lower)) && !(w.lower === 'to' && tokens[k - 1]?.lower === 'according');
    return { cued: locative, locative, reference: false, direction, directionToken };
  }

  /** Picks one entry per mention, using the document's countries; marks close calls ambiguous. */
  resolve(mentions: PlaceMention[]): void {
    const context = new Map<string, number>();
    for (const m of mentions) {
      if (m.known) continue;
      const country = m.candidates.find((c) => c.kind === 'country');
      const countries = country ? new Set([country.country!]) : new Set(m.candidates.map((c) => c.country).filter((c): c is string => !!c));
      if (countries.size === 1 && (m.cued || m.candidates.some((c) => c.kind !== 'populated_place'))) {
        const c = [...countries][0]!;
        context.set(c, (context.get(c) ?? 0) + 1);
      }
    }
    const mainCountry = [...context.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const m of mentions) {
      if (m.capital) {
        const capital = mainCountry ? this.gazetteer.capitalOf(mainCountry) : null;
        if (capital) {
          m.candidates = [capital];
          m.name = capital.name;
        }
        else {
          m.resolved = null;
          continue;
        }
      }
      if (m.known) {
        m.resolved = {
          key: `case:${m.known.id}`,
          name: m.known.name,
          lat: m.known.lat,
          lon: m.known.lon,
          resolution: m.known.resolution,
          entry: null,
          known: m.known,
          kind: 'populated_place',
          country: null,
          admin1: null,
        };
        continue;
      }
      if (m.candidates.length === 0) {
        m.resolved = { key: `name:${placeKey(m.name)}`, name: m.name, lat: null, lon: null, resolution: 'unresolved', entry: null, known: null, kind: 'populated_place', country: null, admin1: null };
        continue;
      }
      const scored = m.candidates
        .map((c) => ({ c, score: this.score(c, m, context) }))
        .sort((a, b) => b.score - a.score);
      const best = scored[0]!;
      // Weak single words without a cue: only countries, divisions, regions, big or in-context places.
      if (!m.cued && best.c.kind === 'populated_place' && best.c.population < 100_000 && !context.has(best.c.country ?? '')) {
        m.resolved = null;
        continue;
      }
      const second = scored.find((x) => x.c.country !== best.c.country && x.c.kind === 'populated_place');
      const ambiguous = !!second && best.c.kind === 'populated_place' && best.score - second.score < 1 && !context.has(best.c.country ?? '');
      const entry = best.c;
      let lat = entry.lat;
      let lon = entry.lon;
      if (m.direction) [lat, lon] = this.directional(entry, m.direction);
      m.resolved = {
        key: m.direction ? `${entry.id}#${m.direction}` : entry.id,
        name: m.direction ? m.name : m.name,
        lat,
        lon,
        resolution: ambiguous ? 'ambiguous' : 'gazetteer',
        entry,
        known: null,
        kind: m.direction ? 'region' : entry.kind,
        country: entry.country,
        admin1: entry.admin1,
      };
    }
  }

  private score(c: GazetteerEntry, m: PlaceMention, context: Map<string, number>): number {
    let score = 0;
    if (c.country && context.has(c.country)) score += 3;
    if (c.kind === 'country') score += 6;
    else if (c.kind === 'region') score += 5;
    else if (c.kind === 'admin1') score += DIVISION_WORDS.test(m.name) ? 8 : 1.5;
    else {
      score += Math.log10(c.population + 10) / 1.5;
      if (c.featureCode === 'PPLC' || c.featureCode === 'PPLA') score += 1;
      if (placeKey(c.name) === placeKey(m.name)) score += 0.3;
    }
    return score;
  }

  /** A point inside a country's box towards a direction ("northern Syria"). */
  private directional(entry: GazetteerEntry, direction: string): [number, number] {
    const area = entry.kind === 'country' && entry.country ? this.gazetteer.countryArea(entry.country) : null;
    if (!area?.box) return [entry.lat, entry.lon];
    const [w, s, e, n] = area.box;
    const midLat = (s + n) / 2;
    const midLon = (w + e) / 2;
    const lat = direction.includes('north') ? s + (n - s) * 0.8 : direction.includes('south') ? s + (n - s) * 0.2 : midLat;
    const lon = direction.includes('east') ? w + (e - w) * 0.8 : direction.includes('west') ? w + (e - w) * 0.2 : midLon;
    return [Number(lat.toFixed(4)), Number(lon.toFixed(4))];
  }
}
