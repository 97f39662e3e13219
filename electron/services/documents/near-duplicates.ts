/**
 * Near-duplicate documents: the same story syndicated by another outlet, which analysts
 * must not count twice. Each document's MinHash bands are stored (document_lsh); a new
 * document looks up the documents sharing a band, measures its exact similarity with
 * each (Jaccard of word 5-grams) and links those at or above the threshold, both ways.
 */
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { bandBuckets, jaccard, shingles, signature } from './minhash.ts';

/** Bump when shingling or hashing changes: cases then recompute their buckets. */
export const NEAR_DUPLICATE_VERSION = 1;
export const NEAR_DUPLICATES_INDEX = 'near-duplicates';
/** Texts sharing at least this share of their word 5-grams are linked. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Shorter texts (in 5-grams) are not compared: a few words in common mean nothing. */
const MIN_SHINGLES = 8;
const MAX_CANDIDATES = 25;

export interface NearDuplicateLink {
  documentId: string;
  similarity: number;
}

function candidateIds(db: ReadableDb, documentId: string, buckets: number[]): string[] {
  const rows = statement(
    db,
    `SELECT l.document_id AS id, count(*) AS shared
       FROM json_each(?) AS j
       JOIN document_lsh AS l ON l.band = j.key AND l.bucket = j.value
       JOIN documents AS d ON d.id = l.document_id AND d.deleted_at IS NULL
      WHERE l.document_id != ?
      GROUP BY l.document_id
      ORDER BY shared DESC
      LIMIT ?`,
  ).all(JSON.stringify(buckets), documentId, MAX_CANDIDATES) as { id: string }[];
  return rows.map((r) => r.id);
}

function textOf(db: ReadableDb, documentId: string): string {
  const row = statement(db, 'SELECT text FROM document_texts WHERE document_id = ?').get(documentId) as { text: string } | undefined;
  return row?.text ?? '';
}

/**
 * Stores the document's buckets and links it with its near-duplicates; returns the links,
 * most similar first. Runs inside the caller's transaction.
 */
export function linkNearDuplicates(db: WritableDb, documentId: string, text: string): NearDuplicateLink[] {
  statement(db, 'DELETE FROM document_lsh WHERE document_id = ?').run(documentId);
  const set = shingles(text);
  if (set.size < MIN_SHINGLES) {
    // Band -1 marks "looked at, too short to compare", so it is not looked at again.
    statement(db, 'INSERT OR IGNORE INTO document_lsh (band, bucket, document_id) VALUES (-1, 0, ?)').run(documentId);
    return [];
  }
  const buckets = bandBuckets(signature(set));
  const links: NearDuplicateLink[] = [];
  for (const other of candidateIds(db, documentId, buckets)) {
    const similarity = jaccard(set, shingles(textOf(db, other)));
    if (similarity < NEAR_DUPLICATE_THRESHOLD) continue;
    const rounded = Math.round(similarity * 1000) / 1000;
    const link = statement(
      db,
      'INSERT INTO near_duplicates (document_id, other_id, similarity) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET similarity = excluded.similarity',
    );
    link.run(documentId, other, rounded);
    link.run(other, documentId, rounded);
    links.push({ documentId: other, similarity: rounded });
  }
  const insert = statement(db, 'INSERT OR IGNORE INTO document_lsh (band, bucket, document_id) VALUES (?, ?, ?)');
  buckets.forEach((bucket, band) => insert.run(band, bucket, documentId));
  return links.sort((a, b) => b.similarity - a.similarity);
}

/** A deleted document stops being a candidate (its links stay, hidden while it is deleted). */
export function forgetNearDuplicateBuckets(db: WritableDb, documentId: string): void {
  statement(db, 'DELETE FROM document_lsh WHERE document_id = ?').run(documentId);
}

/** Computes buckets and links for live documents that have none yet (older cases, merged documents). */
export function linkMissingNearDuplicates(db: WritableDb): number {
  const missing = statement(
    db,
    `SELECT d.id, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id
      WHERE d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM document_lsh l WHERE l.document_id = d.id)
      ORDER BY d.created_at`,
  ).all() as { id: string; text: string }[];
  for (let i = 0; i < missing.length; i += 500) {
    db.transaction(() => {
      for (const { id, text } of missing.slice(i, i + 500)) linkNearDuplicates(db, id, text);
    })();
  }
  return missing.length;
}
