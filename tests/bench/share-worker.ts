/**
 * One sharing operation in its own process, so the benchmark measures its real peak memory
 * (maxRSS of this process): `export CASE OUT` or `merge CASE FILE`. Prints one JSON line.
 */
import { exportCase } from '../../electron/services/share/export-case.ts';
import { openIncoming } from '../../electron/services/share/incoming.ts';
import { mergeIncoming } from '../../electron/services/share/merge-case.ts';
import { openCase } from '../../electron/services/casefile/open-case.ts';

const [op, casePath, file] = process.argv.slice(2);
const started = performance.now();
let detail: unknown;
if (op === 'export') {
  const result = exportCase({ casePath: casePath!, outPath: file!, exporter: 'bench', appVersion: 'bench', excludeNotes: false, excludeDocuments: [], onlyTags: [] });
  detail = { bytes: result.bytes };
} else if (op === 'merge') {
  const open = openCase(casePath!);
  const incoming = await openIncoming(file!, undefined);
  const checkedMs = performance.now() - started;
  try {
    const report = mergeIncoming({ db: open.writable!, incoming, actor: 'bench' });
    detail = { checkedMs, added: report.added, updated: report.updated, conflicts: report.conflicts.length, unchanged: report.unchanged };
  } finally {
    incoming.cleanup();
    open.close();
  }
} else {
  throw new Error(`unknown operation ${String(op)}`);
}
process.stdout.write(
  JSON.stringify({
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    detail,
  }) + '\n',
);
