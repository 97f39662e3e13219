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
import { linkNearDuplicates, relinkNearDuplicates } from '../documents/near-duplicates.ts';
import { indexDocument, unindexDocument } from '../search/search-index.ts';
import type { Incoming } from './incoming.ts';
import { differingFields, readVersion, type RecordVersion } from './record-versions.ts';
import { RowValidator } from './row-validator.ts';
import { columnsOf, ident } from './share-sql.ts';
import { CHILD_TABLES, childTablesOf, SYNCED_ORDER } from './table-classes.ts';

interface Touched {
  /** Documents the merge added: they get near-duplicate links. */
  added: Set<string>;
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

function addNewRecords(db: Database.Database, table: SyncedTableName, touched: Touched, validator: RowValidator): number {
  const columns = columnsOf(db, 'main', table).map((c) => ident(c.name));
  const list = columns.join(', ');
  db.prepare('DELETE FROM temp.merge_new').run();
  const pick = `INSERT INTO temp.merge_new (id) SELECT t.id FROM theirs.${ident(table)} t WHERE NOT EXISTS (SELECT 1 FROM main.${ident(table)} m WHERE m.id = t.id)`;
  const added = db.prepare(pick).run().changes;
  if (added === 0) return 0;
  const read = `SELECT * FROM theirs.${ident(table)} WHERE id IN (SELECT id FROM temp.merge_new)`;
  validator.check(table, db.prepare(read).iterate() as IterableIterator<Record<string, unknown>>);
  for (const child of childTablesOf(table)) {
    const readChild = `SELECT * FROM theirs.${ident(child)} WHERE ${ident(CHILD_TABLES[child]!.parentKey)} IN (SELECT id FROM temp.merge_new)`;
    validator.check(child, db.prepare(readChild).iterate() as IterableIterator<Record<string, unknown>>);
  }
  const insert = `INSERT INTO main.${ident(table)} (${list}) SELECT ${list} FROM theirs.${ident(table)} WHERE id IN (SELECT id FROM temp.merge_new)`;
  db.prepare(insert).run();
  for (const child of childTablesOf(table)) {
    const key = ident(CHILD_TABLES[child]!.parentKey);
    const childColumns = columnsOf(db, 'main', child).map((c) => ident(c.name)).join(', ');
    const sql = `INSERT OR IGNORE INTO main.${ident(child)} (${childColumns}) SELECT ${childColumns} FROM theirs.${ident(child)} WHERE ${key} IN (SELECT id FROM temp.merge_new)`;
    db.prepare(sql).run();
  }
  if (table === 'documents') {
    for (const { id } of db.prepare('SELECT id FROM temp.merge_new').all() as { id: string }[]) {
      touched.index.add(id);
      touched.added.add(id);
    }
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

const columnCache = new WeakMap<Database.Database, Map<string, string[]>>();

/** Column names of a table of the case (cached per connection: the schema does not change during a merge). */
function columnNames(db: Database.Database, table: string): string[] {
  let cache = columnCache.get(db);
  if (!cache) {
    cache = new Map();
    columnCache.set(db, cache);
  }
  let names = cache.get(table);
  if (!names) {
    names = columnsOf(db, 'main', table).map((c) => ident(c.name));
    cache.set(table, names);
  }
  return names;
}

/**
 * Replaces my version of the records listed in temp.merge_ff (and their child rows) by
 * theirs, set-wise, after validating theirs. Returns how many.
 */
function fastForward(db: WritableDb, table: SyncedTableName, touched: Touched, validator: RowValidator): number {
  const t = ident(table);
  const read = `SELECT * FROM theirs.${t} WHERE id IN (SELECT id FROM temp.merge_ff)`;
  const count = validator.check(table, db.prepare(read).iterate() as IterableIterator<Record<string, unknown>>);
  if (count === 0) return 0;
  if (table === 'documents') {
    const textChanged = `SELECT f.id FROM temp.merge_ff f JOIN main.document_texts m ON m.document_id = f.id JOIN theirs.document_texts o ON o.document_id = f.id
       WHERE m.text_sha256 != o.text_sha256`;
    for (const id of db.prepare(textChanged).pluck().all() as string[]) touched.text.add(id);
    for (const id of db.prepare('SELECT id FROM temp.merge_ff').pluck().all() as string[]) touched.index.add(id);
  }
  if (table === 'annotations') {
    const docs = `SELECT document_id FROM main.annotations WHERE id IN (SELECT id FROM temp.merge_ff)
       UNION SELECT document_id FROM theirs.annotations WHERE id IN (SELECT id FROM temp.merge_ff)`;
    for (const id of db.prepare(docs).pluck().all() as string[]) {
      touched.index.add(id);
      touched.text.add(id);
    }
  }
  const columns = columnNames(db, table).filter((c) => c !== 'id');
  const update = `UPDATE main.${t} SET (${columns.join(', ')}) = (SELECT ${columns.join(', ')} FROM theirs.${t} o WHERE o.id = main.${t}.id)
     WHERE id IN (SELECT id FROM temp.merge_ff)`;
  db.prepare(update).run();
  for (const child of childTablesOf(table)) {
    const c = ident(child);
    const key = ident(CHILD_TABLES[child]!.parentKey);
    const childColumns = columnNames(db, child).join(', ');
    const readChild = `SELECT * FROM theirs.${c} WHERE ${key} IN (SELECT id FROM temp.merge_ff)`;
    validator.check(child, db.prepare(readChild).iterate() as IterableIterator<Record<string, unknown>>);
    const remove = `DELETE FROM main.${c} WHERE ${key} IN (SELECT id FROM temp.merge_ff)`;
    const copy = `INSERT INTO main.${c} (${childColumns}) SELECT ${childColumns} FROM theirs.${c} WHERE ${key} IN (SELECT id FROM temp.merge_ff)`;
    db.prepare(remove).run();
    db.prepare(copy).run();
  }
  return count;
}

/**
 * Records both sides hold with different revs, sorted out in SQL: already seen by me
 * (unchanged), built on mine by them (fast-forward), or changed on both sides (compared in
 * full: a conflict unless the values agree).
 */
function mergeExisting(db: WritableDb, table: SyncedTableName, touched: Touched, conflicts: ConflictDraft[], validator: RowValidator): { updated: number; unchanged: number } {
  const t = ident(table);
  const same = `SELECT count(*) AS n FROM theirs.${t} o JOIN main.${t} m ON m.id = o.id AND m.rev = o.rev`;
  let unchanged = count(db, same);
  db.prepare('DELETE FROM temp.merge_diff').run();
  db.prepare('DELETE FROM temp.merge_ff').run();
  const differ = `INSERT INTO temp.merge_diff (id, theirs_rev, mine_rev)
     SELECT o.id, o.rev, m.rev FROM theirs.${t} o JOIN main.${t} m ON m.id = o.id AND m.rev != o.rev`;
  if (db.prepare(differ).run().changes === 0) return { updated: 0, unchanged };
  // Their version is one I have had (or merged) already: mine is the same or later.
  const seen = db
    .prepare(
      `DELETE FROM temp.merge_diff WHERE EXISTS (SELECT 1 FROM main.changes c WHERE c.table_name = ? AND c.row_id = merge_diff.id AND c.rev = merge_diff.theirs_rev)`,
    )
    .run(table).changes;
  unchanged += seen;
  // My version is one they have had: they built on it.
  db.prepare(
    `INSERT INTO temp.merge_ff (id) SELECT id FROM temp.merge_diff
      WHERE EXISTS (SELECT 1 FROM theirs.changes c WHERE c.table_name = ? AND c.row_id = merge_diff.id AND c.rev = merge_diff.mine_rev)`,
  ).run(table);
  const updated = fastForward(db, table, touched, validator);
  const both = db.prepare('SELECT id FROM temp.merge_diff WHERE id NOT IN (SELECT id FROM temp.merge_ff)').pluck().all() as string[];
  for (const id of both) {
    const mine = readVersion(db, 'main', table, id)!;
    const theirs = readVersion(db, 'theirs', table, id)!;
    const fields = differingFields(mine.values, theirs.values);
    if (fields.length === 0) unchanged++;
    else conflicts.push({ table, recordId: id, fields, mine, theirs });
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
    if (touched.text.has(id)) reanchorDocument(db, id, actor);
    if (touched.added.has(id)) linkNearDuplicates(db, id, doc.text);
    else if (touched.text.has(id) && db.prepare('SELECT 1 FROM document_minhash WHERE document_id = ?').get(id)) relinkNearDuplicates(db, id, doc.text);
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
    db.pragma('theirs.cache_size = -131072');
    db.prepare('CREATE TEMP TABLE IF NOT EXISTS merge_new (id TEXT PRIMARY KEY) WITHOUT ROWID').run();
    db.prepare('CREATE TEMP TABLE IF NOT EXISTS merge_ff (id TEXT PRIMARY KEY) WITHOUT ROWID').run();
    db.prepare('CREATE TEMP TABLE IF NOT EXISTS merge_diff (id TEXT PRIMARY KEY, theirs_rev TEXT NOT NULL, mine_rev TEXT NOT NULL) WITHOUT ROWID').run();
    const mergeId = newId();
    const validator = new RowValidator(db, incoming.path);
    const report = db.transaction((): MergeReport => {
      db.pragma('defer_foreign_keys = ON');
      const touched: Touched = { added: new Set(), index: new Set(), text: new Set() };
      const drafts: ConflictDraft[] = [];
      const added: Record<string, number> = {};
      const updated: Record<string, number> = {};
      let unchanged = 0;
      const newBlobs = 'SELECT * FROM theirs.blobs t WHERE NOT EXISTS (SELECT 1 FROM main.blobs m WHERE m.sha256 = t.sha256)';
      validator.check('blobs', db.prepare(newBlobs).iterate() as IterableIterator<Record<string, unknown>>);
      db.prepare('INSERT OR IGNORE INTO main.blobs (sha256, size, media_type, bytes) SELECT sha256, size, media_type, bytes FROM theirs.blobs').run();
      for (const table of SYNCED_ORDER) {
        const existing = mergeExisting(db, table, touched, drafts, validator);
        added[table] = addNewRecords(db, table, touched, validator);
        updated[table] = existing.updated;
        unchanged += existing.unchanged;
      }
      const changeColumns = columnsOf(db, 'main', 'changes').map((c) => ident(c.name)).join(', ');
      const newChanges = 'SELECT * FROM theirs.changes t WHERE NOT EXISTS (SELECT 1 FROM main.changes m WHERE m.id = t.id)';
      validator.check('changes', db.prepare(newChanges).iterate() as IterableIterator<Record<string, unknown>>);
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
    result.elapsedMs = Math.round(performance.now() - started);
    return result;
  } finally {
    if (db.prepare("SELECT 1 FROM pragma_database_list WHERE name = 'theirs'").get()) db.prepare('DETACH DATABASE theirs').run();
  }
}
