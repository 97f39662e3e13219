/**
 * `npm run bench -- share [--documents 100000] [--claims 10]`: export and merge at scale.
 * Generates a case of --documents documents with --claims claims each (1,000,000 at the
 * defaults), written directly in SQL in large transactions (with their change-log entries,
 * as the record store would write them); a colleague's copy in which 10% of documents and
 * claims were edited; then, each in its own process (for an honest peak memory): export of
 * the case, export of the copy, merge of the copy's export into a copy of the case. Goals:
 * export < 30 s, merge < 60 s. The generated cases are kept in .bench/share/ and reused by
 * the next run with the same sizes (--fresh regenerates).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { newId } from '../../shared/domain/ids.ts';
import { createCase, openCase } from '../../electron/services/casefile/open-case.ts';
import { newsText } from '../helpers/news-text.ts';
import { benchDir, fmt, printTable, timeMs } from './bench-helpers.ts';

function option(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
}

function generate(path: string, documents: number, claimsPerDocument: number): void {
  const at = new Date().toISOString();
  const open = createCase(path, { id: newId(), title: 'Bench case', actor: 'bench', at });
  const db = open.writable!;
  db.pragma('synchronous = OFF');
  const blob = db.prepare('INSERT INTO blobs (sha256, size, media_type, bytes) VALUES (?, ?, ?, ?)');
  const doc = db.prepare(
    `INSERT INTO documents (id, blob_sha256, format, file_name, title, source_id, published, size_bytes, rev, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, 'text', ?, ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench')`,
  );
  const text = db.prepare("INSERT INTO document_texts (document_id, text, text_sha256, pages) VALUES (?, ?, ?, '[0]')");
  const claim = db.prepare(
    `INSERT INTO claims (id, document_id, span_start, span_end, text, value, qualifier, unit, subject, event_type, source_id, rev, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, 'exact', 'convoys', 'Turkish army', 'movement', ?, ?, ?, 'bench', ?, 'bench')`,
  );
  const source = db.prepare(
    "INSERT INTO sources (id, name, rev, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'bench', ?, 'bench')",
  );
  const change = db.prepare(
    "INSERT INTO changes (id, at, actor, table_name, row_id, op, rev, prev_rev, before, after, summary) VALUES (?, ?, 'bench', ?, ?, 'insert', ?, NULL, NULL, '{}', NULL)",
  );
  const sources: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < 50; i++) {
      const id = newId();
      const rev = newId();
      source.run(id, `Outlet ${i}`, rev, at, at);
      change.run(newId(), at, 'sources', id, rev);
      sources.push(id);
    }
  })();
  const BATCH = 5000;
  for (let start = 0; start < documents; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(documents, start + BATCH); i++) {
        const body = newsText(i);
        const bytes = Buffer.from(body);
        const sha = createHash('sha256').update(bytes).digest('hex');
        blob.run(sha, bytes.length, 'text/plain', bytes);
        const id = newId();
        const rev = newId();
        const src = sources[i % sources.length]!;
        doc.run(id, sha, `report-${i}.txt`, `Report ${i}`, src, `2020-02-${String(1 + (i % 28)).padStart(2, '0')}`, bytes.length, rev, at, at);
        text.run(id, body, createHash('sha256').update(body).digest('hex'));
        change.run(newId(), at, 'documents', id, rev);
        for (let j = 0; j < claimsPerDocument; j++) {
          const claimId = newId();
          const claimRev = newId();
          claim.run(claimId, id, j * 10, j * 10 + 9, `${3 + j} convoys`, 3 + j, src, claimRev, at, at);
          change.run(newId(), at, 'claims', claimId, claimRev);
        }
      }
    })();
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  open.close();
}

/** A colleague's copy: every tenth document and claim edited (new rev, logged like the record store does). */
function editTenPercent(path: string): number {
  const open = openCase(path);
  const db = open.writable!;
  db.pragma('synchronous = OFF');
  const at = new Date().toISOString();
  let edited = 0;
  const log = db.prepare(
    "INSERT INTO changes (id, at, actor, table_name, row_id, op, rev, prev_rev, before, after, summary) VALUES (?, ?, 'colleague', ?, ?, 'update', ?, ?, '{}', '{}', NULL)",
  );
  for (const table of ['documents', 'claims'] as const) {
    const pick = `SELECT id, rev FROM ${table} WHERE rowid % 10 = 0`;
    const rows = db.prepare(pick).all() as { id: string; rev: string }[];
    const update =
      table === 'documents'
        ? db.prepare("UPDATE documents SET title = title || ' (checked)', rev = ?, updated_at = ?, updated_by = 'colleague' WHERE id = ?")
        : db.prepare("UPDATE claims SET status = 'confirmed', rev = ?, updated_at = ?, updated_by = 'colleague' WHERE id = ?");
    db.transaction(() => {
      for (const row of rows) {
        const rev = newId();
        update.run(rev, at, row.id);
        log.run(newId(), at, table, row.id, rev, row.rev);
      }
    })();
    edited += rows.length;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  open.close();
  return edited;
}

interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  detail: Record<string, unknown>;
}

function inProcess(op: string, casePath: string, file: string): Measured {
  const worker = new URL('./share-worker.ts', import.meta.url).pathname;
  const out = execFileSync(process.execPath, ['--import', 'tsx', worker, op, casePath, file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measured;
}

export async function run(args: string[]): Promise<number> {
  const documents = option(args, 'documents', 100_000);
  const claims = option(args, 'claims', 10);
  const dir = benchDir('share');
  const casePath = join(dir, 'case.sightline');
  const copyPath = join(dir, 'colleague.sightline');
  const paramsPath = join(dir, 'params.json');
  const params = JSON.stringify({ documents, claims });
  let edited: number;
  if (!args.includes('--fresh') && existsSync(paramsPath) && existsSync(copyPath) && JSON.parse(readFileSync(paramsPath, 'utf8')).params === params) {
    // Generating takes long on a shared machine: reuse the last run's cases (--fresh to regenerate).
    edited = (JSON.parse(readFileSync(paramsPath, 'utf8')) as { edited: number }).edited;
    console.log(`Reusing the generated case of ${documents} documents and ${documents * claims} claims (--fresh to regenerate).`);
  } else {
    for (const p of [casePath, copyPath, paramsPath]) for (const suffix of ['', '-wal', '-shm']) rmSync(p + suffix, { force: true });
    console.log(`Generating ${documents} documents and ${documents * claims} claims …`);
    const [, genMs] = timeMs(() => generate(casePath, documents, claims));
    copyFileSync(casePath, copyPath);
    const [count, editMs] = timeMs(() => editTenPercent(copyPath));
    edited = count;
    writeFileSync(paramsPath, JSON.stringify({ params, edited }));
    console.log(`  generated in ${fmt(genMs / 1000)} s (${fmt(statSync(casePath).size / 1024 / 1024, 0)} MB); colleague edited ${edited} records in ${fmt(editMs / 1000)} s`);
  }

  const exportFile = join(dir, 'case-export.sightline');
  const copyFile = join(dir, 'colleague-export.sightline');
  const exported = inProcess('export', casePath, exportFile);
  const exportedCopy = inProcess('export', copyPath, copyFile);
  // Merge into a copy, so the generated case stays as it was for the next run.
  const mergedPath = join(dir, 'merged.sightline');
  for (const suffix of ['', '-wal', '-shm']) rmSync(mergedPath + suffix, { force: true });
  copyFileSync(casePath, mergedPath);
  const merged = inProcess('merge', mergedPath, copyFile);
  const updated = Object.values((merged.detail['updated'] ?? {}) as Record<string, number>).reduce((a, b) => a + b, 0);
  printTable(`Sharing: ${documents} documents, ${documents * claims} claims`, [
    ['operation', 'seconds', 'CPU s', 'peak MB', 'goal', 'notes'],
    ['export', fmt(exported.seconds), fmt(exported.cpuSeconds), fmt(exported.peakMb, 0), '< 30 s', `${fmt(Number(exported.detail['bytes']) / 1024 / 1024, 0)} MB file`],
    ["export (colleague's copy)", fmt(exportedCopy.seconds), fmt(exportedCopy.cpuSeconds), fmt(exportedCopy.peakMb, 0), '< 30 s', ''],
    [
      'merge 10% changed',
      fmt(merged.seconds),
      fmt(merged.cpuSeconds),
      fmt(merged.peakMb, 0),
      '< 60 s',
      `${updated} updated, ${String(merged.detail['conflicts'])} conflicts; checks took ${fmt(Number(merged.detail['checkedMs']) / 1000)} s`,
    ],
  ]);
  console.log(`\n  load average while measuring: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (seconds are wall time; CPU s is this process's user+system time)`);
  const ok = exported.seconds < 30 && merged.seconds < 60 && updated === edited;
  if (updated !== edited) console.log(`\n  merge took ${updated} changes, the colleague made ${edited}`);
  return ok ? 0 : 1;
}
