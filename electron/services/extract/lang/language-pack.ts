/**
 * Everything language-specific the extractor knows, behind one interface: number words,
 * scales, vague amounts, qualifiers, attribution verbs, month and weekday names, relative
 * time words, units that are not counts, event vocabulary. The pipeline is written against
 * this interface only, so Arabic (issue 11) is another pack beside `en.ts`.
 * Phrases are lists of lowercase words matched token by token.
 */
import type { EventType, Qualifier } from '../../../../shared/domain/claim-types.ts';

export interface PhraseRule<T> {
  readonly words: readonly string[];
  readonly value: T;
}

export interface LanguagePack {
  readonly code: string;
  /** "five" → 5, "twenty" → 20 (compounds like "twenty-three" are read from parts). */
  readonly numberWords: ReadonlyMap<string, number>;
  /** Multipliers after a number: "million" → 1e6, "thousand" → 1e3, "bn" → 1e9. */
  readonly scales: ReadonlyMap<string, number>;
  /** Words that join number words ("one hundred and five"). */
  readonly numberJoiners: ReadonlySet<string>;
  /** Fractions before a scale: "half" (a million) → 0.5. */
  readonly fractions: ReadonlyMap<string, number>;
  /** Vague amounts: "dozens" (of) → min 12, "tens of thousands" → 10,000. */
  readonly vague: readonly PhraseRule<number>[];
  /** Qualifiers before a number, longest first. */
  readonly qualifiers: readonly PhraseRule<Qualifier>[];
  /** Words between two numbers that make a range ("to", "or", "-"). */
  readonly rangeJoiners: ReadonlySet<string>;
  /** "between" … "and": the opening word and the joiner. */
  readonly betweenWords: { readonly open: string; readonly join: string };
  readonly months: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  /** Ordinal suffixes after digits ("13th"). */
  readonly ordinalSuffix: RegExp;
  /** Word ordinals ("second", "third") — never counts. */
  readonly ordinalWords: ReadonlySet<string>;
  /** Units of time: a number of these is a duration, not a count. */
  readonly durationUnits: ReadonlySet<string>;
  /** Words before a number that make it a label ("Article 5", "page 3", "Highway 1"). */
  readonly labelWords: ReadonlySet<string>;
  /** Words that stop a noun phrase (prepositions, conjunctions, auxiliaries, pronouns). */
  readonly phraseStops: ReadonlySet<string>;
  /** Common finite verbs without -ed/-ing ("fled", "remain", "left"): they end a noun phrase. */
  readonly finiteVerbs: ReadonlySet<string>;
  /** Words ending in -ed/-ing that still work as adjectives before a noun ("armoured"). */
  readonly participleAdjectives: ReadonlySet<string>;
  /** Nouns whose "of" complement belongs to the counted thing ("convoys of reinforcements"). */
  readonly collectiveNouns: ReadonlySet<string>;
  /** Verbs that put the counted thing before the number ("has risen to 640", "numbering"). */
  readonly countVerbs: ReadonlySet<string>;
  /** Nouns naming a count ("toll", "number", "total"): the thing before them is counted. */
  readonly countNouns: ReadonlySet<string>;
  /** Currency signs and words → unit label. */
  readonly currencies: ReadonlyMap<string, string>;
  readonly percentWords: ReadonlySet<string>;
  /** Speech verbs that attribute a statement to the noun phrase before (or after) them. */
  readonly speechVerbs: ReadonlySet<string>;
  /** "according to" and its kin: the source follows. */
  readonly accordingTo: readonly (readonly string[])[];
  /** "cited X as saying", "citing X", "quoting X", "quoted X": X is the source, the speaker relays it. */
  readonly citeVerbs: ReadonlySet<string>;
  /** Article-level credit lines: "(Updated with information from X)". */
  readonly creditLine: RegExp;
  /** Generic nouns that can be a source without a capital letter ("officials", "witnesses"). */
  readonly sourceNouns: ReadonlySet<string>;
  readonly pronouns: ReadonlySet<string>;
  /** Words that mark a place right after them ("in", "near", "into"). */
  readonly locatives: ReadonlySet<string>;
  readonly directions: ReadonlyMap<string, string>;
  /** Lowercase words after a place name that mark it as a place ("crossing", "countryside"). */
  readonly placeDescriptors: ReadonlySet<string>;
  /** Nouns after a demonym that make the demonym a place ("Syrian territory"). */
  readonly territoryNouns: ReadonlySet<string>;
  /** Words that make a capitalised run an organisation, not a place. */
  readonly organisationWords: ReadonlySet<string>;
  /** Capitalised words that begin sentences and are never names. */
  readonly capitalisedStops: ReadonlySet<string>;
  /** Titles before a person's name ("President", "Minister"). */
  readonly titles: ReadonlySet<string>;
  /** Event vocabulary: a word stem → event type, most specific first. */
  readonly eventWords: readonly { readonly pattern: RegExp; readonly type: EventType; readonly trigger: boolean }[];
  /** Verbs that only say an event went on or stopped ('resumed'): the event noun before them decides. */
  readonly aspectVerbs: ReadonlySet<string>;
  /** Heads of counted things that are civilians (movement of these is displacement). */
  readonly civilianNouns: ReadonlySet<string>;
  /** Verbs whose object, when a place, is where the event happened ('reached Mekelle'). */
  readonly placeVerbs: ReadonlySet<string>;
  /** Irregular past forms that report an event happened ("sent", "fled", "fought"). */
  readonly eventVerbs: ReadonlySet<string>;
  /** Relative time words. */
  readonly time: {
    readonly today: ReadonlySet<string>;
    readonly yesterday: ReadonlySet<string>;
    readonly last: ReadonlySet<string>;
    readonly this: ReadonlySet<string>;
    readonly since: ReadonlySet<string>;
    readonly between: string;
    readonly from: string;
    readonly until: ReadonlySet<string>;
    readonly beginning: ReadonlySet<string>;
    readonly end: ReadonlySet<string>;
    readonly early: ReadonlySet<string>;
    readonly late: ReadonlySet<string>;
    readonly samePeriod: readonly (readonly string[])[];
    readonly periods: ReadonlyMap<string, 'week' | 'month' | 'year' | 'day'>;
    readonly past: ReadonlySet<string>;
  };
  /** Nouns of events that later text refers back to ("since the start of the ceasefire"). */
  readonly anchorNouns: ReadonlySet<string>;
  /** Abbreviations whose full stop does not end a sentence. */
  readonly abbreviations: ReadonlySet<string>;
}
