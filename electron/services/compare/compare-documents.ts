/** `compare:documents`: two documents side by side — paired claims, one-sided claims, shared passages. */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { ComparedClaim } from '../../../shared/contract/compare.ts';
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { EVENT_TYPE_LABELS, type EventType } from '../../../shared/domain/claim-types.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { documentClaims, type CompareClaim } from './compare-claims.ts';
import { describeFigure, hasFigure } from './figures.ts';
import { pairClaims } from './pair-claims.ts';
import { coveredShare, sharedPassages } from './shared-passages.ts';

interface DocRow {
  id: string;
  text: string;
  language: string | null;
}

function loadDocument(db: ReadableDb, id: string, which: string): DocRow {
  const row = statement(
    db,
    `SELECT d.id, t.text, d.language FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.id = ? AND d.deleted_at IS NULL`,
  ).get(id) as DocRow | undefined;
  if (!row) throw new ApiError('not_found', `Document ${which} (${id}) is not in this case.`);
  return row;
}

/** The claim as the comparison shows it. */
export function comparedClaim(c: CompareClaim): ComparedClaim {
  return {
    id: c.id,
    documentId: c.documentId,
    span: c.spanStart !== null && c.spanEnd !== null ? [c.spanStart, c.spanEnd] : null,
    figure: hasFigure(c) ? describeFigure(c) : (EVENT_TYPE_LABELS[c.eventType as EventType] ?? c.eventType ?? 'event'),
    value: c.value ?? c.valueMin ?? c.valueMax,
    unit: c.unit,
    subject: c.subject,
    whenStart: c.whenStart,
    whenEnd: c.whenEnd,
    places: c.places.map((p) => p.name),
    sourceName: c.sourceName,
  };
}

export function compareTwoDocuments(db: ReadableDb, idA: string, idB: string): MethodOutput<'compare:documents'> {
  const started = performance.now();
  if (idA === idB) throw new ApiError('invalid_input', 'Pick two different documents to compare.');
  const docA = loadDocument(db, idA, 'A');
  const docB = loadDocument(db, idB, 'B');
  const claimsA = documentClaims(db, idA);
  const claimsB = documentClaims(db, idB);
  const pairing = pairClaims(claimsA, claimsB);
  const shared = sharedPassages(docA.text, docB.text, docA.language, docB.language);
  const claims: Record<string, ComparedClaim> = {};
  for (const c of [...claimsA, ...claimsB]) claims[c.id] = comparedClaim(c);
  return {
    ...pairing,
    shared,
    claims,
    sharedShareA: coveredShare(docA.text, shared.map((s) => s.a)),
    sharedShareB: coveredShare(docB.text, shared.map((s) => s.b)),
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
