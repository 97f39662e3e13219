/**
 * A ClaimFilter as an SQL condition on the claims table (alias `c`), with bound parameters
 * only: list fields travel as one JSON array each and are unpacked by json_each, so the SQL
 * text depends on which fields are set, never on their values.
 *
 * Text search uses the grid's FTS index (claims_fts) when the case has one, and a LIKE scan
 * otherwise.
 */
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

function hasFts(db: ReadableDb): boolean {
  return statement(db, "SELECT 1 FROM sqlite_schema WHERE name = 'claims_fts'").get() !== undefined;
}

/** FTS5 query matching every word of `text` as a prefix ("convoy idl" → "convoy"* "idl"*). */
function ftsQuery(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `"${word.replace(/"/g, '""')}"*`)
    .join(' ');
}

const day = (sql: string): string => `substr(${sql}, 1, 10)`;

export function claimFilterCondition(db: ReadableDb, filter: ClaimFilter, options: { ignoreTime?: boolean } = {}): SqlCondition {
  const parts: string[] = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly string[] | undefined): void => {
    if (!values) return;
    parts.push(`${column} IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(values));
  };
  if (filter.text?.trim()) {
    if (hasFts(db)) {
      parts.push('c.rowid IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)');
      params.push(ftsQuery(filter.text));
    } else {
      parts.push("(c.text LIKE ? ESCAPE '\\' OR c.notes LIKE ? ESCAPE '\\')");
      const pattern = `%${filter.text.trim().replace(/[\\%_]/g, (m) => '\\' + m)}%`;
      params.push(pattern, pattern);
    }
  }
  inList('c.id', filter.ids);
  inList('c.document_id', filter.documentIds);
  inList('c.source_id', filter.sourceIds);
  inList('c.status', filter.statuses);
  inList('c.qualifier', filter.qualifiers);
  inList('c.event_type', filter.eventTypes);
  if (filter.placeIds) {
    parts.push('c.id IN (SELECT claim_id FROM claim_places WHERE place_id IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.placeIds));
  }
  if (filter.tagIds) {
    parts.push('c.id IN (SELECT claim_id FROM claim_tags WHERE tag_id IN (SELECT value FROM json_each(?)))');
    params.push(JSON.stringify(filter.tagIds));
  }
  if (!options.ignoreTime) {
    // A claim's time is the interval when_start … when_end (either may stand for both);
    // it matches when that interval overlaps the filter's, compared day by day.
    if (filter.whenFrom) {
      parts.push(`${day('coalesce(c.when_end, c.when_start)')} >= ?`);
      params.push(filter.whenFrom.slice(0, 10));
    }
    if (filter.whenTo) {
      parts.push(`${day('coalesce(c.when_start, c.when_end)')} <= ?`);
      params.push(filter.whenTo.slice(0, 10));
    }
  }
  if (filter.valueMin !== undefined) {
    parts.push('coalesce(c.value_max, c.value) >= ?');
    params.push(filter.valueMin);
  }
  if (filter.valueMax !== undefined) {
    parts.push('coalesce(c.value_min, c.value) <= ?');
    params.push(filter.valueMax);
  }
  return { sql: parts.join(' AND '), params };
}
