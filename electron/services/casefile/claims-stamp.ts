/**
 * A stamp that changes whenever claims, or anything read beside them (sources, documents,
 * places, tags and the links), may have changed: what results computed from claims are
 * kept under (the grid's view orders, the map's tallies). Writes of the analyst's own
 * working state (grid layouts) do not move it.
 *
 * Changes made on this connection are counted by TEMP triggers (they live and die with the
 * connection and are not part of the case file); changes made by another connection (the
 * CLI, a merge in another process) move PRAGMA data_version.
 */
import type Database from 'better-sqlite3';
import { statement, type ReadableDb } from './case-db.ts';

/** The tables whose rows claim views and the map's tallies read. */
const WATCHED = ['claims', 'claim_places', 'claim_tags', 'sources', 'documents', 'places', 'tags'];

const installed = new WeakSet<Database.Database>();

function installCounter(db: ReadableDb): void {
  if (installed.has(db)) return;
  const triggers = WATCHED.flatMap((table) =>
    ['INSERT', 'UPDATE', 'DELETE'].map(
      (op) => `CREATE TEMP TRIGGER IF NOT EXISTS claims_generation_${table}_${op.toLowerCase()} AFTER ${op} ON main.${table} BEGIN UPDATE claims_generation SET n = n + 1; END;`,
    ),
  );
  // Table names come from WATCHED above, never from input.
  const sql = ['CREATE TEMP TABLE IF NOT EXISTS claims_generation (n INTEGER NOT NULL);', 'INSERT INTO claims_generation (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM claims_generation);', ...triggers].join('\n');
  db.exec(sql);
  installed.add(db);
}

/** Changes whenever anything in WATCHED may have changed. */
export function claimsStamp(db: ReadableDb): string {
  installCounter(db);
  const local = statement(db, 'SELECT n FROM temp.claims_generation').pluck().get() as number;
  const others = statement(db, 'PRAGMA data_version').pluck().get() as number;
  return `${local}:${others}`;
}

