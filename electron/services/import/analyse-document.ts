/**
 * The one post-processing step every imported document goes through, inside the same
 * transaction that stored it: find and link its near-duplicates and extract its claims.
 * Anything that should happen to each new document belongs here, so the import, the sample
 * case and the benchmark all get it.
 */
import type { WritableDb } from '../casefile/case-db.ts';
import { linkNearDuplicates, type NearDuplicateLink } from '../documents/near-duplicates.ts';
import { extractDocumentClaims, type StoreResult } from '../extract/store-claims.ts';
import { defaultGazetteer, type Gazetteer } from '../gazetteer/gazetteer.ts';

export interface AnalysisResult {
  nearDuplicates: NearDuplicateLink[];
  claims: StoreResult;
}

export function analyseImportedDocument(
  db: WritableDb,
  documentId: string,
  text: string,
  actor: string,
  gazetteer: Gazetteer = defaultGazetteer(),
): AnalysisResult {
  const nearDuplicates = linkNearDuplicates(db, documentId, text);
  const claims = extractDocumentClaims(db, documentId, gazetteer, actor);
  return { nearDuplicates, claims };
}
