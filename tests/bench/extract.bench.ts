/**
 * `npm run bench -- extract [--mb N]`: extraction throughput in MB of text per CPU-second
 * (one core: the extractor is single-threaded), on the English evaluation texts repeated
 * to N MB (default 4), beside the off-the-shelf baseline measured in the same run (LIMITS.md
 * reports 0.03–0.13 MB/s for such scripts), the gazetteer's cold load, and the rate of
 * extracting and storing claims into a real case file.
 */
import { join } from 'node:path';
import { statement } from '../../electron/services/casefile/case-db.ts';
import { storeDocument } from '../../electron/services/documents/store-document.ts';
import { extractorFor } from '../../electron/services/extract/extract-document.ts';
import { extractDocumentClaims } from '../../electron/services/extract/store-claims.ts';
import { Gazetteer } from '../../electron/services/gazetteer/gazetteer.ts';
import { baselineExtract } from '../eval/baseline.ts';
import { englishSet } from '../eval/eval-set.ts';
import { rmSync } from 'node:fs';
import { newId } from '../../shared/domain/ids.ts';
import { createCase } from '../../electron/services/casefile/open-case.ts';
import { benchDir, fmt, printTable } from './bench-helpers.ts';

const ACTOR = 'bench';

function cpuSeconds<T>(work: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1e6];
}

export async function run(args: string[]): Promise<number> {
  const mbIndex = args.indexOf('--mb');
  const targetMb = mbIndex >= 0 ? Number(args[mbIndex + 1]) : 4;
  const root = new URL('../../', import.meta.url).pathname;
  const set = englishSet();
  const texts = set.documents.map((d) => ({ text: d.text, published: d.published }));

  const gazetteer = new Gazetteer(join(root, 'resources', 'gazetteer'));
  const [, loadCpu] = cpuSeconds(() => {
    gazetteer.lookup('Idlib');
    gazetteer.lookupLoose('Saraqeb');
  });
  const extractor = extractorFor(gazetteer, 'en');
  for (const t of texts) extractor.extract(t); // warm-up (JIT, caches of spellings)

  let bytes = 0;
  let claims = 0;
  const [, ours] = cpuSeconds(() => {
    while (bytes < targetMb * 1024 * 1024) {
      for (const t of texts) {
        claims += extractor.extract(t).claims.length;
        bytes += Buffer.byteLength(t.text, 'utf8');
      }
    }
  });
  let baselineBytes = 0;
  const [, theirs] = cpuSeconds(() => {
    while (baselineBytes < 192 * 1024) {
      for (const t of texts) {
        baselineExtract(t.text, t.published, gazetteer);
        baselineBytes += Buffer.byteLength(t.text, 'utf8');
      }
    }
  });

  // Into a case: one transaction per document (as import does), claims, sources and places written through the record store.
  const path = join(benchDir('extract'), `claims-${newId().slice(-8)}.sightline`);
  const open = createCase(path, { id: newId(), title: 'extract bench', actor: ACTOR, at: new Date().toISOString() });
  const c = { db: open.writable! };
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) {
    const text = texts[i % texts.length]!.text + `\n\nReport ${i}.`;
    ids.push(c.db.transaction(() => storeDocument(c.db, { bytes: Buffer.from(text), mediaType: 'text/plain', format: 'text', fileName: `d${i}.txt`, title: `d${i}`, text, published: texts[i % texts.length]!.published }, ACTOR).id)());
  }
  const start = performance.now();
  for (const id of ids) c.db.transaction(() => extractDocumentClaims(c.db, id, gazetteer, ACTOR))();
  const storeSeconds = (performance.now() - start) / 1000;
  const stored = (statement(c.db, 'SELECT count(*) AS n FROM claims').get() as { n: number }).n;
  open.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });

  printTable('Claim extraction (English, one core)', [
    ['measure', 'value'],
    ['text extracted', `${fmt(bytes / 1024 / 1024)} MB, ${claims} claims`],
    ['Sightline throughput', `${fmt(bytes / 1024 / 1024 / ours, 2)} MB per CPU-second (goal ≥ 1)`],
    ['baseline (compromise + chrono-node + rules), same run', `${fmt(baselineBytes / 1024 / 1024 / theirs, 2)} MB per CPU-second (LIMITS.md: 0.03–0.13)`],
    ['gazetteer cold load (first look-ups)', `${fmt(loadCpu * 1000, 0)} ms CPU`],
    ['extract + store into a case, 200 documents', `${fmt(ids.length / storeSeconds, 0)} documents/s, ${stored} claims (wall clock)`],
  ]);
  return 0;
}
