/**
 * The History view's reads of the change log: every change newest first, filtered by
 * person, table, kind of change, time and words, a page at a time; and one record's history.
 */
import type { HistoryEntry, HistoryFilter } from '../../../shared/contract/history.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { fromRaw, recordHistory, type RawChange } from '../casefile/change-log.ts';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function listHistory(
  db: ReadableDb,
  input: HistoryFilter & { limit: number; before?: string | undefined },
): { entries: HistoryEntry[]; actors: string[]; tables: string[]; hasMore: boolean } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.actor) {
    where.push('actor = ?');
    params.push(input.actor);
  }
  if (input.table) {
    where.push('table_name = ?');
    params.push(input.table);
  }
  if (input.op) {
    where.push('op = ?');
    params.push(input.op);
  }
  if (input.from) {
    where.push('at >= ?');
    params.push(input.from);
  }
  if (input.to) {
    where.push('at <= ?');
    params.push(input.to);
  }
  if (input.text?.trim()) {
    const like = `%${escapeLike(input.text.trim())}%`;
    where.push("(summary LIKE ? ESCAPE '\\' OR after LIKE ? ESCAPE '\\' OR before LIKE ? ESCAPE '\\' OR row_id = ?)");
    params.push(like, like, like, input.text.trim());
  }
  if (input.before) {
    const cursor = statement(db, 'SELECT at, id FROM changes WHERE id = ?').get(input.before) as { at: string; id: string } | undefined;
    if (cursor) {
      where.push('(at < ? OR (at = ? AND id < ?))');
      params.push(cursor.at, cursor.at, cursor.id);
    }
  }
  const sql = `SELECT * FROM changes${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...params, input.limit + 1) as RawChange[];
  const actors = statement(db, 'SELECT DISTINCT actor FROM changes ORDER BY actor').pluck().all() as string[];
  const tables = statement(db, 'SELECT DISTINCT table_name FROM changes ORDER BY table_name').pluck().all() as string[];
  return { entries: rows.slice(0, input.limit).map(fromRaw), actors, tables, hasMore: rows.length > input.limit };
}

export function historyOfRecord(db: ReadableDb, table: string, id: string): HistoryEntry[] {
  return recordHistory(db, table, id).map((c) => ({ ...c }));
}
