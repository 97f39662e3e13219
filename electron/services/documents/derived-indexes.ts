/**
 * The indexes derived from documents (full-text search, near-duplicate buckets): brought up
 * to date once per connection, before the first search or import. That covers cases from
 * before these indexes existed, cases indexed by an older folding, and documents written by
 * code that did not index them (a merge calls reindexDocuments itself).
 */
import { SEARCH_TEXT_VERSION } from '../../../shared/domain/search-text.ts';
import type { ReadableDb, WritableDb } from '../casefile/case-db.ts';
import { SEARCH_INDEX, indexMissingDocuments, indexVersion, rebuildSearchIndex, setIndexVersion } from '../search/search-index.ts';
import { NEAR_DUPLICATES_INDEX, NEAR_DUPLICATE_VERSION, linkMissingNearDuplicates } from './near-duplicates.ts';

const checked = new WeakSet<object>();

/** Indexes whatever is missing or stale. Cheap after the first call on a connection. */
export function ensureDerivedIndexes(db: WritableDb): void {
  if (checked.has(db)) return;
  reindexDocuments(db);
  checked.add(db);
}

/** For code that writes documents without the import pipeline (merge): index what is new or stale now. */
export function reindexDocuments(db: WritableDb): { searchIndexed: number; nearDuplicatesLinked: number } {
  let searchIndexed: number;
  if (indexVersion(db, SEARCH_INDEX) !== SEARCH_TEXT_VERSION) searchIndexed = rebuildSearchIndex(db);
  else searchIndexed = indexMissingDocuments(db);
  if (indexVersion(db, NEAR_DUPLICATES_INDEX) !== NEAR_DUPLICATE_VERSION) {
    db.transaction(() => {
      db.prepare('DELETE FROM document_lsh').run();
      db.prepare('DELETE FROM document_minhash').run();
      db.prepare('DELETE FROM near_duplicates').run();
      setIndexVersion(db, NEAR_DUPLICATES_INDEX, NEAR_DUPLICATE_VERSION);
    })();
  }
  const nearDuplicatesLinked = linkMissingNearDuplicates(db);
  return { searchIndexed, nearDuplicatesLinked };
}

/** For read paths: a read-only case is searched as it is. */
export function ensureDerivedIndexesIfWritable(db: ReadableDb, writable: WritableDb | null): void {
  if (writable) ensureDerivedIndexes(writable);
}
