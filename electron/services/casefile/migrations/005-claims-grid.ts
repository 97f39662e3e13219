/**
 * Migration 5: what the claims grid needs to work a million claims from SQLite.
 *
 * - claims_fts: the grid's quick search (FTS5 over claim text and notes), an external-content
 *   index on the claims table kept in step by triggers, so every writer (extraction, the
 *   grid, annotations, merges) indexes its claims without knowing about it. claims has no
 *   INTEGER PRIMARY KEY, so a VACUUM may renumber its rowids: whatever runs VACUUM on a case
 *   must run `INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')` afterwards.
 *   claim-filter-sql.ts uses it when present.
 * - Partial indexes on live claims, one per sortable column with the id as tie-breaker, so
 *   a page in any sort order is read from an index (an OFFSET skips index entries only).
 * - grid_views: saved views (filters, sort, columns) and the current column layout of a grid,
 *   per case. Not synced: they are the analyst's working state, not shared records.
 */
import type { Migration } from '../migration.ts';

const SORTED_COLUMNS = ['value', 'qualifier', 'unit', 'subject', 'event_type', 'when_start', 'status', 'credibility', 'source_id', 'updated_at', 'created_at', 'text'];

export const migration005ClaimsGrid: Migration = {
  version: 5,
  name: 'claims-grid',
  sql: `
CREATE VIRTUAL TABLE claims_fts USING fts5(text, notes, content = 'claims', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts (rowid, text, notes) VALUES (new.rowid, new.text, new.notes);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, text, notes) VALUES ('delete', old.rowid, old.text, old.notes);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, notes ON claims BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, text, notes) VALUES ('delete', old.rowid, old.text, old.notes);
  INSERT INTO claims_fts (rowid, text, notes) VALUES (new.rowid, new.text, new.notes);
END;

${SORTED_COLUMNS.map((c) => `CREATE INDEX claims_live_${c} ON claims (${c}, id) WHERE deleted_at IS NULL;`).join('\n')}
CREATE INDEX claims_live_document ON claims (document_id, span_start, id) WHERE deleted_at IS NULL;
CREATE INDEX claims_live_id ON claims (id) WHERE deleted_at IS NULL;

CREATE TABLE grid_views (
  grid TEXT NOT NULL,
  name TEXT NOT NULL,
  state TEXT NOT NULL CHECK (json_valid(state)),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (grid, name)
) STRICT;
`,
};
