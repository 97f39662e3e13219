/**
 * `sightline import CASE PATH... [--json]`: imports files, folders and .zip archives into a
 * case. Progress goes to stderr when it is a terminal. `--json` prints exactly
 * {"imported": N, "duplicates": N, "nearDuplicates": [...], "failed": [{"file", "error"}]}.
 * Exit code 0 when every file was imported (or was a duplicate), 1 when some failed (the
 * others were imported), 2 for invalid usage.
 */
import type { Command } from 'commander';
import type { ImportReport } from '../../../../shared/contract/documents.ts';
import type { JobProgress } from '../../../../shared/contract/jobs.ts';
import { cliPath, EXIT_FAILURE, formatBytes, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

function progressLine(job: JobProgress): string {
  const share = job.bytesTotal ? ` ${Math.round(((job.bytesDone ?? 0) / job.bytesTotal) * 100)}%` : '';
  const eta = job.etaMs !== null && job.etaMs > 0 ? `, ${Math.ceil(job.etaMs / 1000)} s left` : '';
  const current = job.current ? `  ${job.current.length > 60 ? '…' + job.current.slice(-59) : job.current}` : '';
  return `\r\x1b[2K${job.done}${job.total !== null ? `/${job.total}` : ''} files${share}${eta}${current}`;
}

export function formatImportReport(report: ImportReport): { out: string[]; err: string[] } {
  const out = [
    `Imported ${report.imported} document${report.imported === 1 ? '' : 's'}` +
      `${report.duplicates ? `; ${report.duplicates} already in the case (not added again)` : ''}` +
      `${report.failed.length ? `; ${report.failed.length} failed` : ''}${report.cancelled ? '; cancelled' : ''}` +
      ` (read ${formatBytes(report.bytes)} in ${(report.elapsedMs / 1000).toFixed(1)} s).`,
  ];
  for (const near of report.nearDuplicates) {
    out.push(`  ${near.file}: ${Math.round(near.similarity * 100)}% the same text as "${near.similarTo.title}"${near.similarTo.sourceName ? ` (${near.similarTo.sourceName})` : ''}`);
  }
  const err = report.failed.map((f) => `sightline: ${f.file}: ${f.error}`);
  return { out, err };
}

export function registerImport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('import')
    .description('import documents (files, folders, .zip archives) into a case')
    .argument('<case>', 'path of the case file')
    .argument('<paths...>', 'files and folders to import')
    .option('--json', 'print {"imported", "duplicates", "nearDuplicates", "failed"} as JSON')
    .action(async (casePath: string, paths: string[], options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const showProgress = Boolean(process.stderr.isTTY);
          const off = session.onEvent((name, payload) => {
            if (showProgress && name === 'job:progress') process.stderr.write(progressLine(payload as JobProgress));
          });
          let report: ImportReport;
          try {
            report = await session.invoke('documents:import', { paths: paths.map(cliPath) });
          } finally {
            off();
            if (showProgress) process.stderr.write('\r\x1b[2K');
          }
          if (options.json) {
            printJson(io, { imported: report.imported, duplicates: report.duplicates, nearDuplicates: report.nearDuplicates, failed: report.failed });
          } else {
            const { out, err } = formatImportReport(report);
            out.forEach((line) => io.out(line));
            err.forEach((line) => io.err(line));
          }
          return report.failed.length > 0 ? EXIT_FAILURE : undefined;
        }),
      );
    });
}
