/**
 * The Arabic pipeline for one sentence: time expressions first (so dates never become
 * counts), attribution, figures, the counted thing after each figure (Arabic puts it after
 * the number: "٧٥ آلية عسكرية", "عشرات المدنيين"), places in Arabic script matched to the
 * gazetteer's Arabic names, and an event type from the sentence's words. DocumentExtractor
 * calls it for every sentence whose letters are mostly Arabic, so a document mixing
 * languages is read sentence by sentence. The claim keeps the Arabic text.
 */
import type { EventType } from '../../../../../shared/domain/claim-types.ts';
import { englishSourceLabel } from '../../../../../shared/domain/arabic-labels.ts';
import type { SourceKind } from '../../attribution.ts';
import type { ExtractedClaim, ExtractedSource } from '../../extract-document.ts';
import type { PlaceFinder, PlaceMention } from '../../places.ts';
import { ArabicAttribution } from './ar-attribution.ts';
import { findArabicQuantities, type ArQuantity } from './ar-numbers.ts';
import { ArabicTimes, type ArTimeMention } from './ar-time.ts';
import { ARABIC_PLACE_NAMES } from './ar-place-names.ts';
import { arFold, bareForms, splitArabicSentences, tokenizeArabic, type ArToken } from './ar-tokens.ts';
import { LOCATIVES, NOT_COUNTED, PLACE_WORDS, SPEECH_VERBS, STOPS, TRAILING_QUALIFIERS } from './ar-words.ts';

export interface ArabicSentenceResult {
  claims: { claim: ExtractedClaim; mentions: PlaceMention[] }[];
  mentions: PlaceMention[];
}

const ADJECTIVE_ENDINGS = /(ي|يه|يين|يون|يات|يا|ين)$/;
const ADJECTIVES = new Set(['جديد', 'جديده', 'جدد', 'اضافي', 'اخري', 'اخرين', 'مسلح', 'مسلحه', 'مسلحين', 'ثقيله', 'خفيفه']);
const MIN_POPULATION = 5000;

function isPlaceWord(fold: string): boolean {
  return bareForms(fold).some((f) => PLACE_WORDS.has(f) || PLACE_WORDS.has(f.replace(/^ال/, '')));
}
const COUNT_NOUNS = new Set(['عدد', 'حصيله', 'اجمالي']);
const DIRECTIONS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط']);

const EVENT_WORDS: readonly [RegExp, EventType][] = [
  [/^(غاره|غارات|قصف|قصفت|صاروخ|صواريخ|قذيفه|قذايف|مسيره|مسيرات|انفجار|تفجير|برميل|براميل)$/, 'explosion_remote_violence'],
  [/^(اشتباك|اشتباكات|معارك|معركه|هجوم|هجمات|قتال|مواجهات|كمين)$/, 'battle'],
  [/^(نزوح|نازح|نازحين|نازحا|فر|فروا|فرار|تهجير|مهجرين|لاجيين|لجوء)$/, 'displacement'],
  [/^(مساعدات|اغاثه|اغاثيه|غذاييه|انسانيه|قافله|قوافل)$/, 'humanitarian'],
  [/^(رتل|ارتال|تعزيزات|انتشار|دخول|دخلت|انسحاب|انسحبت)$/, 'troop_movement'],
  [/^(اتفاق|هدنه|اتفاقيه)$/, 'agreement'],
  [/^(تظاهره|تظاهرات|احتجاج|احتجاجات|متظاهرين)$/, 'protest'],
  [/^(قتل|مقتل|قتلي|قتيل|قتيلا|مصرع|جرحي|اصابه|ضحايا|جريح|مصابين)$/, 'casualties'],
];

function eventTypeOf(tokens: ArToken[]): EventType {
  for (const [pattern, type] of EVENT_WORDS) {
    if (tokens.some((t) => t.kind === 'word' && bareForms(t.fold).some((f) => pattern.test(f)))) return type;
  }
  return 'other';
}

function sourceKind(name: string): SourceKind {
  const f = name;
  if (/^(مصادر|شهود|ناشطون|ناشطين|سكان|مصدر)/.test(f)) return 'unnamed';
  if (/وكالة|رويترز|فرانس برس|أسوشيتد/.test(f)) return 'agency';
  if (/قناة|صحيفة|موقع|تلفزيون|إذاعة|الجزيرة|العربية/.test(f)) return 'outlet';
  if (/وزارة|وزير|الجيش|الحكومة|الشرطة|محافظ|رئيس|الرئاسة|السلطات|القوات|الدفاع المدني|المتحدث/.test(f)) return 'government';
  if (/منظمة|الأمم|مكتب|لجنة|اللجنة|المرصد|الهلال|الصليب|مفوضية|المفوضية|برنامج|شبكة|مجلس/.test(f)) return 'organisation';
  return 'other';
}

function source(name: string): ExtractedSource {
  const label = englishSourceLabel(name);
  return { name, kind: sourceKind(name), aliases: label ? [label] : [] };
}

export class ArabicSentenceExtractor {
  private times = new ArabicTimes(null);
  private readonly attribution = new ArabicAttribution();

  /** A new document: its publication date, and no speaker to refer back to. */
  begin(published: string | null): void {
    this.times = new ArabicTimes(published);
    this.attribution.reset();
  }

  /** One segmented sentence (a line may hold several Arabic sentences: they are cut here). */
  extract(sentenceText: string, sentenceStart: number, places: PlaceFinder): ArabicSentenceResult {
    const result: ArabicSentenceResult = { claims: [], mentions: [] };
    for (const piece of splitArabicSentences(sentenceText, sentenceStart)) {
      const text = sentenceText.slice(piece.start - sentenceStart, piece.end - sentenceStart);
      this.piece(text, piece.start, places, result);
    }
    return result;
  }

  private piece(text: string, offset: number, places: PlaceFinder, result: ArabicSentenceResult): void {
    const tokens = tokenizeArabic(text, offset);
    const times = this.times.recognise(tokens, text, offset);
    const timeMask = new Uint8Array(tokens.length);
    for (const m of times) timeMask.fill(1, m.tokenStart, m.tokenEnd);
    const inTime = (i: number): boolean => timeMask[i] === 1;
    const who = this.attribution.attribute(tokens, inTime, text, offset);
    const takenMask = new Uint8Array(tokens.length);
    for (const [a, b] of who.taken) takenMask.fill(1, a, b);
    const mentions = this.places(tokens, text, offset, places, (i) => inTime(i) || takenMask[i] === 1);
    result.mentions.push(...mentions);
    const quantities = findArabicQuantities(tokens, (i) => inTime(i) || takenMask[i] === 1);
    const eventType = eventTypeOf(tokens);
    for (const q of quantities) {
      const unit = this.unitAfter(tokens, q, inTime);
      if (!unit) continue;
      let qualifier = q.qualifier;
      const trailing = TRAILING_QUALIFIERS.find((tq) => tq.words.every((w, k) => tokens[unit.end + k]?.fold === w));
      if (trailing && qualifier === 'exact') qualifier = trailing.value;
      const when = this.timeFor(times, q.numberStart);
      const claim: ExtractedClaim = {
        text,
        span: [tokens[q.tokenStart]!.start, tokens[unit.end - 1]!.end],
        quantity: { value: q.value, min: q.min, max: q.max, qualifier, unit: unit.text },
        subject: null,
        eventType,
        when,
        places: [],
        source: who.source ? source(who.source) : null,
        via: who.via.map(source),
      };
      result.claims.push({ claim, mentions: mentions.filter((m) => m.cued) });
    }
  }

  /** The counted thing after a figure: a noun and the adjectives after it. */
  private unitAfter(tokens: ArToken[], q: ArQuantity, inTime: (i: number) => boolean): { text: string; end: number } | null {
    // "عشرات من المدنيين", "٢٠٠ ألف من الإيزيديين": من + a definite noun is the counted thing.
    const partitive = tokens[q.tokenEnd]?.fold === 'من' && (q.qualifier === 'vague' || /^ال/.test(tokens[q.tokenEnd + 1]?.fold ?? ''));
    const after = this.nounAt(tokens, partitive ? q.tokenEnd + 1 : q.tokenEnd, inTime);
    if (after) return after;
    // "ارتفعت حصيلة القتلى إلى 35", "عدد النازحين … 4 آلاف": the count noun names the thing before the figure.
    for (let k = q.tokenStart - 1; k >= 0 && k >= q.tokenStart - 6; k--) {
      if (tokens[k]!.kind === 'word' && bareForms(tokens[k]!.fold).some((f) => COUNT_NOUNS.has(f))) {
        const noun = this.nounAt(tokens, k + 1, inTime);
        if (noun && noun.end <= q.tokenStart) return { text: noun.text, end: q.tokenEnd };
      }
    }
    return null;
  }

  /** A noun and the adjectives after it, from token k. */
  private nounAt(tokens: ArToken[], k: number, inTime: (i: number) => boolean): { text: string; end: number } | null {
    const head = tokens[k];
    if (head && (head.text === '%' || head.text === '\u066a')) return { text: head.text, end: k + 1 };
    if (!head || head.kind !== 'word' || inTime(k)) return null;
    const forms = bareForms(head.fold);
    if (STOPS.has(head.fold) || forms.some((f) => NOT_COUNTED.has(f) || SPEECH_VERBS.has(f))) return null;
    let end = k + 1;
    while (end < tokens.length && end - k < 3) {
      const t = tokens[end]!;
      if (t.kind !== 'word' || inTime(end) || STOPS.has(t.fold) || SPEECH_VERBS.has(t.fold) || /^[وف]/.test(t.fold)) break;
      if (!ADJECTIVE_ENDINGS.test(t.fold) && !ADJECTIVES.has(t.fold.replace(/^ال/, ''))) break;
      end++;
    }
    const text = tokens.slice(k, end).map((t) => t.text).join(' ');
    return { text, end };
  }

  /** The time expression nearest the figure in its sentence. */
  private timeFor(times: ArTimeMention[], at: number): ExtractedClaim['when'] {
    const pick = times.filter((m) => m.range).sort((a, b) => Math.abs(a.tokenStart - at) - Math.abs(b.tokenStart - at))[0];
    return pick?.range ? { start: pick.range.start, end: pick.range.end, text: pick.text } : null;
  }

  /** Place names after a locative ("في", "قرب", "بـ") or a place word ("مدينة", "مخيم"). */
  private places(tokens: ArToken[], text: string, offset: number, finder: PlaceFinder, skip: (i: number) => boolean): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || skip(i) || STOPS.has(t.fold) && !LOCATIVES.has(t.fold)) continue;
      const prev = tokens[i - 1];
      const prevForms = prev?.kind === 'word' ? bareForms(prev.fold) : [];
      const cuedByPrev = prevForms.some((f) => LOCATIVES.has(f) || PLACE_WORDS.has(f));
      const attached = /^[بو]?ب/.test(t.fold) || /^[وف]?(في)$/.test(t.fold);
      const direction = DIRECTIONS.has(t.fold);
      const placeWord = isPlaceWord(t.fold);
      if (!cuedByPrev && !attached && !direction && !placeWord) continue;
      const found = this.lookupRun(tokens, i, text, offset, finder);
      if (!found) continue;
      out.push(found);
      i = found.tokenEnd - 1;
    }
    return out;
  }

  private lookupRun(tokens: ArToken[], i: number, text: string, offset: number, finder: PlaceFinder): PlaceMention | null {
    for (let n = 3; n >= 1; n--) {
      if (i + n > tokens.length) continue;
      const run = tokens.slice(i, i + n);
      if (run.some((t) => t.kind !== 'word' || (STOPS.has(t.fold) && t !== run[0]))) continue;
      const written = text.slice(run[0]!.start - offset, run[n - 1]!.end - offset);
      // The name itself, then without a proclitic on its first word ("بإدلب", "وحلب", "لمخيم").
      const variants = [{ name: written, cut: 0 }];
      const lead = run[0]!.fold;
      if (/^[وفبل]/.test(lead) && lead.length > 3) variants.push({ name: written.slice(1), cut: 1 });
      if (/^[وف][بل]/.test(lead) && lead.length > 4) variants.push({ name: written.slice(2), cut: 2 });
      // Some Arabic names are stored without their article ("الخرطوم" as "خرطوم").
      for (const v of [...variants]) if (n === 1 && /^ال/.test(v.name) && v.name.length > 4) variants.push({ name: v.name.slice(2), cut: v.cut });
      // A place word alone ("المدينة", "ولاية") is never a place: المدينة is not Medina.
      if (n === 1 && (DIRECTIONS.has(lead) || isPlaceWord(lead))) continue;
      // After "حي" (a neighbourhood) a name is local: "حي دار السلام" is not Dar es Salaam.
      const neighbourhood = i > 0 && bareForms(tokens[i - 1]!.fold).includes('حي');
      for (const v of variants) {
        const curated = ARABIC_PLACE_NAMES.get(arFold(v.name));
        const found = finder.lookup(v.name);
        if (curated && found.entries.length === 0 && !found.known) found.entries = finder.lookup(curated).entries;
        const known = found.known;
        // Common words are also the Arabic names of small villages somewhere: a place needs some size.
        const entries = found.entries.filter((e) => e.kind !== 'populated_place' || e.population >= MIN_POPULATION);
        if ((entries.length === 0 || neighbourhood) && !known) continue;
        return {
          name: v.name,
          start: run[0]!.start + v.cut,
          end: run[n - 1]!.end,
          tokenStart: i,
          tokenEnd: i + n,
          candidates: entries,
          known,
          cued: true,
          reference: false,
          direction: null,
          resolved: null,
        };
      }
    }
    return null;
  }
}
