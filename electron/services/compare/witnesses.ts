/**
 * Independent witnesses among the claims of one event: claims count once when they come
 * from the same document or from the same original source relayed by several outlets, and
 * — when their figures agree — from documents that are near-duplicates of each other
 * (MinHash, computed at import) or when the sentences that carry them are copies of each
 * other (identical or with small edits, as the shared passages of shared-passages.ts:
 * syndication that MinHash does not catch). A copied sentence whose figure was changed is
 * a different account.
 */
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import type { CompareClaim } from './compare-claims.ts';
import { figuresAgree, hasFigure } from './figures.ts';
import { isCopiedSentence, sentenceUnits, unitAt, type Unit } from './shared-passages.ts';
import { UnionFind } from './union-find.ts';

export interface CaseDocuments {
  title(id: string): string;
  outlet(id: string): string | null;
  /** Whether two documents are near-duplicates. */
  nearDuplicates(a: string, b: string): boolean;
  /** The sentence of a document holding an offset (sentences computed once per document). */
  sentenceAt(documentId: string, offset: number): Unit | null;
}

export function caseDocuments(db: ReadableDb): CaseDocuments {
  const docs = new Map(
    (statement(db, `SELECT d.id, d.title, s.name AS outlet, d.language FROM documents d LEFT JOIN sources s ON s.id = d.source_id WHERE d.deleted_at IS NULL`).all() as {
      id: string;
      title: string;
      outlet: string | null;
      language: string | null;
    }[]).map((d) => [d.id, d]),
  );
  const near = new Set((statement(db, 'SELECT document_id, other_id FROM near_duplicates').all() as { document_id: string; other_id: string }[]).map((r) => `${r.document_id}|${r.other_id}`));
  const units = new Map<string, Unit[]>();
  const unitsOf = (id: string): Unit[] => {
    let found = units.get(id);
    if (found === undefined) {
      const text = (statement(db, 'SELECT text FROM document_texts WHERE document_id = ?').get(id) as { text: string } | undefined)?.text ?? '';
      found = sentenceUnits(text, docs.get(id)?.language ?? null);
      units.set(id, found);
    }
    return found;
  };
  return {
    title: (id) => docs.get(id)?.title ?? '',
    outlet: (id) => docs.get(id)?.outlet ?? null,
    nearDuplicates: (a, b) => near.has(`${a}|${b}`) || near.has(`${b}|${a}`),
    sentenceAt: (id, offset) => unitAt(unitsOf(id), offset),
  };
}

function copiedSentence(a: CompareClaim, b: CompareClaim, docs: CaseDocuments): boolean {
  if (a.spanStart === null || b.spanStart === null) return false;
  const sa = docs.sentenceAt(a.documentId, a.spanStart);
  const sb = docs.sentenceAt(b.documentId, b.spanStart);
  return sa !== null && sb !== null && isCopiedSentence(sa, sb);
}

/** The witness of each claim (0, 1, 2 … in order of first appearance). */
export function witnessesOf(claims: readonly CompareClaim[], docs: CaseDocuments): number[] {
  const sets = new UnionFind(claims.length);
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      if (sets.find(i) === sets.find(j)) continue;
      const a = claims[i]!;
      const b = claims[j]!;
      if (a.documentId === b.documentId || (a.sourceId !== null && a.sourceId === b.sourceId)) {
        sets.union(i, j);
        continue;
      }
      if (hasFigure(a) && !figuresAgree(a, b)) continue;
      if (docs.nearDuplicates(a.documentId, b.documentId)) {
        sets.union(i, j);
        continue;
      }
      if (copiedSentence(a, b, docs)) sets.union(i, j);
    }
  }
  const numbers = new Map<number, number>();
  return claims.map((_, i) => {
    const root = sets.find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
