/** Brings a case's schema up to this build's version, one numbered migration at a time. */
import type { WritableDb } from './case-db.ts';
import { caseCorrupt, caseTooNew } from './case-errors.ts';
import type { Migration } from './migration.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migration-list.ts';

export function schemaVersion(db: { pragma(source: string, options: { simple: true }): unknown }): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Applies every migration newer than the file's user_version. Each runs in its own
 * transaction with the version bump, so a crash leaves the file at a whole version.
 * Foreign keys are off while a migration runs (table rebuilds need it) and checked after.
 */
export function migrate(db: WritableDb, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  const current = schemaVersion(db);
  if (current > latest) throw caseTooNew(path, current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;

  if (current > 0) {
    // About to write into an existing file: make sure it is sound first.
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw caseCorrupt(path, String(result));
  }
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(migration.sql);
        const problems = db.pragma('foreign_key_check') as unknown[];
        if (problems.length > 0) {
          throw new Error(`migration ${migration.version} (${migration.name}) broke ${problems.length} foreign keys`);
        }
        db.pragma(`user_version = ${Number(migration.version)}`);
      })();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return schemaVersion(db);
}

export { LATEST_SCHEMA_VERSION };
