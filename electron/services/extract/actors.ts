/**
 * The subject of a claim: the actor whose figure it is or who acted. Demonyms become
 * their country ("Turkish convoys" → Turkey), countries and known armed groups are taken
 * as written. Looked for in the counted thing first, then before the figure in its clause
 * (the grammatical subject), then after it; never inside a source's name or a place
 * phrase ("Syrian territory", "into Syria").
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import { stripPossessive, type Token } from './tokenize.ts';

/** Named armed groups and forces reporting refers to by name (not places, not demonyms). */
const GROUPS = [
  'Hamas', 'Hezbollah', 'Hizbollah', 'Taliban', 'Houthis', 'Houthi', 'Ansar Allah', 'Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'al-Shabaab',
  'al-Shabab', 'Boko Haram', 'ISWAP', 'JNIM', 'Wagner', 'Wagner Group', 'Rapid Support Forces', 'RSF', 'Sudanese Armed Forces', 'SAF', 'M23',
  'ADF', 'Allied Democratic Forces', 'PKK', 'YPG', 'SDF', 'Syrian Democratic Forces', 'HTS', 'Hayat Tahrir al-Sham', 'FARC', 'ELN', 'Tatmadaw',
  'Arakan Army', 'TPLF', 'Fano', 'Al-Qaeda', 'al-Qaeda', 'AQAP', 'Janjaweed', 'Polisario', 'LRA', 'Seleka', 'anti-Balaka', 'NATO', 'Azov',
  'Lord\'s Resistance Army', 'Islamic Jihad', 'Kataib Hezbollah', 'Popular Mobilization Forces', 'PMF', 'Peshmerga', 'Sinaloa cartel',
];

export interface ActorMention {
  name: string;
  tokenStart: number;
  tokenEnd: number;
}

export class ActorFinder {
  private readonly groups: Map<string, string>;
  constructor(
    private readonly lang: LanguagePack,
    private readonly gazetteer: Gazetteer,
  ) {
    this.groups = new Map(GROUPS.map((g) => [g.toLowerCase(), g]));
    this.groupStarts = new Set(GROUPS.map((g) => stripPossessive(g.split(' ')[0]!).toLowerCase()));
  }

  /** First words of the group names, so other words skip the multiword look-up. */
  private readonly groupStarts: Set<string>;

  /** Actor mentions in a sentence's tokens. */
  find(tokens: Token[], acronyms: ReadonlyMap<string, string> = new Map()): ActorMention[] {
    const out: ActorMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.capital || (t.kind !== 'word' && t.kind !== 'code')) continue;
      // "the AA" = "Arakan Army (AA)": an acronym of an armed group or force named earlier
      const full = acronyms.get(t.text);
      if (full && (this.groups.has(full.toLowerCase()) || /\b(army|forces|front|militia|brigades?|movement|group)\b/i.test(full))) {
        if (!(tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')')) out.push({ name: this.groups.get(full.toLowerCase()) ?? full, tokenStart: i, tokenEnd: i + 1 });
        continue;
      }
      // multiword groups first
      let matched = false;
      for (let n = this.groupStarts.has(stripPossessive(t.lower)) ? 4 : 0; n >= 1 && !matched; n--) {
        const words = tokens.slice(i, i + n);
        if (words.length < n) continue;
        const name = stripPossessive(words.map((w) => w.text).join(' ')).toLowerCase();
        const group = this.groups.get(name);
        if (group && (name !== 'is' || t.text === 'IS')) {
          out.push({ name: group, tokenStart: i, tokenEnd: i + n });
          i += n - 1;
          matched = true;
        }
      }
      if (matched) continue;
      const word = stripPossessive(t.text);
      if (/-(backed|led|allied|supported)$/i.test(word)) continue; // "Turkish-backed rebels" are not Turkey
      const base = word;
      const code = this.gazetteer.countryOfDemonym(base);
      if (code) {
        const next = tokens[i + 1];
        if (next && (this.lang.territoryNouns.has(next.lower) || next.lower === 'capital')) continue;
        out.push({ name: this.gazetteer.country(code)?.name ?? base, tokenStart: i, tokenEnd: i + 1 });
        continue;
      }
      const country = this.countryNamed(word);
      if (country) {
        const prev = tokens[i - 1]?.lower ?? '';
        if (this.lang.locatives.has(prev) || prev === 'of' || (prev === 'the' && this.lang.locatives.has(tokens[i - 2]?.lower ?? ''))) continue;
        out.push({ name: country, tokenStart: i, tokenEnd: i + 1 });
      }
    }
    return out;
  }

  private readonly countryNames = new Map<string, string | null>();

  private countryNamed(word: string): string | null {
    let name = this.countryNames.get(word);
    if (name === undefined) {
      name = this.gazetteer.lookup(word).find((e) => e.kind === 'country')?.name ?? null;
      if (this.countryNames.size > 20_000) this.countryNames.clear();
      this.countryNames.set(word, name);
    }
    return name;
  }

  /** Set per sentence by the pipeline: whether the speaker at [start, end) speaks for a side (a spokesman, a ministry, an army). */
  speaksForSide: ((start: number, end: number) => boolean) | null = null;

  /** Set per sentence by the pipeline: the lowercased words between two token indexes. */
  tokensBetween: ((from: number, to: number) => string[]) | null = null;

  /**
   * The subject of a figure at tokens [numberStart, unitEnd) within clause [clauseStart, clauseEnd),
   * ignoring actors inside `excluded` token ranges (source names).
   */
  subject(
    actors: ActorMention[],
    numberStart: number,
    unitStart: number,
    unitEnd: number,
    clauseStart: number,
    clauseEnd: number,
    excluded: [number, number][],
  ): string | null {
    const free = actors.filter((a) => !excluded.some(([s, e]) => a.tokenStart >= s && a.tokenStart < e));
    const inUnit = free.filter((a) => a.tokenStart >= unitStart && a.tokenStart < unitEnd);
    if (inUnit.length > 0) return join(inUnit);
    const before = free.filter((a) => a.tokenStart >= clauseStart && a.tokenEnd <= numberStart);
    if (before.length > 0) {
      // a coordinated pair before the figure ("Russia and Turkey", "The Malian army and Wagner") stays a pair
      const last = before[before.length - 1]!;
      const prev = before[before.length - 2];
      const coordinated = prev && last.tokenStart - prev.tokenEnd <= 6 && this.tokensBetween?.(prev.tokenEnd, last.tokenStart).includes('and');
      return join(coordinated ? [prev!, last] : [last]);
    }
    const after = free.filter((a) => a.tokenStart >= unitEnd && a.tokenStart < clauseEnd);
    if (after.length > 0) return after[0]!.name;
    // "a Houthi spokesman said the group fired …": the speaker's own side
    const own = actors.filter((a) => excluded.some(([s, e]) => a.tokenStart >= s && a.tokenStart < e && this.speaksForSide?.(s, e)));
    if (own.length > 0) return own[0]!.name;
    return null;
  }
}

function join(actors: ActorMention[]): string {
  const names = [...new Set(actors.map((a) => a.name))];
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
