/**
 * Exporting the open case: snapshot (snapshot.ts) → manifest → container (container.ts),
 * written beside the destination and renamed into place at the end, so an interrupted
 * export never leaves a half-written .sightline file under the chosen name.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { ExportResult, ShareManifest } from '../../../shared/contract/share.ts';
import { writeContainer } from './container.ts';
import type { Redaction } from './redaction.ts';
import { buildSnapshot } from './snapshot.ts';

export interface ExportOptions extends Redaction {
  casePath: string;
  outPath: string;
  exporter: string;
  appVersion: string;
  password?: string | undefined;
  /** Called between the steps (snapshot, hashing, writing). */
  onStep?: (step: string) => void;
}

export function fileSha256(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1024 * 1024);
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      hash.update(chunk.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function exportCase(options: ExportOptions): ExportResult {
  const started = performance.now();
  const out = options.outPath;
  if (!existsSync(dirname(out))) throw new ApiError('not_found', `The folder ${dirname(out)} does not exist.`);
  if (out === options.casePath) throw new ApiError('invalid_input', 'Export to another file than the case itself.');
  const snapshotPath = `${out}.snapshot-part`;
  const partPath = `${out}.part`;
  rmSync(snapshotPath, { force: true });
  rmSync(partPath, { force: true });
  try {
    options.onStep?.('snapshot');
    let snapshot;
    try {
      snapshot = buildSnapshot(options.casePath, snapshotPath, options);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError('invalid_input', `Could not export: ${(error as Error).message}.`);
    }
    options.onStep?.('hashing');
    const snapshotSha256 = fileSha256(snapshotPath);
    const manifest: ShareManifest = {
      format: 1,
      caseId: snapshot.caseId,
      caseTitle: snapshot.caseTitle,
      exportedBy: options.exporter,
      exportedAt: new Date().toISOString(),
      appVersion: options.appVersion,
      schemaVersion: snapshot.schemaVersion,
      counts: snapshot.counts,
      documents: snapshot.documents,
      snapshot: { sha256: snapshotSha256, bytes: statSync(snapshotPath).size },
      leftOut: snapshot.leftOut,
    };
    options.onStep?.('writing');
    const fd = openSync(partPath, 'w');
    let bytes: number;
    try {
      bytes = writeContainer(fd, manifest, snapshotPath, options.password);
    } finally {
      closeSync(fd);
    }
    renameSync(partPath, out);
    return {
      path: out,
      bytes,
      encrypted: options.password !== undefined,
      counts: snapshot.counts,
      snapshotSha256,
      leftOut: snapshot.leftOut,
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    rmSync(snapshotPath, { force: true });
    rmSync(partPath, { force: true });
  }
}
