/**
 * Scoring rules of `npm run eval`.
 *
 * A predicted figure matches a gold claim when the numbers agree (value for a single
 * figure, min and max for a range, min for a vague amount), the qualifier is the same, and
 * the predicted unit contains one of the gold's acceptable words as whole words (plural
 * "s" ignored: "armoured vehicles" matches "vehicles"). Matching is one-to-one, in text
 * order. Recall = matched / gold claims, precision = matched / predicted figures.
 * Over the matched pairs where gold or prediction has one: dates are right when start and
 * end agree; sources when the source names agree (gold aliases allowed, a name that
 * contains the other as whole words counts) and so do the relaying outlets; places when
 * the two sets of place names agree (same normalised spelling or same gazetteer entry).
 * Claims without a figure are scored on documents whose labels list them: a predicted
 * one matches when its sentence contains the gold excerpt.
 */
import type { Gazetteer } from '../../electron/services/gazetteer/gazetteer.ts';
import { placeKey } from '../../electron/services/gazetteer/place-key.ts';
import type { EvalDocument, GoldClaim, GoldEvent } from './eval-set.ts';

export interface Prediction {
  value: number | null;
  min: number | null;
  max: number | null;
  qualifier: string | null;
  unit: string | null;
  subject: string | null;
  when: { start: string; end: string } | null;
  source: string | null;
  via: string[];
  places: { name: string; gazetteerId: string | null }[];
  eventType: string | null;
  /** Character span of the sentence (for claims without a figure). */
  sentence: [number, number];
  /** A claim without a figure. */
  event: boolean;
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  dates: [number, number];
  sources: [number, number];
  places: [number, number];
  subjects: [number, number];
  eventTypes: [number, number];
  eventsGold: number;
  eventsPredicted: number;
  eventsMatched: number;
  misses: string[];
}

export function emptyTally(): Tally {
  return {
    gold: 0,
    predicted: 0,
    matched: 0,
    dates: [0, 0],
    sources: [0, 0],
    places: [0, 0],
    subjects: [0, 0],
    eventTypes: [0, 0],
    eventsGold: 0,
    eventsPredicted: 0,
    eventsMatched: 0,
    misses: [],
  };
}

export function addTally(into: Tally, t: Tally): void {
  into.gold += t.gold;
  into.predicted += t.predicted;
  into.matched += t.matched;
  for (const k of ['dates', 'sources', 'places', 'subjects', 'eventTypes'] as const) {
    into[k][0] += t[k][0];
    into[k][1] += t[k][1];
  }
  into.eventsGold += t.eventsGold;
  into.eventsPredicted += t.eventsPredicted;
  into.eventsMatched += t.eventsMatched;
}

const near = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a != null && b != null && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));
}

function containsWords(hay: string, needle: string): boolean {
  const h = words(hay);
  const n = words(needle);
  if (n.length === 0) return false;
  for (let i = 0; i + n.length <= h.length; i++) if (n.every((w, k) => h[i + k] === w)) return true;
  return false;
}

export function figureMatches(gold: GoldClaim, p: Prediction): boolean {
  if (p.event || p.qualifier !== gold.qualifier) return false;
  if (gold.qualifier === 'range') {
    if (!near(p.min, gold.min) || !near(p.max, gold.max)) return false;
  } else if (gold.qualifier === 'vague') {
    if (!near(p.min, gold.min)) return false;
  } else if (!near(p.value, gold.value)) return false;
  return p.unit !== null && gold.unit.some((u) => containsWords(p.unit!, u));
}

function sameName(a: string, b: string, aliases: Record<string, string[]>): boolean {
  const norm = (s: string): string => words(s.replace(/^(the|a|an)\s+/i, '')).join(' ');
  const forms = (s: string): string[] => {
    const out = [s];
    for (const [name, list] of Object.entries(aliases)) if ([name, ...list].some((x) => norm(x) === norm(s))) out.push(name, ...list);
    return out;
  };
  for (const x of forms(a)) {
    for (const y of forms(b)) {
      if (norm(x) === norm(y)) return true;
      const [short, long] = norm(x).length < norm(y).length ? [x, y] : [y, x];
      if (words(short).length >= 2 && containsWords(long, short)) return true;
    }
  }
  return false;
}

function goldWhen(when: GoldClaim['when']): { start: string; end: string } | null {
  if (when == null) return null;
  return typeof when === 'string' ? { start: when, end: when } : { start: when[0], end: when[1] };
}

type Scorable = Pick<GoldClaim, 'when' | 'source' | 'via' | 'places' | 'subject' | 'eventType'>;

function scoreFields(g: Scorable, p: Prediction, doc: EvalDocument, gazetteer: Gazetteer, t: Tally, label: string): void {
  const gw = goldWhen(g.when);
  if (gw || p.when) {
    t.dates[1]++;
    if (gw && p.when && gw.start === p.when.start && gw.end === p.when.end) t.dates[0]++;
    else t.misses.push(`  date   ${label}: gold ${gw ? `${gw.start}..${gw.end}` : '-'}, got ${p.when ? `${p.when.start}..${p.when.end}` : '-'}`);
  }
  const gs = g.source ?? null;
  if (gs || p.source) {
    t.sources[1]++;
    const gv = g.via ?? [];
    const viaOk = gv.length === p.via.length && gv.every((v) => p.via.some((x) => sameName(x, v, doc.aliases)));
    if (gs && p.source && sameName(gs, p.source, doc.aliases) && viaOk) t.sources[0]++;
    else t.misses.push(`  source ${label}: gold ${gs ?? '-'}${gv.length ? ` via ${gv.join(', ')}` : ''}, got ${p.source ?? '-'}${p.via.length ? ` via ${p.via.join(', ')}` : ''}`);
  }
  const gp = g.places ?? [];
  if (gp.length || p.places.length) {
    t.places[1]++;
    const ids = (name: string): Set<string> => new Set(gazetteer.lookup(name).map((e) => e.id));
    const same = (a: string, b: { name: string; gazetteerId: string | null }): boolean =>
      placeKey(a) === placeKey(b.name) || (b.gazetteerId !== null && ids(a).has(b.gazetteerId.replace(/#.*$/, '')) && !b.gazetteerId.includes('#'));
    const ok = gp.length === p.places.length && gp.every((a) => p.places.some((b) => same(a, b)));
    if (ok) t.places[0]++;
    else t.misses.push(`  places ${label}: gold [${gp.join(', ')}], got [${p.places.map((x) => x.name).join(', ')}]`);
  }
  if (g.subject !== undefined) {
    t.subjects[1]++;
    const options = Array.isArray(g.subject) ? g.subject : [g.subject];
    if (p.subject && options.some((o) => words(o).join(' ') === words(p.subject!).join(' '))) t.subjects[0]++;
    else t.misses.push(`  subject ${label}: gold ${options.join(' | ')}, got ${p.subject ?? '-'}`);
  }
  if (g.eventType !== undefined) {
    t.eventTypes[1]++;
    if (p.eventType === g.eventType) t.eventTypes[0]++;
    else t.misses.push(`  type   ${label}: gold ${g.eventType}, got ${p.eventType ?? '-'}`);
  }
}

function describe(g: GoldClaim): string {
  const n = g.qualifier === 'range' ? `${g.min}–${g.max}` : g.qualifier === 'vague' ? `≥${g.min}` : String(g.value);
  return `${g.qualifier} ${n} ${g.unit[0]}`;
}

function describePrediction(p: Prediction): string {
  const n = p.qualifier === 'range' ? `${p.min}–${p.max}` : p.qualifier === 'vague' ? `≥${p.min}` : String(p.value);
  return `${p.qualifier} ${n} ${p.unit ?? '?'}`;
}

export function scoreDocument(doc: EvalDocument, predictions: Prediction[], gazetteer: Gazetteer): Tally {
  const t = emptyTally();
  const figures = predictions.filter((p) => !p.event);
  t.gold = doc.claims.length;
  t.predicted = figures.length;
  const used = new Set<Prediction>();
  for (const g of doc.claims) {
    const p = figures.find((x) => !used.has(x) && figureMatches(g, x));
    if (!p) {
      t.misses.push(`  MISSED ${describe(g)}`);
      continue;
    }
    used.add(p);
    t.matched++;
    if (g.fieldsLabelled !== false) scoreFields(g, p, doc, gazetteer, t, describe(g));
  }
  for (const p of figures) if (!used.has(p)) t.misses.push(`  EXTRA  ${describePrediction(p)}`);
  if (doc.events) {
    const events = predictions.filter((p) => p.event);
    t.eventsGold = doc.events.length;
    t.eventsPredicted = events.length;
    const usedEvents = new Set<Prediction>();
    for (const g of doc.events) {
      const at = doc.text.indexOf(g.text);
      const p = events.find((x) => !usedEvents.has(x) && at >= 0 && x.sentence[0] <= at && x.sentence[1] >= at + g.text.length);
      if (!p) {
        t.misses.push(`  MISSED event "${g.text}"`);
        continue;
      }
      usedEvents.add(p);
      t.eventsMatched++;
      scoreFields(g as GoldEvent, p, doc, gazetteer, t, `event "${g.text.slice(0, 40)}…"`);
    }
    for (const p of events) if (!usedEvents.has(p)) t.misses.push(`  EXTRA  event in "${doc.text.slice(p.sentence[0], p.sentence[0] + 50)}…"`);
  }
  return t;
}
