/**
 * Whether two claims are about the same thing, and how surely: compatible units (the
 * ontology), the same subject, places that can be the same place, and times that overlap.
 * A field one claim leaves empty neither helps nor forbids a match; a field both fill and
 * that contradicts rules the match out.
 */
import type { ClaimPlace, CompareClaim } from './compare-claims.ts';
import { hasFigure } from './figures.ts';
import { isGenericUnit, rootConcept, unitCompatibility } from './unit-ontology.ts';

const UNKNOWN = 0.5;

const subjectKeys = new Map<string, string[]>();

function subjectKey(subject: string | null): string[] {
  if (!subject) return [];
  let key = subjectKeys.get(subject);
  if (key === undefined) {
    key = splitSubject(subject);
    subjectKeys.set(subject, key);
  }
  return key;
}

function splitSubject(subject: string): string[] {
  return subject
    .toLowerCase()
    .split(/\s*(?:,|\band\b|&|\/)\s*/)
    .map((s) => s.replace(/^the\s+/, '').trim())
    .filter(Boolean);
}

/** 1 for the same subject, 0.6 when one names a party of the other ("Russia and Turkey"), 0 when different. */
export function subjectCompatibility(a: string | null, b: string | null): number {
  const ka = subjectKey(a);
  const kb = subjectKey(b);
  if (ka.length === 0 || kb.length === 0) return UNKNOWN;
  if (ka.join('|') === kb.join('|')) return 1;
  return ka.some((s) => kb.includes(s)) ? 0.6 : 0;
}

const AREA_KINDS = new Set(['country', 'admin1', 'region']);

function distanceKm(a: ClaimPlace, b: ClaimPlace): number | null {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

function samePlace(a: ClaimPlace, b: ClaimPlace): number {
  if (a.id === b.id || a.name.toLowerCase() === b.name.toLowerCase()) return 1;
  const km = distanceKm(a, b);
  if (km !== null && km < 25) return 0.9;
  // "northern Syria" can contain "Idlib": an area and a place of its country.
  if ((AREA_KINDS.has(a.kind) || AREA_KINDS.has(b.kind)) && a.country !== null && a.country === b.country) return 0.6;
  return 0;
}

export function placeCompatibility(a: ClaimPlace[], b: ClaimPlace[]): number {
  if (a.length === 0 || b.length === 0) return UNKNOWN;
  let best = 0;
  for (const pa of a) for (const pb of b) best = Math.max(best, samePlace(pa, pb));
  return best;
}

/** A claim's time as [start, end] day strings, or null. Partial dates widen to their month or year. */
export function dayInterval(c: { whenStart: string | null; whenEnd: string | null }): [string, string] | null {
  const start = c.whenStart ?? c.whenEnd;
  const end = c.whenEnd ?? c.whenStart;
  if (!start || !end) return null;
  const from = start.slice(0, 10);
  const to = end.slice(0, 10);
  return [from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from, to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to];
}

const dayNumbers = new Map<string, number>();

function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Date.parse(day) / 86_400_000;
    dayNumbers.set(day, n);
  }
  return n;
}

function days(from: string, to: string): number {
  return Math.max(1, dayNumber(to) - dayNumber(from) + 1);
}

/** 1 for the same days, less as the overlap shrinks; 0 when they do not overlap. */
export function timeCompatibility(a: CompareClaim, b: CompareClaim): number {
  const ta = dayInterval(a);
  const tb = dayInterval(b);
  if (!ta || !tb) return UNKNOWN;
  if (ta[0] > tb[1] || tb[0] > ta[1]) return 0;
  const from = ta[0] > tb[0] ? ta[0] : tb[0];
  const to = ta[1] < tb[1] ? ta[1] : tb[1];
  const union = days(ta[0] < tb[0] ? ta[0] : tb[0], ta[1] > tb[1] ? ta[1] : tb[1]);
  return 0.4 + 0.6 * (days(from, to) / union);
}

/**
 * Two dated figures counted from the same start to different ends ("since the ceasefire"
 * to 31 March, to August): points of one running total, not rival accounts of one count.
 */
export function isRunningTotalStep(a: CompareClaim, b: CompareClaim): boolean {
  const ta = dayInterval(a);
  const tb = dayInterval(b);
  if (!ta || !tb || !hasFigure(a) || !hasFigure(b)) return false;
  return ta[0] === tb[0] && ta[1] !== tb[1] && days(ta[0], ta[1]) > 7 && days(tb[0], tb[1]) > 7;
}

/**
 * How surely two claims are about the same thing, 0 when they cannot be. Claims with a
 * figure match only claims with a figure, on unit first; claims without one (an event
 * reported in words) match on event type.
 */
export function matchScore(a: CompareClaim, b: CompareClaim): number {
  const figured = hasFigure(a);
  if (figured !== hasFigure(b)) return 0;
  let unit: number;
  if (figured) {
    unit = unitCompatibility(a.unit, b.unit);
    if (unit === 0) return 0;
    if ((isGenericUnit(a.unit) || isGenericUnit(b.unit)) && a.eventType && b.eventType && a.eventType !== b.eventType) return 0;
  } else {
    if (!a.eventType || a.eventType !== b.eventType) return 0;
    unit = 0.8;
  }
  const subject = subjectCompatibility(a.subject, b.subject);
  if (subject === 0) return 0;
  const place = placeCompatibility(a.places, b.places);
  if (place === 0) return 0;
  const time = timeCompatibility(a, b);
  if (time === 0) return 0;
  const event = a.eventType && b.eventType && a.eventType !== b.eventType ? -0.3 : 0;
  return unit * 3 + subject + place + time * 1.5 + event;
}

/** Claims that can match share this key (the unit's broadest concept, or the event type): compare within buckets only. */
export function matchBucket(c: CompareClaim): string | null {
  if (hasFigure(c)) {
    const root = rootConcept(c.unit);
    return root === null ? null : `unit:${root}`;
  }
  return c.eventType ? `event:${c.eventType}` : null;
}
