/**
 * The tables whose records analysts create, edit and share. Generic code (the record
 * store, the change log, merge, verify) takes table and column names only from here,
 * never from input, so identifiers in SQL are always ones we wrote.
 * A test checks this registry against the schema, so a migration that adds a column
 * without registering it fails.
 */
export interface SyncedTable {
  /** Columns an API call may set (besides the sync columns every synced table has). */
  readonly columns: readonly string[];
  /** Columns holding JSON text: values are stringified on the way in. */
  readonly json: readonly string[];
  /** Child tables owned by a record of this table (changing them bumps its rev). */
  readonly children: readonly string[];
}

export const SYNC_COLUMNS = ['id', 'rev', 'created_at', 'created_by', 'updated_at', 'updated_by', 'deleted_at'] as const;

export const SYNCED_TABLES = {
  sources: {
    columns: ['name', 'kind', 'aliases', 'url', 'reliability', 'notes'],
    json: ['aliases'],
    children: [],
  },
  documents: {
    columns: [
      'parent_id',
      'blob_sha256',
      'format',
      'file_name',
      'title',
      'source_id',
      'author',
      'published',
      'url',
      'language',
      'page_count',
      'size_bytes',
      'metadata',
    ],
    json: ['metadata'],
    children: ['document_texts'],
  },
  claims: {
    columns: [
      'document_id',
      'span_start',
      'span_end',
      'text',
      'value',
      'value_min',
      'value_max',
      'qualifier',
      'unit',
      'subject',
      'event_type',
      'when_start',
      'when_end',
      'when_text',
      'source_id',
      'via',
      'status',
      'credibility',
      'notes',
      'origin',
      'extractor_version',
      'edited_fields',
      'anchor_status',
    ],
    json: ['via', 'edited_fields'],
    children: ['claim_places', 'claim_tags'],
  },
  places: {
    columns: ['name', 'alt_names', 'lat', 'lon', 'kind', 'country_code', 'admin1', 'gazetteer_id', 'resolution'],
    json: ['alt_names'],
    children: [],
  },
  observation_points: {
    columns: ['name', 'type', 'lat', 'lon', 'notes', 'properties'],
    json: ['properties'],
    children: ['observation_point_claims', 'observation_point_documents'],
  },
  observation_point_types: {
    columns: ['name', 'color'],
    json: [],
    children: [],
  },
  tags: {
    columns: ['name', 'color', 'description', 'parent_id'],
    json: [],
    children: [],
  },
  annotations: {
    columns: [
      'document_id',
      'kind',
      'span_start',
      'span_end',
      'exact',
      'prefix',
      'suffix',
      'note',
      'claim_id',
      'anchor_status',
      'text_sha256',
      'anchor_detail',
    ],
    json: ['anchor_detail'],
    children: ['annotation_tags'],
  },
} as const satisfies Record<string, SyncedTable>;

export type SyncedTableName = keyof typeof SYNCED_TABLES;
export type SyncedColumn<T extends SyncedTableName> = (typeof SYNCED_TABLES)[T]['columns'][number];

export function isSyncedTable(name: string): name is SyncedTableName {
  return Object.prototype.hasOwnProperty.call(SYNCED_TABLES, name);
}
