/**
 * The one post-processing step every imported document goes through, inside the same
 * transaction that stored it: find and link its near-duplicates (and, once the claim
 * extractor lands, extract its claims). Anything that should happen to each new document
 * belongs here, so the import, the sample case and the benchmark all get it.
 */
import type { WritableDb } from '../casefile/case-db.ts';
import { linkNearDuplicates, type NearDuplicateLink } from '../documents/near-duplicates.ts';

export interface AnalysisResult {
  nearDuplicates: NearDuplicateLink[];
}

export function analyseImportedDocument(db: WritableDb, documentId: string, text: string, _actor: string): AnalysisResult {
  return { nearDuplicates: linkNearDuplicates(db, documentId, text) };
}
