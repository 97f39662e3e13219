/**
 * What sharing does with every table of a case. Export copies the `synced`, `child` and
 * `content` tables (and nothing else); merge matches `synced` records by id and rev, moves
 * `child` rows with their parent, adds `content` rows it does not have; `derived` tables
 * are rebuilt from the documents on the receiving side; `local` tables belong to this copy
 * of the case only. A test fails when the schema has a table this registry does not
 * classify, so a migration that adds one (a claims grid's FTS index, saved views …) is
 * caught before it silently goes missing from exports.
 */
import { SYNCED_TABLES, type SyncedTableName } from '../casefile/synced-tables.ts';

export type TableClass = 'synced' | 'child' | 'content' | 'derived' | 'local';

export interface ChildTable {
  readonly parent: SyncedTableName;
  /** The column holding the parent record's id. */
  readonly parentKey: string;
}

/** Rows owned by a synced record: replaced as a set when the record's version is taken. */
export const CHILD_TABLES: Readonly<Record<string, ChildTable>> = {
  document_texts: { parent: 'documents', parentKey: 'document_id' },
  claim_places: { parent: 'claims', parentKey: 'claim_id' },
  claim_tags: { parent: 'claims', parentKey: 'claim_id' },
  annotation_tags: { parent: 'annotations', parentKey: 'annotation_id' },
  observation_point_claims: { parent: 'observation_points', parentKey: 'point_id' },
  observation_point_documents: { parent: 'observation_points', parentKey: 'point_id' },
};

/** Shared rows that are not records: original bytes (by SHA-256), the case's metadata, the change log. */
export const CONTENT_TABLES = ['blobs', 'case_meta', 'changes'] as const;

/** Rebuilt from the documents (search index, near-duplicates); never exported. */
export const DERIVED_TABLES = [
  'search_rows',
  'document_search',
  'index_versions',
  'document_minhash',
  'document_lsh',
  'near_duplicates',
  // The claims grid's FTS index: external content over claims, kept by triggers as rows arrive.
  'claims_fts',
] as const;

/**
 * This copy's own bookkeeping: the merges it took in, the conflicts awaiting the analyst,
 * and the grid's saved views and column layout (each analyst's own way of looking).
 */
export const LOCAL_TABLES = ['merges', 'merge_conflicts', 'grid_views'] as const;

/** Synced tables in an order where a record's references come before it. */
export const SYNCED_ORDER: readonly SyncedTableName[] = [
  'sources',
  'tags',
  'places',
  'observation_point_types',
  'documents',
  'claims',
  'annotations',
  'observation_points',
];

export function childTablesOf(parent: SyncedTableName): string[] {
  return Object.entries(CHILD_TABLES)
    .filter(([, spec]) => spec.parent === parent)
    .map(([name]) => name);
}

/** The class of a table, or null when no registry knows it. FTS5 shadow tables follow their index. */
export function classifyTable(name: string, virtualTables: readonly string[] = ['document_search', 'claims_fts']): TableClass | null {
  if (Object.prototype.hasOwnProperty.call(SYNCED_TABLES, name)) return 'synced';
  if (Object.prototype.hasOwnProperty.call(CHILD_TABLES, name)) return 'child';
  if ((CONTENT_TABLES as readonly string[]).includes(name)) return 'content';
  if ((LOCAL_TABLES as readonly string[]).includes(name)) return 'local';
  if ((DERIVED_TABLES as readonly string[]).includes(name)) return 'derived';
  const shadowOf = virtualTables.find((v) => name.startsWith(`${v}_`));
  if (shadowOf) return classifyTable(shadowOf, []);
  return null;
}

/** The tables an export copies, references first. */
export function exportedTables(): string[] {
  const tables: string[] = ['case_meta', 'blobs'];
  for (const synced of SYNCED_ORDER) tables.push(synced, ...childTablesOf(synced));
  tables.push('changes');
  return tables;
}
