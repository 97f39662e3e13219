/**
 * What the extractor says about a span an analyst selected: the document is extracted with
 * its full context (publication date, year headings, article-level attribution), and the
 * claim whose span overlaps the selection most is taken — a figure before an event claim.
 * This is how a claim made from a selection comes prefilled with value, unit, subject,
 * time, place and source while keeping the analyst's own words as its text.
 */
import { statement, type WritableDb } from '../casefile/case-db.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { CasePlaces, knownPlaceIndex, rememberIndex } from './case-places.ts';
import { extractorFor, type ExtractedClaim } from './extract-document.ts';
import { claimValues, sourceIdsFor } from './store-claims.ts';

export interface SpanClaim {
  /** claims columns (without span, text and document), ready for the record store. */
  values: Record<string, unknown>;
  placeIds: string[];
}

function overlap(claim: ExtractedClaim, start: number, end: number): number {
  return Math.min(end, claim.span[1]) - Math.max(start, claim.span[0]);
}

/** The extracted claim that best matches [start, end), or null when none overlaps it. */
export function bestClaimForSpan(claims: readonly ExtractedClaim[], start: number, end: number): ExtractedClaim | null {
  let best: ExtractedClaim | null = null;
  let bestScore = 0;
  for (const claim of claims) {
    const shared = overlap(claim, start, end);
    if (shared <= 0) continue;
    // A figure claim wins over the event claim of the same sentence; then the larger overlap.
    const score = (claim.quantity ? 1_000_000 : 0) + shared;
    if (score > bestScore) {
      best = claim;
      bestScore = score;
    }
  }
  return best;
}

/** Extracts the claim under a span of a stored document. Call inside the caller's transaction. */
export function extractClaimForSpan(db: WritableDb, documentId: string, start: number, end: number, gazetteer: Gazetteer, actor: string): SpanClaim | null {
  const doc = statement(
    db,
    'SELECT d.title, d.published, d.language, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?',
  ).get(documentId) as { title: string; published: string | null; language: string | null; text: string } | undefined;
  if (!doc) return null;
  const places = knownPlaceIndex(db);
  const extracted = extractorFor(gazetteer, doc.language).extract({ text: doc.text, title: doc.title, published: doc.published, language: doc.language, knownPlaces: places });
  const claim = bestClaimForSpan(extracted.claims, start, end);
  if (!claim) return null;
  const casePlaces = new CasePlaces(db, actor, places);
  const values = claimValues(documentId, claim, sourceIdsFor(db, actor));
  const placeIds = [...new Set(claim.places.map((p) => casePlaces.idFor(p.place, p.written)))];
  rememberIndex(db, places);
  for (const key of ['document_id', 'span_start', 'span_end', 'text']) delete values[key];
  return { values, placeIds };
}
