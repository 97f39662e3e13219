/**
 * Merging a checked colleague's snapshot (incoming.ts) into the open case, in ONE
 * transaction: either all of it lands or nothing does.
 *
 * Records are matched by id. The base of the three-way comparison is the change log: a
 * record's `rev` names the change that made its version, and each side's log holds every
 * version that side has had or merged in. So for a record both sides hold:
 * - same rev: unchanged;
 * - their rev is in my log: I already have their version or a later one → unchanged;
 * - my rev is in their log: they built on my version → take theirs (their change);
 * - otherwise both changed it since they last agreed: identical values → unchanged,
 *   else a conflict, stored with both versions for the analyst (the case keeps mine).
 * Their change log is copied in afterwards (by change id), which is what makes merging the
 * same file twice a no-op, and keeps who changed what visible in History.
 * Records only they have are added with their child rows; tombstones travel as edits.
 */
import { chmodSync } from 'node:fs';
import { basename } from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MergeReport } from '../../../shared/contract/share.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { reanchorDocument } from '../annotations/reanchor.ts';
import type { WritableDb } from '../casefile/case-db.ts';
import type { SyncedTableName } from '../casefile/synced-tables.ts';
import { relinkNearDuplicates } from '../documents/near-duplicates.ts';
import { reindexDocuments } from '../documents/derived-indexes.ts';
import { indexDocument, unindexDocument } from '../search/search-index.ts';
import type { Incoming } from './incoming.ts';
import { differingFields, readVersion, type RecordVersion } from './record-versions.ts';
import { columnsOf, ident } from './share-sql.ts';
import { CHILD_TABLES, childTablesOf, SYNCED_ORDER } from './table-classes.ts';

interface Touched {
  /** Documents whose search entry must be rewritten (added, changed, annotations changed). */
  index: Set<string>;
  /** Documents whose text changed: annotations re-anchor, near-duplicates relink. */
  text: Set<string>;
}

interface ConflictDraft {
  table: SyncedTableName;
  recordId: string;
  fields: string[];
  mine: RecordVersion;
  theirs: RecordVersion;
}

function count(db: Database.Database, sql: string, ...params: unknown[]): number {
  return (db.prepare(sql).get(...params) as { n: number }).n;
}

function addNewRecords(db: Database.Database, table: SyncedTableName, touched: Touched): number {
  const columns = columnsOf(db, 'main', table).map((c) => ident(c.name));
  const list = columns.join(', ');
  db.prepare('DELETE FROM temp.merge_new').run();
  const pick = `INSERT INTO temp.merge_new (id) SELECT t.id FROM theirs.${ident(table)} t WHERE NOT EXISTS (SELECT 1 FROM main.${ident(table)} m WHERE m.id = t.id)`;
  const added = db.prepare(pick).run().changes;
  if (added === 0) return 0;
  const insert = `INSERT INTO main.${ident(table)} (${list}) SELECT ${list} FROM theirs.${ident(table)} WHERE id IN (SELECT id FROM temp.merge_new)`;
  db.prepare(insert).run();
  for (const child of childTablesOf(table)) {
    const key = ident(CHILD_TABLES[child]!.parentKey);
    const childColumns = columnsOf(db, 'main', child).map((c) => ident(c.name)).join(', ');
    const sql = `INSERT OR IGNORE INTO main.${ident(child)} (${childColumns}) SELECT ${childColumns} FROM theirs.${ident(child)} WHERE ${key} IN (SELECT id FROM temp.merge_new)`;
    db.prepare(sql).run();
  }
  if (table === 'documents') {
    for (const { id } of db.prepare('SELECT id FROM temp.merge_new').all() as { id: string }[]) touched.index.add(id);
  }
  if (table === 'annotations') {
    const sql = 'SELECT DISTINCT document_id AS id FROM main.annotations WHERE id IN (SELECT id FROM temp.merge_new)';
    for (const { id } of db.prepare(sql).all() as { id: string }[]) {
      touched.index.add(id);
      touched.text.add(id);
    }
  }
  return added;
}

/** Replaces my version of the record (and its child rows) by theirs. */
export function takeTheirs(db: Database.Database, table: SyncedTableName, id: string, touched: Touched): void {
  const columns = columnsOf(db, 'main', table)
    .map((c) => ident(c.name))
    .filter((c) => c !== 'id');
  const textBefore = table === 'documents' ? (db.prepare('SELECT text_sha256 AS s FROM main.document_texts WHERE document_id = ?').get(id) as { s: string } | undefined)?.s : undefined;
  const annotationDocBefore = table === 'annotations' ? (db.prepare('SELECT document_id AS d FROM main.annotations WHERE id = ?').get(id) as { d: string }).d : null;
  const update = `UPDATE main.${ident(table)} SET (${columns.join(', ')}) = (SELECT ${columns.join(', ')} FROM theirs.${ident(table)} WHERE id = ?) WHERE id = ?`;
  db.prepare(update).run(id, id);
  for (const child of childTablesOf(table)) {
    const key = ident(CHILD_TABLES[child]!.parentKey);
    const childColumns = columnsOf(db, 'main', child).map((c) => ident(c.name)).join(', ');
    const remove = `DELETE FROM main.${ident(child)} WHERE ${key} = ?`;
    const copy = `INSERT INTO main.${ident(child)} (${childColumns}) SELECT ${childColumns} FROM theirs.${ident(child)} WHERE ${key} = ?`;
    db.prepare(remove).run(id);
    db.prepare(copy).run(id);
  }
  if (table === 'documents') {
    touched.index.add(id);
    const after = (db.prepare('SELECT text_sha256 AS s FROM main.document_texts WHERE document_id = ?').get(id) as { s: string } | undefined)?.s;
    if (after !== textBefore) touched.text.add(id);
  }
  if (annotationDocBefore) {
    const now = (db.prepare('SELECT document_id AS d FROM main.annotations WHERE id = ?').get(id) as { d: string }).d;
    for (const doc of new Set([annotationDocBefore, now])) {
      touched.index.add(doc);
      touched.text.add(doc);
    }
  }
}

function mergeExisting(db: Database.Database, table: SyncedTableName, touched: Touched, conflicts: ConflictDraft[]): { updated: number; unchanged: number } {
  const same = `SELECT count(*) AS n FROM theirs.${ident(table)} t JOIN main.${ident(table)} m ON m.id = t.id AND m.rev = t.rev`;
  let unchanged = count(db, same);
  let updated = 0;
  const differ = `SELECT t.id, t.rev AS theirs, m.rev AS mine FROM theirs.${ident(table)} t JOIN main.${ident(table)} m ON m.id = t.id AND m.rev != t.rev`;
  const differing = db.prepare(differ).all() as { id: string; theirs: string; mine: string }[];
  const seenByMe = db.prepare('SELECT 1 FROM main.changes WHERE table_name = ? AND row_id = ? AND rev = ? LIMIT 1').pluck();
  const seenByThem = db.prepare('SELECT 1 FROM theirs.changes WHERE table_name = ? AND row_id = ? AND rev = ? LIMIT 1').pluck();
  for (const row of differing) {
    if (seenByMe.get(table, row.id, row.theirs) !== undefined) {
      unchanged++;
    } else if (seenByThem.get(table, row.id, row.mine) !== undefined) {
      takeTheirs(db, table, row.id, touched);
      updated++;
    } else {
      const mine = readVersion(db, 'main', table, row.id)!;
      const theirs = readVersion(db, 'theirs', table, row.id)!;
      const fields = differingFields(mine.values, theirs.values);
      if (fields.length === 0) unchanged++;
      else conflicts.push({ table, recordId: row.id, fields, mine, theirs });
    }
  }
  return { updated, unchanged };
}

function storeConflicts(db: Database.Database, mergeId: string, drafts: ConflictDraft[]): MergeReport['conflicts'] {
  const insert = db.prepare(
    `INSERT INTO main.merge_conflicts (id, merge_id, table_name, row_id, fields, mine_rev, mine, mine_by, mine_at, theirs_rev, theirs, theirs_by, theirs_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_id, mine_rev, theirs_rev) DO NOTHING`,
  );
  const existing = db.prepare('SELECT id FROM main.merge_conflicts WHERE table_name = ? AND row_id = ? AND mine_rev = ? AND theirs_rev = ?').pluck();
  return drafts.map((d) => {
    const id = newId();
    const stored = insert.run(id, mergeId, d.table, d.recordId, JSON.stringify(d.fields), d.mine.rev, JSON.stringify(d.mine.values), d.mine.by, d.mine.at, d.theirs.rev, JSON.stringify(d.theirs.values), d.theirs.by, d.theirs.at);
    const conflictId = stored.changes > 0 ? id : String(existing.get(d.table, d.recordId, d.mine.rev, d.theirs.rev));
    return { id: conflictId, table: d.table, recordId: d.recordId, fields: d.fields, mine: { by: d.mine.by, at: d.mine.at }, theirs: { by: d.theirs.by, at: d.theirs.at } };
  });
}

/** Brings the derived indexes and anchors of the touched documents in step, inside the transaction. */
export function refreshDocuments(db: WritableDb, touched: Touched, actor: string): void {
  const state = db.prepare('SELECT d.deleted_at, t.text FROM documents d LEFT JOIN document_texts t ON t.document_id = d.id WHERE d.id = ?');
  for (const id of touched.index) {
    const doc = state.get(id) as { deleted_at: string | null; text: string | null } | undefined;
    if (!doc) continue;
    if (doc.deleted_at !== null || doc.text === null) {
      unindexDocument(db, id);
      continue;
    }
    if (touched.text.has(id)) {
      reanchorDocument(db, id, actor);
      if (db.prepare('SELECT 1 FROM document_minhash WHERE document_id = ?').get(id)) relinkNearDuplicates(db, id, doc.text);
    }
    indexDocument(db, id);
  }
}

export interface MergeInput {
  db: WritableDb;
  incoming: Incoming;
  actor: string;
}

export function mergeIncoming({ db, incoming, actor }: MergeInput): MergeReport {
  const started = performance.now();
  const { manifest } = incoming;
  try {
    chmodSync(incoming.snapshotPath, 0o444);
  } catch {
    // best effort: the file is our private copy either way
  }
  db.prepare('ATTACH DATABASE ? AS theirs').run(incoming.snapshotPath);
  try {
    db.prepare('CREATE TEMP TABLE IF NOT EXISTS merge_new (id TEXT PRIMARY KEY) WITHOUT ROWID').run();
    const mergeId = newId();
    const report = db.transaction((): MergeReport => {
      db.pragma('defer_foreign_keys = ON');
      const touched: Touched = { index: new Set(), text: new Set() };
      const drafts: ConflictDraft[] = [];
      const added: Record<string, number> = {};
      const updated: Record<string, number> = {};
      let unchanged = 0;
      db.prepare('INSERT OR IGNORE INTO main.blobs (sha256, size, media_type, bytes) SELECT sha256, size, media_type, bytes FROM theirs.blobs').run();
      for (const table of SYNCED_ORDER) {
        const existing = mergeExisting(db, table, touched, drafts);
        added[table] = addNewRecords(db, table, touched);
        updated[table] = existing.updated;
        unchanged += existing.unchanged;
      }
      const changeColumns = columnsOf(db, 'main', 'changes').map((c) => ident(c.name)).join(', ');
      const copyLog = `INSERT INTO main.changes (${changeColumns}) SELECT ${changeColumns} FROM theirs.changes t WHERE NOT EXISTS (SELECT 1 FROM main.changes m WHERE m.id = t.id)`;
      db.prepare(copyLog).run();
      refreshDocuments(db, touched, actor);
      const at = new Date().toISOString();
      const result: MergeReport = {
        added,
        updated,
        conflicts: [],
        unchanged,
        mergeId,
        fromCase: manifest.caseId,
        exportedBy: manifest.exportedBy,
        exportedAt: manifest.exportedAt,
        elapsedMs: 0,
      };
      db.prepare(
        'INSERT INTO main.merges (id, at, actor, file_name, source_case_id, exported_by, exported_at, snapshot_sha256, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(mergeId, at, actor, basename(incoming.path), manifest.caseId, manifest.exportedBy, manifest.exportedAt, manifest.snapshot.sha256, JSON.stringify({ added, updated, unchanged, conflicts: drafts.length }));
      result.conflicts = storeConflicts(db, mergeId, drafts);
      return result;
    });
    let result: MergeReport;
    try {
      result = report();
    } catch (error) {
      if (db.inTransaction) db.prepare('ROLLBACK').run();
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new ApiError('invalid_input', `${incoming.path} refers to records this case does not have; nothing was merged.`);
      }
      throw error;
    }
    db.prepare('DETACH DATABASE theirs').run();
    // Documents added by the merge get their near-duplicate links (derived, outside the merge's transaction).
    reindexDocuments(db);
    result.elapsedMs = Math.round(performance.now() - started);
    return result;
  } finally {
    if (db.prepare("SELECT 1 FROM pragma_database_list WHERE name = 'theirs'").get()) db.prepare('DETACH DATABASE theirs').run();
  }
}
