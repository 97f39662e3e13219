/**
 * Migration 6: what merging a colleague's case needs to remember. Both tables are local
 * to this copy of the case (electron/services/share/table-classes.ts): never exported.
 *
 * - merges: each file merged in (who merged it, when, from which case and exporter, the
 *   SHA-256 of its snapshot) with the report the analyst saw.
 * - merge_conflicts: a record both sides changed since they last agreed. Both versions are
 *   kept whole (columns, child rows, text) with who changed them and when, until the analyst
 *   keeps theirs, takes the colleague's or writes a third version. The same pair of
 *   versions is stored once, so merging the same file again adds nothing.
 *
 * The base of the three-way merge is the change log itself: a record's `rev` names the
 * change that produced its version, and a merge copies the colleague's change log in, so
 * "this copy has already seen that version" is a lookup in `changes` (no extra table).
 */
import type { Migration } from '../migration.ts';

export const migration006Merges: Migration = {
  version: 6,
  name: 'merges',
  sql: `
CREATE TABLE merges (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  file_name TEXT NOT NULL,
  source_case_id TEXT NOT NULL,
  exported_by TEXT NOT NULL,
  exported_at TEXT NOT NULL,
  snapshot_sha256 TEXT NOT NULL CHECK (length(snapshot_sha256) = 64),
  report TEXT NOT NULL CHECK (json_valid(report))
) STRICT;

CREATE TABLE merge_conflicts (
  id TEXT PRIMARY KEY,
  merge_id TEXT NOT NULL REFERENCES merges (id),
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  mine_rev TEXT NOT NULL,
  mine TEXT NOT NULL CHECK (json_valid(mine)),
  mine_by TEXT NOT NULL,
  mine_at TEXT NOT NULL,
  theirs_rev TEXT NOT NULL,
  theirs TEXT NOT NULL CHECK (json_valid(theirs)),
  theirs_by TEXT NOT NULL,
  theirs_at TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT,
  resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'edited')),
  UNIQUE (table_name, row_id, mine_rev, theirs_rev)
) STRICT;
CREATE INDEX merge_conflicts_open ON merge_conflicts (resolved_at, table_name);
`,
};
