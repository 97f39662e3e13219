/**
 * Migration 1: the first tables of a case.
 *
 * Conventions every later migration keeps:
 * - STRICT tables; JSON columns carry a json_valid() check.
 * - Records that analysts share ("synced" tables) have a UUIDv7 `id`, a `rev` (the id of
 *   the change that produced this version), who/when created and last updated, and a
 *   `deleted_at` tombstone instead of a hard delete, so deletions merge like edits.
 * - Child rows (document_texts, claim_places, *_tags) belong to their parent record:
 *   changing them bumps the parent's rev.
 * - Character offsets (span_start/span_end) are UTF-16 code-unit offsets into
 *   document_texts.text, the stable coordinate system of claims and annotations.
 * - Times are ISO-8601 UTC strings ("2026-11-25T18:07:14.123Z"), dates "YYYY-MM-DD".
 */
import type { Migration } from '../migration.ts';

const SYNC_COLUMNS = `
  rev TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT`;

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE case_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Original bytes of imported files, addressed by their SHA-256 (so the same bytes are stored once).
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
  size INTEGER NOT NULL CHECK (size >= 0),
  media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  bytes BLOB NOT NULL
) STRICT;

-- The source registry: outlets, organisations and people that documents and claims cite.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'outlet'
    CHECK (kind IN ('outlet', 'organisation', 'agency', 'government', 'person', 'unnamed', 'other')),
  aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  url TEXT,
  reliability TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  notes TEXT NOT NULL DEFAULT '',
  ${SYNC_COLUMNS}
) STRICT;
CREATE INDEX sources_name ON sources (name COLLATE NOCASE);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES documents (id),
  blob_sha256 TEXT REFERENCES blobs (sha256),
  format TEXT NOT NULL,
  file_name TEXT,
  title TEXT NOT NULL DEFAULT '',
  source_id TEXT REFERENCES sources (id),
  author TEXT,
  published TEXT,
  url TEXT,
  language TEXT,
  page_count INTEGER,
  size_bytes INTEGER NOT NULL DEFAULT 0,
  metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
  ${SYNC_COLUMNS}
) STRICT;
CREATE INDEX documents_blob ON documents (blob_sha256);
CREATE INDEX documents_parent ON documents (parent_id);
CREATE INDEX documents_source ON documents (source_id);
CREATE INDEX documents_published ON documents (published);

-- The extracted plain text, kept apart so listing documents never reads the text.
-- pages: JSON array of the offsets where each page starts ([0] for unpaged text).
CREATE TABLE document_texts (
  document_id TEXT PRIMARY KEY REFERENCES documents (id),
  text TEXT NOT NULL,
  text_sha256 TEXT NOT NULL,
  pages TEXT NOT NULL DEFAULT '[0]' CHECK (json_valid(pages))
) STRICT;

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  document_id TEXT REFERENCES documents (id),
  span_start INTEGER,
  span_end INTEGER,
  text TEXT NOT NULL,
  value REAL,
  value_min REAL,
  value_max REAL,
  qualifier TEXT CHECK (qualifier IN ('exact', 'more_than', 'at_least', 'fewer_than', 'at_most', 'about', 'range', 'vague')),
  unit TEXT,
  subject TEXT,
  event_type TEXT,
  when_start TEXT,
  when_end TEXT,
  when_text TEXT,
  source_id TEXT REFERENCES sources (id),
  via TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(via)),
  status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (status IN ('unreviewed', 'confirmed', 'disputed', 'rejected')),
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  notes TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'extracted' CHECK (origin IN ('extracted', 'manual', 'annotation')),
  extractor_version TEXT,
  edited_fields TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(edited_fields)),
  ${SYNC_COLUMNS},
  CHECK (span_end IS NULL OR span_start IS NULL OR span_end >= span_start)
) STRICT;
CREATE INDEX claims_document ON claims (document_id, span_start);
CREATE INDEX claims_source ON claims (source_id);

CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  alt_names TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(alt_names)),
  lat REAL CHECK (lat BETWEEN -90 AND 90),
  lon REAL CHECK (lon BETWEEN -180 AND 180),
  kind TEXT NOT NULL DEFAULT 'populated_place',
  country_code TEXT,
  admin1 TEXT,
  gazetteer_id TEXT,
  resolution TEXT NOT NULL DEFAULT 'gazetteer'
    CHECK (resolution IN ('gazetteer', 'analyst', 'unresolved', 'ambiguous')),
  ${SYNC_COLUMNS},
  CHECK ((lat IS NULL) = (lon IS NULL))
) STRICT;
CREATE INDEX places_name ON places (name COLLATE NOCASE);

CREATE TABLE claim_places (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  place_id TEXT NOT NULL REFERENCES places (id),
  PRIMARY KEY (claim_id, place_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_places_place ON claim_places (place_id, claim_id);

CREATE TABLE observation_points (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT NOT NULL DEFAULT 'observation post',
  lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
  lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
  notes TEXT NOT NULL DEFAULT '',
  properties TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(properties)),
  ${SYNC_COLUMNS}
) STRICT;

-- The codebook: tags with colours, nestable one level.
CREATE TABLE tags (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  color TEXT NOT NULL DEFAULT '#8a8f98',
  description TEXT NOT NULL DEFAULT '',
  parent_id TEXT REFERENCES tags (id),
  ${SYNC_COLUMNS}
) STRICT;

-- Highlights, notes and claim anchors on a document, stored as W3C Web Annotation
-- selectors: TextPositionSelector (span_start/span_end) and TextQuoteSelector (exact, prefix, suffix).
CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  kind TEXT NOT NULL DEFAULT 'highlight' CHECK (kind IN ('highlight', 'note', 'claim')),
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  claim_id TEXT REFERENCES claims (id),
  anchor_status TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_status IN ('anchored', 'moved', 'fuzzy', 'orphaned')),
  ${SYNC_COLUMNS},
  CHECK (span_end >= span_start)
) STRICT;
CREATE INDEX annotations_document ON annotations (document_id, span_start);

CREATE TABLE annotation_tags (
  annotation_id TEXT NOT NULL REFERENCES annotations (id),
  tag_id TEXT NOT NULL REFERENCES tags (id),
  PRIMARY KEY (annotation_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);

CREATE TABLE claim_tags (
  claim_id TEXT NOT NULL REFERENCES claims (id),
  tag_id TEXT NOT NULL REFERENCES tags (id),
  PRIMARY KEY (claim_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX claim_tags_tag ON claim_tags (tag_id);

-- The append-only change log: who changed what, when, from what to what.
-- rev/prev_rev chain the versions of a record, which is what merging reasons about.
CREATE TABLE changes (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'restore')),
  rev TEXT NOT NULL,
  prev_rev TEXT,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  summary TEXT
) STRICT;
CREATE INDEX changes_row ON changes (table_name, row_id, at);
CREATE INDEX changes_at ON changes (at);
CREATE INDEX changes_actor ON changes (actor, at);
CREATE TRIGGER changes_append_only_update BEFORE UPDATE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
CREATE TRIGGER changes_append_only_delete BEFORE DELETE ON changes
BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
`,
};
