/**
 * Independent witnesses among the claims of one event: claims count once when they come
 * from the same document or from the same original source relayed by several outlets, and
 * — when their figures agree — from documents that are near-duplicates of each other
 * (MinHash, computed at import) or when each lies in a passage the two documents share
 * (the sentence-level diff of shared-passages.ts: syndication with small edits that MinHash
 * does not catch). A copied sentence whose figure was changed is a different account.
 */
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import type { CompareClaim } from './compare-claims.ts';
import { figuresAgree, hasFigure } from './figures.ts';
import { sharedPassages } from './shared-passages.ts';
import { UnionFind } from './union-find.ts';
import type { SharedPassage } from '../../../shared/contract/compare.ts';

export interface CaseDocuments {
  title(id: string): string;
  outlet(id: string): string | null;
  /** Whether two documents are near-duplicates. */
  nearDuplicates(a: string, b: string): boolean;
  /** Shared passages of two documents (computed once per pair). */
  shared(a: string, b: string): SharedPassage[];
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
  const texts = new Map<string, string>();
  const textOf = (id: string): string => {
    let text = texts.get(id);
    if (text === undefined) {
      text = (statement(db, 'SELECT text FROM document_texts WHERE document_id = ?').get(id) as { text: string } | undefined)?.text ?? '';
      texts.set(id, text);
    }
    return text;
  };
  const sharedCache = new Map<string, SharedPassage[]>();
  return {
    title: (id) => docs.get(id)?.title ?? '',
    outlet: (id) => docs.get(id)?.outlet ?? null,
    nearDuplicates: (a, b) => near.has(`${a}|${b}`) || near.has(`${b}|${a}`),
    shared(a, b) {
      const key = `${a}|${b}`;
      let passages = sharedCache.get(key);
      if (passages === undefined) {
        passages = sharedPassages(textOf(a), textOf(b), docs.get(a)?.language ?? null, docs.get(b)?.language ?? null);
        sharedCache.set(key, passages);
      }
      return passages;
    },
  };
}

function inside(span: [number, number] | null, range: readonly [number, number]): boolean {
  return span !== null && span[0] >= range[0] && span[1] <= range[1];
}

const spanOf = (c: CompareClaim): [number, number] | null => (c.spanStart !== null && c.spanEnd !== null ? [c.spanStart, c.spanEnd] : null);

/** The witness of each claim (0, 1, 2 … in order of first appearance). */
export function witnessesOf(claims: readonly CompareClaim[], docs: CaseDocuments): number[] {
  const sets = new UnionFind(claims.length);
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
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
      const [first, second] = a.documentId < b.documentId ? [a, b] : [b, a];
      if (docs.shared(first.documentId, second.documentId).some((p) => inside(spanOf(first), p.a) && inside(spanOf(second), p.b))) sets.union(i, j);
    }
  }
  const numbers = new Map<number, number>();
  return claims.map((_, i) => {
    const root = sets.find(i);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    return numbers.get(root)!;
  });
}
