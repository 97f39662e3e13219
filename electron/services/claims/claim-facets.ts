/** The choices of the grid's set filters and editors, read from the case. */
import type { MethodOutput } from '../../../shared/contract/methods.ts';
import { EVENT_TYPES } from '../../../shared/domain/claim-types.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';

export function claimFacets(db: ReadableDb): MethodOutput<'claims:facets'> {
  const sources = statement(db, 'SELECT id, name, reliability FROM sources WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as {
    id: string;
    name: string;
    reliability: string | null;
  }[];
  const tags = statement(db, 'SELECT id, name, color FROM tags WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE').all() as { id: string; name: string; color: string }[];
  const places = statement(db, 'SELECT id, name FROM places WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE LIMIT 20000').all() as { id: string; name: string }[];
  // The indexes on live claims answer these with a skip-scan of distinct values.
  const used = statement(db, 'SELECT DISTINCT event_type FROM claims WHERE deleted_at IS NULL AND event_type IS NOT NULL').pluck().all() as string[];
  const units = statement(db, 'SELECT DISTINCT unit FROM claims WHERE deleted_at IS NULL AND unit IS NOT NULL ORDER BY unit LIMIT 500').pluck().all() as string[];
  const editors = statement(db, 'SELECT DISTINCT actor FROM changes ORDER BY actor LIMIT 500').pluck().all() as string[];
  return {
    sources,
    tags,
    places,
    eventTypes: [...new Set<string>([...EVENT_TYPES, ...used])],
    units,
    editors,
  };
}
