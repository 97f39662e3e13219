import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asWritable } from '../../../electron/services/casefile/case-db.ts';
import { migrate, schemaVersion } from '../../../electron/services/casefile/migrate.ts';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/services/casefile/migration-list.ts';
import { SYNC_COLUMNS, SYNCED_TABLES } from '../../../electron/services/casefile/synced-tables.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';
import { join } from 'node:path';

describe('migrations', () => {
  // Numbers handed to branches still in review. Empty once they land.
  const RESERVED: number[] = [];

  it('are numbered 1, 2, 3 … without gaps (but for numbers reserved by a branch in review)', () => {
    const expected = Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1).filter((v) => !RESERVED.includes(v) || MIGRATIONS.some((m) => m.version === v));
    expect(MIGRATIONS.map((m) => m.version)).toEqual(expected);
  });

  it('bring a new case file to the latest version', () => {
    const { db, close } = makeCase();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    close();
  });

  it('upgrade a file of every earlier version, one step at a time, keeping its rows', () => {
    for (let count = 1; count < MIGRATIONS.length; count++) {
      const from = MIGRATIONS[count - 1]!.version;
      const path = join(tempDir(), `v${from}.sightline`);
      const raw = new Database(path);
      const db = asWritable(raw);
      migrate(db, path, MIGRATIONS.slice(0, count));
      expect(schemaVersion(db)).toBe(from);
      db.prepare("INSERT INTO case_meta (key, value) VALUES ('title', 'old')").run();
      migrate(db, path);
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare("SELECT value FROM case_meta WHERE key = 'title'").get()).toEqual({ value: 'old' });
      raw.close();
    }
  });

  it('make every ordinary table STRICT', () => {
    const { db, close } = makeCase();
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'")
      .all() as { name: string; sql: string }[];
    const shadowOfVirtual = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all() as { name: string }[]).map((r) => r.name),
    );
    const ordinary = tables.filter((t) => ![...shadowOfVirtual].some((v) => t.name.startsWith(`${v}_`)));
    expect(ordinary.length).toBeGreaterThan(5);
    for (const table of ordinary) expect(table.sql, table.name).toMatch(/\)\s*STRICT/);
    close();
  });

  it('keep the synced-table registry in step with the schema', () => {
    const { db, close } = makeCase();
    for (const [table, spec] of Object.entries(SYNCED_TABLES)) {
      const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((c) => c.name);
      expect(columns.length, `${table} exists`).toBeGreaterThan(0);
      const registered = new Set<string>([...SYNC_COLUMNS, ...spec.columns]);
      expect(columns.filter((c) => !registered.has(c)), `unregistered columns of ${table}`).toEqual([]);
      expect(spec.columns.filter((c) => !columns.includes(c)), `registered but missing in ${table}`).toEqual([]);
    }
    close();
  });

  it('keep the change log append-only', () => {
    const { db, close } = makeCase({ documents: 1 });
    expect(() => db.prepare("UPDATE changes SET actor = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM changes').run()).toThrow(/append-only/);
    close();
  });
});
