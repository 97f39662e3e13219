/**
 * The off-the-shelf alternative an analyst would script instead of Sightline, written
 * fairly: compromise finds the numbers and sentences, chrono-node the dates (against the
 * publication date), and simple rules do the rest — the qualifier from the words before
 * the number, ranges "N to M" / "N-M" / "N or M" / "between N and M", vague "dozens/
 * thousands of", the unit as the nouns after the number, 4-digit years skipped, "according
 * to X" and "X said/reported" for the source, capitalised words looked up in the same
 * gazetteer for places, the first demonym or country for the subject.
 */
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import type { Gazetteer } from '../../electron/services/gazetteer/gazetteer.ts';
import type { Prediction } from './scoring.ts';

const QUALIFIERS: [RegExp, string][] = [
  [/\b(more than|over|above|in excess of)\s*$/i, 'more_than'],
  [/\b(at least|no fewer than|no less than)\s*$/i, 'at_least'],
  [/\b(fewer than|less than|under|below)\s*$/i, 'fewer_than'],
  [/\b(up to|at most|no more than|as many as)\s*$/i, 'at_most'],
  [/\b(about|around|approximately|nearly|almost|some|roughly|an estimated|estimated)\s*$/i, 'about'],
];

const VAGUE: [RegExp, number][] = [
  [/\btens of thousands of\s+((?:[\w-]+\s+)?[\w-]+)/gi, 1e4],
  [/\bhundreds of thousands of\s+((?:[\w-]+\s+)?[\w-]+)/gi, 1e5],
  [/\b(?<!of )dozens of\s+((?:[\w-]+\s+)?[\w-]+)/gi, 12],
  [/\b(?<!of )hundreds of\s+((?:[\w-]+\s+)?[\w-]+)/gi, 100],
  [/\b(?<!of )thousands of\s+((?:[\w-]+\s+)?[\w-]+)/gi, 1000],
  [/\b(?<!of )millions of\s+((?:[\w-]+\s+)?[\w-]+)/gi, 1e6],
];

const STOP = new Set(
  'the a an of in on at to from by for with and or but were was had have has been be is are that which who said says reported according into since during near after before while as per its their his her'.split(' '),
);

interface NumberHit {
  start: number;
  end: number;
  value: number;
}

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function unitAfter(rest: string): string | null {
  const words = rest.replace(/^\s*(of\s+)?/, '').split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const clean = w.replace(/[^\p{L}'-]/gu, '');
    if (!clean || STOP.has(clean.toLowerCase()) || out.length >= 3) break;
    out.push(clean);
    if (/[,.;:]$/.test(w)) break;
  }
  return out.length ? out.join(' ') : null;
}

function sourceOf(sentence: string): string | null {
  const name = "((?:[A-Z][\\w'’.-]*|the)(?:\\s+(?:of|for|the|on|[A-Z][\\w'’.-]*))*)";
  const according = new RegExp(`according to (?:the )?${name}`).exec(sentence);
  if (according) return according[1]!;
  const said = new RegExp(`${name}\\s+(?:said|says|reported|reports)\\b`).exec(sentence);
  return said ? said[1]!.replace(/^the\s+/i, '') : null;
}

export function baselineExtract(text: string, published: string, gazetteer: Gazetteer): Prediction[] {
  const ref = new Date(published + 'T12:00:00');
  const out: Prediction[] = [];
  const sentences = nlp(text).sentences().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  for (const s of sentences) {
    const sentence = text.slice(s.offset.start, s.offset.start + s.offset.length);
    const dates = chrono.parse(sentence, ref);
    const when = dates[0] ? { start: iso(dates[0].start.date()), end: iso((dates[0].end ?? dates[0].start).date()) } : null;
    const inDate = (i: number): boolean => dates.some((d) => i >= d.index && i < d.index + d.text.length);
    const source = sourceOf(sentence);
    const places: Prediction['places'] = [];
    for (const m of sentence.matchAll(/[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*/gu)) {
      const hits = gazetteer.lookup(m[0]);
      if (hits.length === 0) continue;
      const best = [...hits].sort((a, b) => (b.kind === 'country' ? 1e12 : b.population) - (a.kind === 'country' ? 1e12 : a.population))[0]!;
      if (!places.some((p) => p.gazetteerId === best.id)) places.push({ name: m[0], gazetteerId: best.id });
    }
    let subject: string | null = null;
    for (const w of sentence.split(/[^\p{L}]+/u)) {
      const code = gazetteer.countryOfDemonym(w);
      const country = code ? gazetteer.country(code) : gazetteer.lookup(w).find((e) => e.kind === 'country') ?? null;
      if (country && /^\p{Lu}/u.test(w)) {
        subject = country.name;
        break;
      }
    }
    const base = { subject, when, source, via: [] as string[], places, eventType: null, sentence: [s.offset.start, s.offset.start + s.offset.length] as [number, number], event: false };
    const numbers: NumberHit[] = (nlp(sentence).numbers().json({ offset: true }) as { number: { num: number }; offset: { start: number; length: number } }[])
      .map((n) => ({ start: n.offset.start, end: n.offset.start + n.offset.length, value: n.number.num }))
      .filter((n) => !inDate(n.start) && !(n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value) && /^\d{4}$/.test(sentence.slice(n.start, n.end))));
    for (let i = 0; i < numbers.length; i++) {
      const n = numbers[i]!;
      const before = sentence.slice(0, n.start);
      const next = numbers[i + 1];
      const between = next ? sentence.slice(n.end, next.start) : '';
      if (next && /^\s*(to|-|–|or)\s*$/.test(between) && next.value > n.value) {
        out.push({ ...base, value: null, min: n.value, max: next.value, qualifier: 'range', unit: unitAfter(sentence.slice(next.end)) });
        i++;
        continue;
      }
      if (next && /between\s*$/i.test(before) && /^\s*and\s*$/.test(between)) {
        out.push({ ...base, value: null, min: n.value, max: next.value, qualifier: 'range', unit: unitAfter(sentence.slice(next.end)) });
        i++;
        continue;
      }
      const qualifier = QUALIFIERS.find(([re]) => re.test(before))?.[1] ?? 'exact';
      const unit = unitAfter(sentence.slice(n.end));
      if (!unit) continue;
      out.push({ ...base, value: n.value, min: null, max: null, qualifier, unit });
    }
    for (const [re, min] of VAGUE) {
      for (const m of sentence.matchAll(re)) out.push({ ...base, value: null, min, max: null, qualifier: 'vague', unit: m[1]! });
    }
  }
  return out;
}
