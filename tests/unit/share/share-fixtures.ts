/** Helpers for sharing tests: copies of a case (a colleague's), export → merge, and a dump to compare cases. */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { newId } from '../../../shared/domain/ids.ts';
import type { MergeReport } from '../../../shared/contract/share.ts';
import type { WritableDb } from '../../../electron/services/casefile/case-db.ts';
import { openCase, type OpenCase } from '../../../electron/services/casefile/open-case.ts';
import { SYNCED_TABLES } from '../../../electron/services/casefile/synced-tables.ts';
import { exportCase } from '../../../electron/services/share/export-case.ts';
import { openIncoming } from '../../../electron/services/share/incoming.ts';
import { mergeIncoming } from '../../../electron/services/share/merge-case.ts';
import type { Redaction } from '../../../electron/services/share/redaction.ts';
import { CHILD_TABLES } from '../../../electron/services/share/table-classes.ts';

export interface Copy {
  path: string;
  open: OpenCase;
  db: WritableDb;
  close(): void;
}

/** A byte-for-byte copy of the case at `path` (what a colleague who received the file has). */
export function copyOf(db: WritableDb, path: string, dir: string, name: string): Copy {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const target = join(dir, `${name}-${newId().slice(-6)}.sightline`);
  copyFileSync(path, target);
  const open = openCase(target);
  return { path: target, open, db: open.writable!, close: () => open.close() };
}

const NO_REDACTION: Redaction = { excludeNotes: false, excludeDocuments: [], onlyTags: [] };

export function exportTo(casePath: string, dir: string, options: Partial<Redaction> & { password?: string; exporter?: string } = {}): string {
  const out = join(dir, `export-${newId().slice(-8)}.sightline`);
  exportCase({ casePath, outPath: out, exporter: options.exporter ?? 'colleague', appVersion: 'test', ...NO_REDACTION, ...options });
  return out;
}

export async function mergeFile(db: WritableDb, file: string, actor = 'me', password?: string): Promise<MergeReport> {
  const incoming = await openIncoming(file, password);
  try {
    return mergeIncoming({ db, incoming, actor });
  } finally {
    incoming.cleanup();
  }
}

/** Every synced record with its child rows, for comparing two cases. */
export function dump(db: WritableDb): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const table of [...Object.keys(SYNCED_TABLES), ...Object.keys(CHILD_TABLES)]) {
    const sql = `SELECT * FROM ${table} ORDER BY 1, 2`;
    out[table] = db.prepare(sql).all();
  }
  return out;
}

export function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
