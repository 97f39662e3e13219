import { describe, expect, it } from 'vitest';
import { SYNCED_TABLES } from '../../../electron/services/casefile/synced-tables.ts';
import { CHILD_TABLES, classifyTable, exportedTables, SYNCED_ORDER } from '../../../electron/services/share/table-classes.ts';
import { makeCase } from '../../helpers/make-case.ts';

describe('table classes (what sharing does with each table)', () => {
  it('classify every table of a new case, so a new migration cannot add one that exports forget', () => {
    const { db, close } = makeCase();
    const rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string; sql: string }[];
    const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name);
    const unclassified = rows.map((r) => r.name).filter((name) => classifyTable(name, virtual) === null);
    expect(unclassified, 'add these tables to electron/services/share/table-classes.ts').toEqual([]);
    close();
  });

  it('export every synced table, its children and the content tables; never derived or local ones', () => {
    const exported = exportedTables();
    for (const table of Object.keys(SYNCED_TABLES)) expect(exported).toContain(table);
    for (const table of Object.keys(CHILD_TABLES)) expect(exported).toContain(table);
    expect(exported).toEqual(expect.arrayContaining(['blobs', 'case_meta', 'changes']));
    for (const table of exported) expect(['synced', 'child', 'content']).toContain(classifyTable(table));
    expect([...SYNCED_ORDER].sort()).toEqual(Object.keys(SYNCED_TABLES).sort());
  });

  it('find the parent key of each child table in the schema', () => {
    const { db, close } = makeCase();
    for (const [child, spec] of Object.entries(CHILD_TABLES)) {
      const keys = db.prepare('SELECT "table" AS target, "from" AS col FROM pragma_foreign_key_list(?)').all(child) as { target: string; col: string }[];
      expect(keys, child).toContainEqual({ target: spec.parent, col: spec.parentKey });
    }
    close();
  });
});
