import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { asWritable } from '../../../electron/services/casefile/case-db.ts';
import { migrate } from '../../../electron/services/casefile/migrate.ts';
import { MIGRATIONS } from '../../../electron/services/casefile/migration-list.ts';
import { tempDir } from '../../helpers/temp.ts';

const SYNC = "'r1', '2026-01-01T00:00:00.000Z', 'a', '2026-01-01T00:00:00.000Z', 'a'";

describe('migration: annotation anchoring', () => {
  it('records which text version existing annotations point into, and adds the claim anchor status', () => {
    const path = join(tempDir(), 'old.sightline');
    const raw = new Database(path);
    const db = asWritable(raw);
    const index = MIGRATIONS.findIndex((m) => m.name === 'annotation-anchoring');
    migrate(db, path, MIGRATIONS.slice(0, index));
    const rows = `
      INSERT INTO documents (id, format, rev, created_at, created_by, updated_at, updated_by) VALUES ('d1', 'text', SYNC);
      INSERT INTO document_texts (document_id, text, text_sha256) VALUES ('d1', 'some text', 'abc');
      INSERT INTO annotations (id, document_id, span_start, span_end, exact, rev, created_at, created_by, updated_at, updated_by)
        VALUES ('a1', 'd1', 0, 4, 'some', SYNC);
      INSERT INTO claims (id, document_id, span_start, span_end, text, rev, created_at, created_by, updated_at, updated_by)
        VALUES ('c1', 'd1', 0, 4, 'some', SYNC);
    `;
    raw.exec(rows.replaceAll('SYNC', SYNC));
    migrate(db, path);
    expect(raw.prepare('SELECT text_sha256, anchor_detail FROM annotations').get()).toEqual({ text_sha256: 'abc', anchor_detail: '{}' });
    expect(raw.prepare('SELECT anchor_status FROM claims').get()).toEqual({ anchor_status: null });
    expect(() => raw.prepare("UPDATE claims SET anchor_status = 'lost'").run()).toThrow(/CHECK/);
    expect(() => raw.prepare("UPDATE annotations SET anchor_detail = 'not json'").run()).toThrow(/CHECK/);
    raw.close();
  });
});
