/**
 * `sightline export CASE OUT.sightline [--exclude-notes] [--exclude-documents ID...]
 * [--only-tags TAG...] [--password [--password-file FILE]] [--json]`: writes a snapshot of
 * the case for a colleague and says what it left out.
 */
import type { Command } from 'commander';
import type { ExportResult } from '../../../../shared/contract/share.ts';
import { cliPath, formatBytes, printJson, runCommand, type CliIo } from '../cli-runtime.ts';
import { readPassword } from '../password.ts';

export function formatExport(result: ExportResult): string[] {
  const c = result.counts;
  const lines = [
    `Exported ${c['documents'] ?? 0} documents, ${c['claims'] ?? 0} claims, ${c['annotations'] ?? 0} annotations and ${c['changes'] ?? 0} changes ` +
      `to ${result.path} (${formatBytes(result.bytes)}${result.encrypted ? ', password-protected' : ''}) in ${(result.elapsedMs / 1000).toFixed(1)} s.`,
    `  snapshot SHA-256 ${result.snapshotSha256}`,
  ];
  const l = result.leftOut;
  if (l.reasons.length > 0) {
    lines.push(`  left out: ${l.reasons.join('; ')}`);
    lines.push(`    ${l.documents} documents, ${l.claims} claims, ${l.annotations} annotations, ${l.tags} tags, ${l.changes} change-log entries`);
  }
  return lines;
}

export function registerExport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('export')
    .description('export a case to a .sightline file for a colleague (a consistent snapshot, with a manifest)')
    .argument('<case>', 'path of the case file')
    .argument('<out>', 'the .sightline file to write')
    .option('--exclude-notes', 'leave out private notes (note annotations and note fields)')
    .option('--exclude-documents <ids...>', 'leave out these documents (and their claims and annotations)')
    .option('--only-tags <tags...>', 'keep only claims and annotations with these tags (names or ids), and their documents')
    .option('--password', 'protect the file with a password (from --password-file, SIGHTLINE_PASSWORD, or asked)')
    .option('--password-file <file>', 'read the password from the first line of this file')
    .option('--json', 'print the export report as JSON')
    .action(
      async (
        casePath: string,
        out: string,
        options: { excludeNotes?: boolean; excludeDocuments?: string[]; onlyTags?: string[]; password?: boolean; passwordFile?: string; json?: boolean },
      ) => {
        setExit(
          await runCommand(io, async (session) => {
            const password = await readPassword(options, 'Password for the export: ');
            await session.invoke('case:open', { path: cliPath(casePath) });
            const result = await session.invoke('share:export', {
              path: cliPath(out),
              excludeNotes: options.excludeNotes ?? false,
              excludeDocuments: options.excludeDocuments ?? [],
              onlyTags: options.onlyTags ?? [],
              ...(password !== undefined ? { password } : {}),
            });
            if (options.json) printJson(io, result);
            else formatExport(result).forEach((line) => io.out(line));
          }),
        );
      },
    );
}
