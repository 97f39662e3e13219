/**
 * Near-duplicate documents: the same story syndicated by another outlet, which analysts
 * must not count twice. Each document's MinHash signature and LSH buckets are stored; a
 * new document looks up the documents sharing a bucket, estimates their similarity from
 * the signatures, compares the promising ones exactly (Jaccard of word 5-grams) and links
 * those at or above the threshold, both ways.
 *
 * Boilerplate ("… said on Tuesday that …") makes some buckets popular: a bucket already
 * holding POPULAR_BUCKET documents is skipped when looking for candidates, so the cost per
 * document stays bounded as a case grows. A true near-duplicate shares many buckets, so
 * skipping the popular ones costs next to nothing in recall.
 */
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { bandBuckets, jaccard, shingles, signature, SIGNATURE_SIZE } from './minhash.ts';

/** Bump when shingling or hashing changes: cases then recompute their buckets. */
export const NEAR_DUPLICATE_VERSION = 1;
export const NEAR_DUPLICATES_INDEX = 'near-duplicates';
/** Texts sharing at least this share of their word 5-grams are linked. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Candidates whose signatures agree less than this are not compared exactly (estimates err by ~0.07). */
const ESTIMATE_FLOOR = 0.35;
/** Shorter texts (in 5-grams) are not compared: a few words in common mean nothing. */
const MIN_SHINGLES = 8;
const MAX_CANDIDATES = 25;
const POPULAR_BUCKET = 50;

export interface NearDuplicateLink {
  documentId: string;
  similarity: number;
}

function toBlob(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

function fromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}

function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** Documents sharing at least one (not too popular) bucket, most shared first. */
function candidateIds(db: ReadableDb, documentId: string, buckets: number[]): string[] {
  const lookup = statement(db, 'SELECT document_id FROM document_lsh WHERE band = ? AND bucket = ? LIMIT ?');
  const shared = new Map<string, number>();
  buckets.forEach((bucket, band) => {
    const rows = lookup.all(band, bucket, POPULAR_BUCKET + 1) as { document_id: string }[];
    if (rows.length > POPULAR_BUCKET) return;
    for (const { document_id: id } of rows) if (id !== documentId) shared.set(id, (shared.get(id) ?? 0) + 1);
  });
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}

function textOf(db: ReadableDb, documentId: string): string | null {
  const row = statement(
    db,
    'SELECT t.text FROM document_texts t JOIN documents d ON d.id = t.document_id AND d.deleted_at IS NULL WHERE t.document_id = ?',
  ).get(documentId) as { text: string } | undefined;
  return row?.text ?? null;
}

/**
 * Stores the document's signature and buckets and links it with its near-duplicates;
 * returns the links, most similar first. Runs inside the caller's transaction.
 */
export function linkNearDuplicates(db: WritableDb, documentId: string, text: string): NearDuplicateLink[] {
  forgetNearDuplicateBuckets(db, documentId);
  const set = shingles(text);
  const storeSignature = statement(db, 'INSERT INTO document_minhash (document_id, signature) VALUES (?, ?)');
  if (set.size < MIN_SHINGLES) {
    // An empty signature means "looked at, too short to compare", so it is not looked at again.
    storeSignature.run(documentId, Buffer.alloc(0));
    return [];
  }
  const sig = signature(set);
  const buckets = bandBuckets(sig);
  const signatureOf = statement(db, 'SELECT signature FROM document_minhash WHERE document_id = ?');
  const link = statement(
    db,
    'INSERT INTO near_duplicates (document_id, other_id, similarity) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET similarity = excluded.similarity',
  );
  const links: NearDuplicateLink[] = [];
  for (const other of candidateIds(db, documentId, buckets)) {
    const stored = signatureOf.get(other) as { signature: Buffer } | undefined;
    if (stored && stored.signature.length > 0 && estimate(sig, fromBlob(stored.signature)) < ESTIMATE_FLOOR) continue;
    const otherText = textOf(db, other);
    if (otherText === null) continue;
    const similarity = Math.round(jaccard(set, shingles(otherText)) * 1000) / 1000;
    if (similarity < NEAR_DUPLICATE_THRESHOLD) continue;
    link.run(documentId, other, similarity);
    link.run(other, documentId, similarity);
    links.push({ documentId: other, similarity });
  }
  storeSignature.run(documentId, toBlob(sig));
  const insert = statement(db, 'INSERT OR IGNORE INTO document_lsh (band, bucket, document_id) VALUES (?, ?, ?)');
  buckets.forEach((bucket, band) => insert.run(band, bucket, documentId));
  return links.sort((a, b) => b.similarity - a.similarity);
}

/**
 * Links a document whose text was replaced (a re-import) afresh: its old links, which the
 * old text earned, go first, then it is compared like a new document.
 */
export function relinkNearDuplicates(db: WritableDb, documentId: string, text: string): NearDuplicateLink[] {
  statement(db, 'DELETE FROM near_duplicates WHERE document_id = ? OR other_id = ?').run(documentId, documentId);
  return linkNearDuplicates(db, documentId, text);
}

/** A deleted document stops being a candidate (its links stay, hidden while it is deleted). */
export function forgetNearDuplicateBuckets(db: WritableDb, documentId: string): void {
  const stored = statement(db, 'SELECT signature FROM document_minhash WHERE document_id = ?').get(documentId) as { signature: Buffer } | undefined;
  if (!stored) return;
  if (stored.signature.length > 0) {
    // The buckets follow from the signature: deleted by primary key, so document_lsh needs no second index.
    const remove = statement(db, 'DELETE FROM document_lsh WHERE band = ? AND bucket = ? AND document_id = ?');
    bandBuckets(fromBlob(stored.signature)).forEach((bucket, band) => remove.run(band, bucket, documentId));
  }
  statement(db, 'DELETE FROM document_minhash WHERE document_id = ?').run(documentId);
}

/** Computes buckets and links for live documents that have none yet (older cases, merged documents). */
export function linkMissingNearDuplicates(db: WritableDb): number {
  const missing = statement(
    db,
    `SELECT d.id, t.text FROM documents d JOIN document_texts t ON t.document_id = d.id
      WHERE d.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM document_minhash m WHERE m.document_id = d.id)
      ORDER BY d.created_at`,
  ).all() as { id: string; text: string }[];
  for (let i = 0; i < missing.length; i += 500) {
    db.transaction(() => {
      for (const { id, text } of missing.slice(i, i + 500)) linkNearDuplicates(db, id, text);
    })();
  }
  return missing.length;
}

