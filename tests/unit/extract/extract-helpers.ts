/** Shared by the extraction tests: the real gazetteer from resources/ and the English pipeline. */
import { join } from 'node:path';
import { extractorFor, type ExtractedClaim, type ExtractedDocument } from '../../../electron/services/extract/extract-document.ts';
import type { KnownPlace } from '../../../electron/services/extract/places.ts';
import { repositoryRoot } from '../../../electron/services/environment.ts';
import { gazetteerAt } from '../../../electron/services/gazetteer/gazetteer.ts';

export const gazetteer = gazetteerAt(join(repositoryRoot(), 'resources'));

export function extract(text: string, published: string | null = '2020-08-20', knownPlaces: KnownPlace[] = []): ExtractedDocument {
  return extractorFor(gazetteer, 'en').extract({ text, published, knownPlaces });
}

/** The figures of a text as compact strings: "more_than 75 armoured vehicles", "range 20-25 people". */
export function figures(text: string, published: string | null = '2020-08-20'): string[] {
  return extract(text, published)
    .claims.filter((c) => c.quantity)
    .map((c) => figureOf(c));
}

export function figureOf(c: ExtractedClaim): string {
  const q = c.quantity!;
  const n = q.qualifier === 'range' ? `${q.min}-${q.max}` : q.qualifier === 'vague' ? `${q.min}+` : String(q.value);
  return `${q.qualifier} ${n} ${q.unit}`;
}

/** The one claim whose figure has this value (or min). */
export function claimOf(doc: ExtractedDocument, value: number): ExtractedClaim {
  const found = doc.claims.filter((c) => c.quantity && (c.quantity.value === value || c.quantity.min === value));
  if (found.length !== 1) throw new Error(`expected one claim of ${value}, found ${found.length}: ${doc.claims.map((c) => c.quantity && figureOf(c)).join('; ')}`);
  return found[0]!;
}
