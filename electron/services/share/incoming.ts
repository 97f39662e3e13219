/**
 * A colleague's .sightline file is untrusted input. Before anything of it reaches the case:
 * the container is unpacked (and authenticated, when encrypted) into a private temp folder;
 * the snapshot is opened read-only with trusted_schema off; its schema must be exactly the
 * schema this build's migrations create for its version (so it holds no trigger, view or
 * table of anyone else's making: nothing in it can run); SQLite's own checks, foreign keys,
 * the manifest's hashes and every row of every table we copy (zod) must pass. Anything else
 * aborts with a message naming what was wrong.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/contract/errors.ts';
import { ShareManifest } from '../../../shared/contract/share.ts';
import { asWritable } from '../casefile/case-db.ts';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from '../casefile/migrate.ts';
import { MIGRATIONS } from '../casefile/migration-list.ts';
import { nativeBindingOption } from '../casefile/native-binding.ts';
import { SIGHTLINE_APPLICATION_ID } from '../casefile/open-case.ts';
import { badExport, readContainer } from './container.ts';
import { fileSha256 } from './export-case.ts';
import { ident } from './share-sql.ts';
import { exportedTables } from './table-classes.ts';

export interface Incoming {
  path: string;
  snapshotPath: string;
  manifest: ShareManifest;
  encrypted: boolean;
  cleanup(): void;
}

type SchemaRow = { type: string; name: string; tbl_name: string; sql: string | null };

function schemaOf(db: Database.Database): SchemaRow[] {
  return db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as SchemaRow[];
}

const expectedSchemas = new Map<number, SchemaRow[]>();

/** The schema this build's migrations produce at `version`. */
export function expectedSchema(version: number): SchemaRow[] {
  let schema = expectedSchemas.get(version);
  if (!schema) {
    const db = new Database(':memory:', nativeBindingOption());
    try {
      migrate(asWritable(db), ':memory:', MIGRATIONS.filter((m) => m.version <= version));
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    expectedSchemas.set(version, schema);
  }
  return schema;
}

/** Unpacks and fully checks the file at `path`; the caller must call cleanup(). */
export async function openIncoming(path: string, password: string | undefined, onStep?: (step: string) => void): Promise<Incoming> {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-merge-'));
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    const snapshotPath = join(dir, 'snapshot.sightline');
    onStep?.('unpacking');
    const { manifest: rawManifest, encrypted } = await readContainer(path, snapshotPath, password);
    const parsed = ShareManifest.safeParse(rawManifest);
    if (!parsed.success) throw badExport(path, `its manifest is not valid (${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? ''})`);
    const manifest = parsed.data;
    onStep?.('checking');
    if (fileSha256(snapshotPath) !== manifest.snapshot.sha256) throw badExport(path, "its snapshot does not match the manifest's SHA-256");
    checkSnapshot(path, snapshotPath, manifest);
    return { path, snapshotPath, manifest, encrypted, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

function checkSnapshot(path: string, snapshotPath: string, manifest: ShareManifest): void {
  const db = new Database(snapshotPath, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
  let version: number;
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('query_only = ON');
    if (Number(db.pragma('application_id', { simple: true })) !== SIGHTLINE_APPLICATION_ID) throw badExport(path, 'its snapshot is not a Sightline case');
    version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) {
      throw new ApiError('case_too_new', `${path} was exported by a newer Sightline (schema ${version}); update Sightline to merge it.`);
    }
    if (version !== manifest.schemaVersion) throw badExport(path, 'its manifest and snapshot disagree on the schema version');
    const expected = expectedSchema(version);
    const actual = schemaOf(db);
    const key = (r: SchemaRow): string => `${r.type}\u0000${r.name}\u0000${r.tbl_name}\u0000${r.sql ?? ''}`;
    const known = new Set(expected.map(key));
    const unexpected = actual.filter((r) => !known.has(key(r)));
    if (unexpected.length > 0 || actual.length !== expected.length) {
      const first = unexpected[0];
      throw badExport(path, first ? `its schema holds an unexpected ${first.type} "${first.name}"` : 'its schema is missing tables');
    }
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw badExport(path, `SQLite reports damage (${String(integrity)})`);
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw badExport(path, `${broken.length} references in it point nowhere`);
    checkManifest(db, path, manifest);
  } finally {
    db.close();
  }
  if (version < LATEST_SCHEMA_VERSION) {
    // An older Sightline exported it: bring our private copy up to this build's schema.
    const writable = new Database(snapshotPath, nativeBindingOption());
    try {
      writable.pragma('trusted_schema = OFF');
      migrate(asWritable(writable), snapshotPath);
    } finally {
      writable.close();
    }
  }
}

/** Counts and the manifest's document list against the snapshot (rows are validated as a merge copies them: row-validator.ts). */
function checkManifest(db: Database.Database, path: string, manifest: ShareManifest): void {
  for (const table of exportedTables()) {
    const sql = `SELECT count(*) AS n FROM ${ident(table)}`;
    const count = (db.prepare(sql).get() as { n: number }).n;
    if (manifest.counts[table] !== undefined && manifest.counts[table] !== count) {
      throw badExport(path, `its manifest counts ${manifest.counts[table]} rows of ${table}, the snapshot holds ${count}`);
    }
  }
  const documents = db.prepare('SELECT id, blob_sha256 AS sha256 FROM documents ORDER BY id').all() as { id: string; sha256: string | null }[];
  const listed = new Map(manifest.documents.map((d) => [d.id, d.sha256]));
  if (listed.size !== documents.length || documents.some((d) => listed.get(d.id) !== d.sha256)) {
    throw badExport(path, "its documents do not match the manifest's list of SHA-256");
  }
}
