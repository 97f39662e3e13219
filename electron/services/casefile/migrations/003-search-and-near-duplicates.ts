/**
 * Migration 3: full-text search and near-duplicate detection, both derived from the
 * documents (rebuilt from them at will, so neither is a synced table).
 *
 * - document_search: FTS5 over a FOLDED form of each document's title, text and
 *   annotation notes (shared/domain/search-text.ts: case, accents, Arabic letter forms and
 *   digits folded). Contentless (content=''): the folded text is not stored a second time;
 *   snippets are cut from document_texts.text instead. The ascii tokenizer splits only at
 *   the spaces the folding puts between words, so the index and the query side always cut
 *   words the same way. A 3-character prefix index keeps the widest prefix queries ("con*")
 *   fast; a 2-and-3 index made every insert four times as costly, for little gain.
 * - search_rows: the FTS rowid of each document. documents has no INTEGER PRIMARY KEY, so
 *   its own rowid may change on VACUUM; this table pins it.
 * - index_versions: the version of the folding (and of the near-duplicate hashing) a case
 *   was indexed with; a newer build rebuilds what is stale.
 * - document_minhash: each document's MinHash signature (60 × 32 bits; empty for texts too
 *   short to compare), to estimate the similarity of candidates before comparing texts, and
 *   to find its buckets again when it is deleted.
 * - document_lsh: MinHash locality-sensitive-hashing buckets (band, bucket) per document,
 *   so a new document finds its likely near-duplicates with a few index lookups.
 * - near_duplicates: pairs of documents sharing most of their text (both directions),
 *   with their measured similarity (Jaccard of word 5-gram sets).
 */
import type { Migration } from '../migration.ts';

export const migration003: Migration = {
  version: 3,
  name: 'search-and-near-duplicates',
  sql: `
CREATE TABLE search_rows (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL UNIQUE REFERENCES documents (id)
) STRICT;

CREATE VIRTUAL TABLE document_search USING fts5(
  title, body, notes,
  content = '', contentless_delete = 1, tokenize = 'ascii', prefix = '3'
);
-- Ranking: a hit in the title counts four times a hit in the text.
INSERT INTO document_search (document_search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0)');

CREATE TABLE index_versions (
  name TEXT PRIMARY KEY,
  version INTEGER NOT NULL
) STRICT;
-- Documents of a case upgraded from an earlier version are indexed on first use (ensureDerivedIndexes).
INSERT INTO index_versions (name, version) VALUES ('search', 1), ('near-duplicates', 1);

CREATE TABLE document_minhash (
  document_id TEXT PRIMARY KEY REFERENCES documents (id),
  signature BLOB NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE document_lsh (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (band, bucket, document_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE near_duplicates (
  document_id TEXT NOT NULL REFERENCES documents (id),
  other_id TEXT NOT NULL REFERENCES documents (id),
  similarity REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
  PRIMARY KEY (document_id, other_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX near_duplicates_other ON near_duplicates (other_id);

-- The document list sorts by title and by import time as well as by date.
CREATE INDEX documents_title ON documents (title COLLATE NOCASE);
CREATE INDEX documents_created ON documents (created_at);
`,
};
