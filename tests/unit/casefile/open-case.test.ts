import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/contract/errors.ts';
import { LATEST_SCHEMA_VERSION } from '../../../electron/services/casefile/migration-list.ts';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { tempDir } from '../../helpers/temp.ts';

function digest(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Opening must fail with `code`, say so clearly, and leave the file exactly as it was. */
function expectRefused(path: string, code: string, message: RegExp): void {
  const before = digest(path);
  let error: unknown;
  try {
    openCase(path).close();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).code).toBe(code);
  expect((error as ApiError).message).toMatch(message);
  expect(digest(path)).toBe(before);
  expect(existsSync(`${path}-wal`) && readFileSync(`${path}-wal`).length > 0).toBe(false);
}

/** A closed, checkpointed copy of a real case with some documents in it. */
function realCaseCopy(): string {
  const source = makeCase({ documents: 30 });
  source.close();
  const copy = join(tempDir(), 'copy.sightline');
  copyFileSync(source.path, copy);
  return copy;
}

describe('opening a case file', () => {
  it('opens a case it created, with its documents', () => {
    const path = realCaseCopy();
    const open = openCase(path);
    expect((open.db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n).toBe(30);
    open.close();
  });

  it('refuses a missing file', () => {
    expect(() => openCase(join(tempDir(), 'nope.sightline'))).toThrow(/no file/);
  });

  it('refuses an empty file untouched', () => {
    const path = join(tempDir(), 'empty.sightline');
    writeFileSync(path, '');
    expectRefused(path, 'not_a_case', /file is empty/);
  });

  it('refuses a file that is not SQLite untouched', () => {
    const path = join(tempDir(), 'notes.sightline');
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200));
    expectRefused(path, 'not_a_case', /not an SQLite database/);
  });

  it("refuses another program's SQLite database untouched", () => {
    const path = join(tempDir(), 'other.sightline');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefused(path, 'not_a_case', /another program/);
  });

  it('refuses a case from a newer version untouched', () => {
    const path = realCaseCopy();
    const db = new Database(path);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    expectRefused(path, 'case_too_new', /newer version of Sightline.*not changed/s);
  });

  it('refuses a truncated case untouched', () => {
    const path = realCaseCopy();
    const size = readFileSync(path).length;
    truncateSync(path, Math.floor(size / 2) + 7);
    expectRefused(path, 'case_corrupt', /damaged/);
  });

  it('refuses a case whose schema pages are overwritten with garbage, untouched', () => {
    const path = realCaseCopy();
    const bytes = readFileSync(path);
    // Page 1 holds the schema after the 100-byte header; scribble over its cells.
    for (let i = 200; i < 4096; i++) bytes[i] = (i * 31) & 0xff;
    writeFileSync(path, bytes);
    expectRefused(path, 'case_corrupt', /damaged/);
  });
});
