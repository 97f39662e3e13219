/**
 * `sightline verify CASE [--json]`: schema, foreign keys, SQLite integrity, the full-text
 * index and every document's SHA-256. Exit code 1 when any check fails.
 */
import type { Command } from 'commander';
import type { VerifyReport } from '../../../../shared/contract/share.ts';
import { cliPath, EXIT_FAILURE, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

export function formatVerify(report: VerifyReport): string[] {
  const lines = [`${report.ok ? 'OK' : 'PROBLEMS'}: ${report.path} (${(report.elapsedMs / 1000).toFixed(1)} s)`];
  for (const check of report.checks) {
    lines.push(`  ${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}`);
    for (const problem of check.problems) lines.push(`          ${problem}`);
  }
  return lines;
}

export function registerVerify(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('verify')
    .description("check a case's schema, references, integrity, search index and document hashes")
    .argument('<case>', 'path of the case file')
    .option('--json', 'print the report as JSON')
    .action(async (casePath: string, options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          const report = await session.invoke('share:verify', { path: cliPath(casePath) });
          if (options.json) printJson(io, report);
          else formatVerify(report).forEach((line) => io.out(line));
          return report.ok ? undefined : EXIT_FAILURE;
        }),
      );
    });
}
