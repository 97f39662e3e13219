/**
 * Conflicts a merge left for the analyst (both versions kept whole in merge_conflicts), and
 * resolving them one at a time: keep mine, take theirs, or an edited version. A resolution
 * is an ordinary edit through the record store — a new rev, logged with who resolved it —
 * so it merges back into the colleague's copy like any other change (their version is in
 * this case's change log, so their copy sees the resolution as built on theirs).
 */
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MergeConflict } from '../../../shared/contract/share.ts';
import { reanchorDocument } from '../annotations/reanchor.ts';
import { statement, type ReadableDb, type WritableDb } from '../casefile/case-db.ts';
import { deleteRecord, restoreRecord, updateRecord } from '../casefile/record-store.ts';
import { isSyncedTable, SYNCED_TABLES, type SyncedTableName } from '../casefile/synced-tables.ts';
import { relinkNearDuplicates } from '../documents/near-duplicates.ts';
import { sha256 } from '../documents/store-document.ts';
import { indexDocument, reindexDocumentNotes, unindexDocument } from '../search/search-index.ts';
import { readVersion } from './record-versions.ts';
import { columnsOf, ident } from './share-sql.ts';
import { CHILD_TABLES, childTablesOf } from './table-classes.ts';

interface RawConflict {
  id: string;
  merge_id: string;
  table_name: string;
  row_id: string;
  fields: string;
  mine_rev: string;
  mine: string;
  mine_by: string;
  mine_at: string;
  theirs_rev: string;
  theirs: string;
  theirs_by: string;
  theirs_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: 'mine' | 'theirs' | 'edited' | null;
}

function fromRaw(raw: RawConflict): MergeConflict {
  return {
    id: raw.id,
    mergeId: raw.merge_id,
    table: raw.table_name,
    recordId: raw.row_id,
    fields: JSON.parse(raw.fields) as string[],
    mine: { rev: raw.mine_rev, by: raw.mine_by, at: raw.mine_at, values: JSON.parse(raw.mine) as Record<string, unknown> },
    theirs: { rev: raw.theirs_rev, by: raw.theirs_by, at: raw.theirs_at, values: JSON.parse(raw.theirs) as Record<string, unknown> },
    resolvedAt: raw.resolved_at,
    resolvedBy: raw.resolved_by,
    resolution: raw.resolution,
  };
}

export function listConflicts(db: ReadableDb, includeResolved: boolean): MergeConflict[] {
  const sql = includeResolved
    ? 'SELECT * FROM merge_conflicts ORDER BY resolved_at IS NOT NULL, table_name, row_id'
    : 'SELECT * FROM merge_conflicts WHERE resolved_at IS NULL ORDER BY table_name, row_id';
  return (statement(db, sql).all() as RawConflict[]).map(fromRaw);
}

function getConflict(db: ReadableDb, id: string): MergeConflict {
  const raw = statement(db, 'SELECT * FROM merge_conflicts WHERE id = ?').get(id) as RawConflict | undefined;
  if (!raw) throw new ApiError('not_found', `There is no merge conflict with id ${id}.`);
  return fromRaw(raw);
}

function replaceChildren(db: WritableDb, table: SyncedTableName, id: string, child: string, rows: unknown): void {
  if (!Array.isArray(rows)) throw new ApiError('invalid_input', `${child} must be a list.`);
  const key = CHILD_TABLES[child]!.parentKey;
  const columns = columnsOf(db, 'main', child).filter((c) => c.name !== key);
  const remove = `DELETE FROM ${ident(child)} WHERE ${ident(key)} = ?`;
  statement(db, remove).run(id);
  const insert = `INSERT INTO ${ident(child)} (${[key, ...columns.map((c) => c.name)].map(ident).join(', ')}) VALUES (${['?', ...columns.map(() => '?')].join(', ')})`;
  for (const row of rows) {
    const values = columns.length === 1 && typeof row !== 'object' ? [row] : columns.map((c) => (row as Record<string, unknown>)[c.name] ?? null);
    statement(db, insert).run(id, ...values);
  }
  void table;
}

/** Makes the record hold `values` (a whole or partial version) as a new, logged edit. */
function applyVersion(db: WritableDb, table: SyncedTableName, id: string, values: Record<string, unknown>, actor: string, summary: string): void {
  const current = readVersion(db, 'main', table, id);
  if (!current) throw new ApiError('not_found', `The ${table} record ${id} is no longer in the case.`);
  const allowed = new Set<string>([...SYNCED_TABLES[table].columns, ...childTablesOf(table), 'deleted_at', 'text', 'pages']);
  for (const key of Object.keys(values)) if (!allowed.has(key)) throw new ApiError('invalid_input', `${table} has no field "${key}".`);
  const patch: Record<string, unknown> = {};
  for (const column of SYNCED_TABLES[table].columns) if (column in values) patch[column] = values[column];
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const child of childTablesOf(table)) {
    if (child === 'document_texts' || !(child in values)) continue;
    if (JSON.stringify(values[child]) === JSON.stringify(current.values[child])) continue;
    replaceChildren(db, table, id, child, values[child]);
    before[child] = current.values[child];
    after[child] = values[child];
  }
  let previousText: string | undefined;
  if (table === 'documents' && typeof values['text'] === 'string' && values['text'] !== current.values['text']) {
    previousText = String(current.values['text'] ?? '');
    const pages = typeof values['pages'] === 'string' ? values['pages'] : JSON.stringify([0]);
    statement(db, 'UPDATE document_texts SET text = ?, text_sha256 = ?, pages = ? WHERE document_id = ?').run(values['text'], sha256(values['text']), pages, id);
    before['text'] = `${previousText.length} characters`;
    after['text'] = `${values['text'].length} characters`;
  }
  updateRecord(db, table, id, patch as never, actor, { force: true, summary, children: { before, after } });
  const deleted = 'deleted_at' in values ? values['deleted_at'] != null : current.values['deleted_at'] != null;
  if (deleted && current.values['deleted_at'] == null) deleteRecord(db, table, id, actor, { summary });
  if (!deleted && current.values['deleted_at'] != null) restoreRecord(db, table, id, actor, { summary });

  if (table === 'documents') {
    if (deleted) unindexDocument(db, id);
    else {
      if (previousText !== undefined) {
        reanchorDocument(db, id, actor, { previousText });
        relinkNearDuplicates(db, id, String(values['text']));
      }
      indexDocument(db, id);
    }
  }
  if (table === 'annotations') {
    const doc = statement(db, 'SELECT document_id FROM annotations WHERE id = ?').pluck().get(id) as string;
    reindexDocumentNotes(db, doc);
  }
}

export function resolveConflict(
  db: WritableDb,
  input: { id: string; choice: 'mine' | 'theirs' | 'edit'; values?: Record<string, unknown> | undefined },
  actor: string,
): MergeConflict {
  const conflict = getConflict(db, input.id);
  if (conflict.resolvedAt) throw new ApiError('conflict', `This conflict was already resolved by ${conflict.resolvedBy ?? 'someone'}.`);
  if (!isSyncedTable(conflict.table)) throw new ApiError('internal', `Conflict on unknown table ${conflict.table}.`);
  const table = conflict.table;
  db.transaction(() => {
    if (input.choice === 'mine') {
      applyVersion(db, table, conflict.recordId, readVersion(db, 'main', table, conflict.recordId)?.values ?? conflict.mine.values, actor, `kept own version over ${conflict.theirs.by}'s (merge conflict)`);
    } else if (input.choice === 'theirs') {
      applyVersion(db, table, conflict.recordId, conflict.theirs.values, actor, `took ${conflict.theirs.by}'s version (merge conflict)`);
    } else {
      if (!input.values) throw new ApiError('invalid_input', 'An edited resolution needs the values to keep.');
      applyVersion(db, table, conflict.recordId, input.values, actor, `merged by hand with ${conflict.theirs.by}'s version (merge conflict)`);
    }
    const resolution = input.choice === 'edit' ? 'edited' : input.choice;
    statement(db, 'UPDATE merge_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?').run(new Date().toISOString(), actor, resolution, conflict.id);
  })();
  return getConflict(db, conflict.id);
}
