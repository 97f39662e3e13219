/**
 * Crash safety: the real CLI (`node bin/sightline.js import …` / `merge …`) is killed with
 * SIGKILL at random points; the case must then open, pass verify, and hold each document
 * (and the merge) wholly or not at all.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../../electron/services/casefile/open-case.ts';
import { verifyDatabase } from '../../../electron/services/share/verify-case.ts';
import { makeCase } from '../../helpers/make-case.ts';
import { newsText } from '../../helpers/news-text.ts';
import { tempDir } from '../../helpers/temp.ts';
import { exportTo } from './share-fixtures.ts';

const BIN = new URL('../../../bin/sightline.js', import.meta.url).pathname;

/** Runs the CLI; kills it with SIGKILL after `killAfterMs` (if given). Resolves to the elapsed ms and how it ended. */
function runCli(args: string[], home: string, killAfterMs?: number): Promise<{ ms: number; killed: boolean; code: number | null }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, SIGHTLINE_HOME: home }, stdio: 'ignore' });
    const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - started, killed: signal === 'SIGKILL', code });
    });
  });
}

/** A seeded generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2 ** 31;
    return a / 2 ** 31;
  };
}

function checkCase(path: string): { documents: number; merges: number } {
  const open = openCase(path);
  try {
    const db = open.writable!;
    const report = verifyDatabase(db, path);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    // Wholly or not at all: every document has its text, its bytes, its search entry and its log entry.
    const partial = db
      .prepare(
        `SELECT d.id FROM documents d
          WHERE NOT EXISTS (SELECT 1 FROM document_texts t WHERE t.document_id = d.id)
             OR NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = d.blob_sha256)
             OR NOT EXISTS (SELECT 1 FROM search_rows r WHERE r.document_id = d.id)
             OR NOT EXISTS (SELECT 1 FROM changes c WHERE c.row_id = d.id)`,
      )
      .all();
    expect(partial).toEqual([]);
    return {
      documents: (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n,
      merges: (db.prepare('SELECT count(*) AS n FROM merges').get() as { n: number }).n,
    };
  } finally {
    open.close();
  }
}

describe('crash safety (SIGKILL at random points)', () => {
  it('an import killed anywhere leaves a sound case with whole documents', async () => {
    const home = tempDir();
    const dir = tempDir();
    const files = join(dir, 'files');
    mkdirSync(files);
    for (let i = 0; i < 60; i++) writeFileSync(join(files, `report-${i}.txt`), `${newsText(i)}\n\n${newsText(i + 1000)}`);
    const calibration = makeCase({ dir });
    calibration.close();
    const full = await runCli(['import', calibration.path, files], home);
    expect(full.code).toBe(0);
    const next = random(20261125);
    let killedMidway = 0;
    for (let run = 0; run < 3; run++) {
      const tc = makeCase({ dir });
      tc.close();
      const result = await runCli(['import', tc.path, files], home, Math.round(full.ms * (0.25 + 0.7 * next())));
      const { documents } = checkCase(tc.path);
      expect(documents).toBeLessThanOrEqual(60);
      if (result.killed && documents < 60) killedMidway++;
    }
    expect(killedMidway, 'at least one kill landed during the import').toBeGreaterThan(0);
  }, 240_000);

  it('a merge killed anywhere leaves the case as it was or with the whole merge', async () => {
    const home = tempDir();
    const source = makeCase({ documents: 400 });
    const file = exportTo(source.path, source.dir);
    source.close();
    const calibration = makeCase();
    calibration.close();
    const full = await runCli(['merge', calibration.path, file], home);
    expect(full.code).toBe(0);
    expect(checkCase(calibration.path)).toEqual({ documents: 400, merges: 1 });
    const next = random(7);
    for (let run = 0; run < 3; run++) {
      const tc = makeCase();
      tc.close();
      await runCli(['merge', tc.path, file], home, Math.round(full.ms * (0.3 + 0.65 * next())));
      const state = checkCase(tc.path);
      expect([
        { documents: 0, merges: 0 },
        { documents: 400, merges: 1 },
      ]).toContainEqual(state);
    }
  }, 240_000);
});
