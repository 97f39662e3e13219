/**
 * Creating and opening case files. Opening is careful: a file is inspected read-only
 * first (SQLite header, application id, schema version, expected tables) so a file that
 * is not a case, is damaged, or comes from a newer Sightline is refused untouched.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/contract/errors.ts';
import { asReadable, asWritable, type ReadableDb, type WritableDb } from './case-db.ts';
import { caseTooNew, describeOpenError, notACase } from './case-errors.ts';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrate.ts';
import { nativeBindingOption } from './native-binding.ts';

/** PRAGMA application_id of every Sightline case: "SGLT". */
export const SIGHTLINE_APPLICATION_ID = 0x53474c54;
const SQLITE_HEADER = 'SQLite format 3\u0000';
const REQUIRED_TABLES = ['case_meta', 'documents', 'claims', 'changes'];

export interface OpenCase {
  readonly path: string;
  readonly db: ReadableDb;
  /** null when the case was opened read-only. */
  readonly writable: WritableDb | null;
  close(): void;
}

function configure(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma('trusted_schema = OFF');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
}

function handle(path: string, db: Database.Database): OpenCase {
  return {
    path,
    db: asReadable(db),
    writable: db.readonly ? null : asWritable(db),
    close: () => {
      if (db.open) db.close();
    },
  };
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Refuses anything that is not a case of a version this build reads, without writing. */
export function inspectCase(path: string): { version: number } {
  if (!existsSync(path)) throw new ApiError('not_found', `There is no file at ${path}.`);
  const stat = statSync(path);
  if (!stat.isFile()) throw notACase(path, 'it is a folder');
  if (stat.size === 0) throw notACase(path, 'the file is empty');
  const header = readHeader(path);
  if (header.length < 100 || header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw notACase(path, 'it is not an SQLite database');
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, ...nativeBindingOption() });
    db.pragma('trusted_schema = OFF');
    const applicationId = Number(db.pragma('application_id', { simple: true }));
    if (applicationId !== SIGHTLINE_APPLICATION_ID) {
      throw notACase(path, 'it is an SQLite database made by another program');
    }
    const version = schemaVersion(db);
    if (version > LATEST_SCHEMA_VERSION) throw caseTooNew(path, version, LATEST_SCHEMA_VERSION);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
    );
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw notACase(path, `its tables ${missing.join(', ')} are missing`);
    return { version };
  } catch (error) {
    throw describeOpenError(path, error);
  } finally {
    db?.close();
  }
}

export function openCase(path: string, options: { readonly?: boolean } = {}): OpenCase {
  inspectCase(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: true, ...nativeBindingOption() });
    configure(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      migrate(asWritable(db), path);
    }
    return handle(path, db);
  } catch (error) {
    db?.close();
    throw describeOpenError(path, error);
  }
}

export interface CaseMetaInput {
  id: string;
  title: string;
  actor: string;
  at: string;
}

/** Creates a new case; refuses to overwrite any existing file. */
export function createCase(path: string, meta: CaseMetaInput): OpenCase {
  if (existsSync(path)) {
    throw new ApiError('invalid_input', `A file already exists at ${path}; choose another name.`);
  }
  if (!existsSync(dirname(path))) {
    throw new ApiError('not_found', `The folder ${dirname(path)} does not exist.`);
  }
  const db = new Database(path, nativeBindingOption());
  try {
    configure(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`application_id = ${SIGHTLINE_APPLICATION_ID}`);
    const writable = asWritable(db);
    migrate(writable, path);
    const insert = writable.prepare('INSERT INTO case_meta (key, value) VALUES (?, ?)');
    writable.transaction(() => {
      insert.run('id', meta.id);
      insert.run('title', meta.title);
      insert.run('description', '');
      insert.run('created_at', meta.at);
      insert.run('created_by', meta.actor);
    })();
    return handle(path, db);
  } catch (error) {
    db.close();
    throw describeOpenError(path, error);
  }
}
