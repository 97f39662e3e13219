/**
 * The extraction pipeline for one document: sentences → time expressions (first, so
 * dates never become counts) → quantities → counted things → attribution, places,
 * subject, event type → claims; sentences with no figure but a reported event become
 * claims without a quantity. Deterministic: the same text and publication date give the
 * same claims, which is what lets re-extraction keep their ids.
 */
import type { EventType, Qualifier } from '../../../shared/domain/claim-types.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { ActorFinder } from './actors.ts';
import { AcronymTable, AttributionFinder, findAcronyms, type SourceKind, type Speaker } from './attribution.ts';
import { parseIsoDate } from './dates.ts';
import { EventTyper } from './event-types.ts';
import { ArabicSentenceExtractor } from './lang/ar/ar-extract.ts';
import { isMostlyArabic } from './lang/ar/ar-tokens.ts';
import { en } from './lang/en.ts';
import type { LanguagePack } from './lang/language-pack.ts';
import { PlaceFinder, type KnownPlace, type KnownPlaceIndex, type PlaceMention, type ResolvedPlace } from './places.ts';
import { QuantityFinder } from './quantities.ts';
import { segmentSentences, type Sentence } from './segment.ts';
import { TimeContext, TimeRecogniser, type TimeMention } from './time.ts';
import { tokenize, type Token } from './tokenize.ts';
import { UnitFinder, type UnitPhrase } from './units.ts';

export interface ExtractInput {
  text: string;
  title?: string | null;
  /** "YYYY-MM-DD" (or "YYYY-MM"): what relative dates resolve against. */
  published?: string | null;
  language?: string | null;
  /** The case's own places, matched before the gazetteer. */
  knownPlaces?: readonly KnownPlace[] | KnownPlaceIndex;
}

export interface ExtractedSource {
  name: string;
  kind: SourceKind;
  aliases: string[];
}

export interface ClaimPlace {
  place: ResolvedPlace;
  mention: [number, number];
  /** The name as this mention writes it. */
  written: string;
}

export interface ExtractedClaim {
  /** The sentence that states the claim. */
  text: string;
  /** The figure and what it counts (or the sentence, for a claim without a figure). */
  span: [number, number];
  quantity: { value: number | null; min: number | null; max: number | null; qualifier: Qualifier; unit: string | null } | null;
  subject: string | null;
  eventType: EventType;
  when: { start: string; end: string; text: string } | null;
  places: ClaimPlace[];
  source: ExtractedSource | null;
  via: ExtractedSource[];
}

export interface DocumentPlace {
  place: ResolvedPlace;
  mentions: [number, number][];
}

export interface ExtractedDocument {
  title: string;
  published: string | null;
  claims: ExtractedClaim[];
  places: DocumentPlace[];
}

const PACKS: Record<string, LanguagePack> = { en };

/** The language pack for a document (English until issue 11 adds Arabic). */
export function packFor(language: string | null | undefined): LanguagePack {
  return PACKS[(language ?? 'en').slice(0, 2).toLowerCase()] ?? en;
}

interface Clause {
  start: number;
  end: number;
}

function clausesOf(tokens: Token[]): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.lower ?? '';
    // "; ", ", while", ", and", and an appositive figure (", 30,000 of them from Derna")
    if (t.text === ';' || (t.text === ',' && (/^(while|whereas|but|and)$/.test(next) || (tokens[i + 1]?.kind === 'number' && tokens[i + 2]?.lower === 'of' && /^(them|whom|which|those)$/.test(tokens[i + 3]?.lower ?? ''))))) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: tokens.length });
  return out;
}

function titleOf(text: string, given: string | null | undefined): string {
  if (given) return given;
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return first.replace(/^\s*#+\s*/, '').trim().slice(0, 300);
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "Publication date: 2020-02-07" in a header block, or a dateline ("Geneva, 14 March 2024") in the first lines. */
function publishedIn(text: string): string | null {
  const head = text.slice(0, 3000);
  const iso = /^\s*[-*]?\s*(?:publication date|published|date)\s*:\s*(\d{4}-\d{2}-\d{2})/im.exec(head);
  if (iso) return parseIsoDate(iso[1]);
  for (const line of head.split('\n').slice(0, 4)) {
    const m = /(?:^|[,—–-]\s*)(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})\s*$|(?:^|[,—–-]\s*)([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})\s*$/.exec(line.trim());
    if (!m) continue;
    const [day, month, year] = m[1] ? [m[1], m[2]!, m[3]!] : [m[5]!, m[4]!, m[6]!];
    const index = MONTHS_EN.indexOf(month.toLowerCase());
    if (index >= 0) return parseIsoDate(`${year}-${String(index + 1).padStart(2, '0')}-${String(Number(day)).padStart(2, '0')}`);
  }
  return null;
}

export class DocumentExtractor {
  private readonly times: TimeRecogniser;
  private readonly quantities: QuantityFinder;
  private readonly units: UnitFinder;
  private readonly attribution: AttributionFinder;
  private readonly actors: ActorFinder;
  private readonly events: EventTyper;
  private readonly arabic = new ArabicSentenceExtractor();

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly lang: LanguagePack = en,
  ) {
    this.times = new TimeRecogniser(lang);
    this.quantities = new QuantityFinder(lang);
    this.units = new UnitFinder(lang);
    this.attribution = new AttributionFinder(lang);
    this.actors = new ActorFinder(lang, gazetteer);
    this.events = new EventTyper(lang);
  }

  extract(input: ExtractInput): ExtractedDocument {
    const text = input.text;
    const published = parseIsoDate(input.published) ?? publishedIn(text);
    const ctx = new TimeContext(published);
    const table = new AcronymTable();
    findAcronyms(text, table);
    const places = new PlaceFinder(this.lang, this.gazetteer, input.knownPlaces ?? []);
    const european = /\b\d{1,3}\.\d{3}\.\d{3}\b/.test(text) || /\b\d{1,3}(?:\.\d{3})+,\d{1,2}\b/.test(text);
    const sentences = segmentSentences(text, this.lang);
    const allMentions: PlaceMention[] = [];
    const pending: { claim: ExtractedClaim; mentions: PlaceMention[] }[] = [];
    const firstLine = sentences[0];
    const memory: { lastSubject: { paragraph: number; subject: string } | null } = { lastSubject: null };
    this.arabic.begin(published);

    for (const sentence of sentences) {
      const yearHeading = /^\s*#{0,6}\s*((?:19|20)\d{2})\s*:?\s*$/.exec(sentence.text);
      if (yearHeading) {
        ctx.year = Number(yearHeading[1]);
        continue;
      }
      if (sentence.index < 6) {
        const credit = this.attribution.creditLine(sentence.text);
        if (credit) {
          table.add(this.attribution.canonical(credit, table), null);
          continue;
        }
      }
      // Arabic sentences (by script, so a document mixing languages is read sentence by sentence).
      if (isMostlyArabic(sentence.text)) {
        if (sentence === firstLine && sentence.heading) continue;
        const found = this.arabic.extract(sentence.text, sentence.start, places);
        allMentions.push(...found.mentions);
        pending.push(...found.claims);
        continue;
      }
      const tokens = tokenize(sentence.text, sentence.start);
      const times = this.times.recognise(tokens, ctx, sentence.text, sentence.start);
      const timeTokens = new Uint8Array(tokens.length);
      for (const m of times) timeTokens.fill(1, m.tokenStart, m.tokenEnd);
      const inTime = (i: number): boolean => timeTokens[i] === 1;
      const speakers = this.attribution.speakers(tokens, sentence.text, sentence.start, table);
      const mentions = places.find(tokens, sentence.text, sentence.start);
      allMentions.push(...mentions);
      if (sentence === firstLine && sentence.heading) continue;
      const actors = this.actors.find(tokens, table.full);
      this.actors.tokensBetween = (from, to) => tokens.slice(from, to).map((t) => t.lower);
      this.actors.speaksForSide = (from, to) => /^(spokes(man|woman|person)|ministry|army|military|forces|command|commander|government)$/.test(tokens[to - 1]?.lower ?? '');
      const excluded: [number, number][] = speakers.map((s) => [s.tokenStart, s.tokenEnd]);
      const clauses = clausesOf(tokens);
      const clauseAt = (i: number): Clause => clauses.find((c) => i >= c.start && i < c.end) ?? { start: 0, end: tokens.length };
      const { quantities } = this.quantities.find(tokens, inTime, european);
      const state: { previousUnit: UnitPhrase | null } = { previousUnit: null };
      let claimsHere = 0;
      for (const q of quantities) {
        let unit = this.units.find(tokens, q, sentence.text, sentence.start);
        // "Seven soldiers were killed and five were wounded": the five are soldiers
        if (!unit && state.previousUnit && this.ellipsisFits(tokens, q.tokenEnd)) unit = { ...state.previousUnit, form: 'after', start: q.tokenEnd, end: q.tokenEnd };
        if (!unit) continue;
        if (unit.form !== 'currency' && unit.form !== 'percent') state.previousUnit = unit;
        const clause = clauseAt(q.numberStart);
        const attribution = this.attribution.attribute(speakers, q.numberStart);
        const when = this.timeFor(times, tokens, clause, speakers, attribution.source, q.numberStart);
        const claimMentions = mentions.filter((m) => m.cued && !m.reference && m.tokenStart >= clause.start && m.tokenEnd <= clause.end);
        const unitRange: [number, number] = unit.end > unit.start ? [unit.start, unit.end] : [q.tokenStart, q.tokenEnd];
        let subject = this.actors.subject(actors, q.numberStart, unitRange[0], unitRange[1], clause.start, clause.end, excluded);
        if (!subject && memory.lastSubject?.paragraph === sentence.paragraph) subject = memory.lastSubject.subject;
        if (subject) memory.lastSubject = { paragraph: sentence.paragraph, subject };
        const eventType = this.events.classify(tokens, unitRange[0], unitRange[1], clause.start, clause.end);
        const spanStartToken = unit.form === 'before' ? Math.min(unit.start, q.tokenStart) : q.tokenStart;
        const spanEndToken = unit.form === 'before' ? q.tokenEnd : Math.max(q.tokenEnd, unit.end);
        const claim: ExtractedClaim = {
          text: sentence.text,
          span: [tokens[spanStartToken]!.start, tokens[spanEndToken - 1]!.end],
          quantity: { value: q.value, min: q.min, max: q.max, qualifier: q.qualifier, unit: unit.text },
          subject,
          eventType,
          when,
          places: [],
          source: null,
          via: [],
        };
        this.attach(claim, attribution.source, attribution.via, table);
        pending.push({ claim, mentions: claimMentions });
        claimsHere++;
      }
      if (claimsHere === 0 && !sentence.heading) {
        const event = this.events.eventOf(tokens);
        if (event && !this.isOnlyAttribution(tokens, event.trigger, speakers)) {
          const attribution = this.attribution.attribute(speakers, event.trigger);
          const when = this.timeFor(times, tokens, { start: 0, end: tokens.length }, speakers, attribution.source, event.trigger);
          let subject = this.actors.subject(actors, event.trigger, event.trigger, event.trigger + 1, 0, tokens.length, excluded);
          if (!subject && memory.lastSubject?.paragraph === sentence.paragraph) subject = memory.lastSubject.subject;
          const claim: ExtractedClaim = {
            text: sentence.text,
            span: [sentence.start, sentence.end],
            quantity: null,
            subject,
            eventType: event.type,
            when,
            places: [],
            source: null,
            via: [],
          };
          this.attach(claim, attribution.source, attribution.via, table);
          pending.push({ claim, mentions: mentions.filter((m) => m.cued && !m.reference) });
        }
      }
    }

    places.resolve(allMentions);
    const docPlaces = new Map<string, DocumentPlace>();
    for (const m of allMentions) {
      if (!m.resolved) continue;
      const entry = docPlaces.get(m.resolved.key) ?? { place: m.resolved, mentions: [] };
      entry.mentions.push([m.start, m.end]);
      docPlaces.set(m.resolved.key, entry);
    }
    const claims = pending.map(({ claim, mentions }) => {
      const seen = new Set<string>();
      for (const m of mentions) {
        if (!m.resolved || seen.has(m.resolved.key)) continue;
        seen.add(m.resolved.key);
        claim.places.push({ place: m.resolved, mention: [m.start, m.end], written: m.name });
      }
      return claim;
    });
    return { title: titleOf(text, input.title), published, claims, places: [...docPlaces.values()] };
  }

  /** After "and five", "36–60": what follows is a verb or nothing, so the unit was left out. */
  private ellipsisFits(tokens: Token[], i: number): boolean {
    const next = tokens[i];
    if (!next) return true;
    if (next.kind === 'punct') return true;
    return /^(were|was|are|is|had|have|has|been|being|more|others|other|of|killed|wounded|injured|dead|died|missing|arrested|detained|captured|displaced|in|on|at|from|during|including|and|or)$/.test(next.lower) || /(ed)$/.test(next.lower);
  }

  private isOnlyAttribution(tokens: Token[], trigger: number, speakers: Speaker[]): boolean {
    return speakers.some((s) => s.verb === trigger);
  }

  private attach(claim: ExtractedClaim, source: string | null, via: string[], table: AcronymTable): void {
    if (source) claim.source = { name: source, kind: this.attribution.kindOf(source), aliases: table.aliasesOf(source) };
    claim.via = via.map((name) => ({ name, kind: this.attribution.kindOf(name), aliases: table.aliasesOf(name) }));
  }

  /**
   * The time of a figure: the expression in its clause nearest to it, leaving out the date
   * a relaying outlet published on ("…, Middle East Monitor reported on Thursday").
   */
  private timeFor(times: TimeMention[], tokens: Token[], clause: Clause, speakers: Speaker[], sourceName: string | null, at: number): ExtractedClaim['when'] {
    // The speaker whose verb a time expression follows ("said on Tuesday", "reported Thursday").
    const speakerOf = (m: TimeMention): Speaker | null => {
      for (const s of speakers) {
        if (m.tokenStart === s.verb + 1 || (m.tokenStart === s.verb + 2 && tokens[s.verb + 1]?.lower === 'on')) return s;
      }
      return null;
    };
    const inClause = times.filter((m) => {
      if (!m.range || m.tokenStart < clause.start || m.tokenEnd > clause.end) return false;
      const speaker = speakerOf(m);
      // the source's own statement dates the figure; a relay's publication date does not
      return speaker === null || speaker.name === sourceName;
    });
    const pick = inClause.sort((a, b) => Math.abs(a.tokenStart - at) - Math.abs(b.tokenStart - at))[0];
    if (!pick?.range) return null;
    return { start: pick.range.start, end: pick.range.end, text: pick.text };
  }
}

/** Process-wide extractors per gazetteer and language. */
const extractors = new WeakMap<Gazetteer, Map<string, DocumentExtractor>>();

export function extractorFor(gazetteer: Gazetteer, language: string | null | undefined): DocumentExtractor {
  const pack = packFor(language);
  let byLang = extractors.get(gazetteer);
  if (!byLang) {
    byLang = new Map();
    extractors.set(gazetteer, byLang);
  }
  let ex = byLang.get(pack.code);
  if (!ex) {
    ex = new DocumentExtractor(gazetteer, pack);
    byLang.set(pack.code, ex);
  }
  return ex;
}

export type { Sentence };
