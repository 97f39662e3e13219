/**
 * Migration 2: what the analyst's observation points need beyond migration 1.
 *
 * - `observation_point_types` (synced): point types a case adds to the built-in ones
 *   (shared/domain/point-types.ts). Names are not unique in SQL, so two analysts who add the
 *   same type in their copies still merge; the list shows each name once.
 * - `observation_point_claims`, `observation_point_documents`: the claims and documents a
 *   point is linked to. Child rows of their point (writing them bumps the point's rev).
 * - An index to find the points linked to a claim or a document.
 */
import type { Migration } from '../migration.ts';

export const migration002: Migration = {
  version: 2,
  name: 'observation-points',
  sql: `
CREATE TABLE observation_point_types (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  color TEXT NOT NULL DEFAULT '#6b7280' CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  rev TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE observation_point_claims (
  point_id TEXT NOT NULL REFERENCES observation_points (id),
  claim_id TEXT NOT NULL REFERENCES claims (id),
  PRIMARY KEY (point_id, claim_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX observation_point_claims_claim ON observation_point_claims (claim_id);

CREATE TABLE observation_point_documents (
  point_id TEXT NOT NULL REFERENCES observation_points (id),
  document_id TEXT NOT NULL REFERENCES documents (id),
  PRIMARY KEY (point_id, document_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX observation_point_documents_document ON observation_point_documents (document_id);

CREATE INDEX places_resolution ON places (resolution) WHERE deleted_at IS NULL;
`,
};
