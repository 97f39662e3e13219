/**
 * `sightline merge CASE OTHER.sightline [--json] [--password [--password-file FILE]]`:
 * merges a colleague's export into the case, all or nothing. `--json` prints exactly
 * {"added": {...per table}, "updated": {...}, "conflicts": [...], "unchanged": N}.
 */
import type { Command } from 'commander';
import type { MergeReport } from '../../../../shared/contract/share.ts';
import { cliPath, printJson, runCommand, type CliIo } from '../cli-runtime.ts';
import { readPassword } from '../password.ts';


export function formatMerge(report: MergeReport): string[] {
  const per = (counts: Record<string, number>): string =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${n} ${t.replace(/_/g, ' ')}`)
      .join(', ') || 'nothing';
  const lines = [
    `Merged the export of ${report.exportedBy} (${report.exportedAt}) in ${(report.elapsedMs / 1000).toFixed(1)} s.`,
    `  added: ${per(report.added)}`,
    `  updated: ${per(report.updated)}`,
    `  unchanged: ${report.unchanged}`,
  ];
  if (report.conflicts.length > 0) {
    lines.push(`  ${report.conflicts.length} conflict${report.conflicts.length === 1 ? '' : 's'} (both changed; your version kept until you resolve them in the app):`);
    for (const c of report.conflicts.slice(0, 20)) {
      lines.push(`    ${c.table} ${c.recordId}: ${c.fields.join(', ')} (you ${c.mine.at}, ${c.theirs.by} ${c.theirs.at})`);
    }
  }
  return lines;
}

export function registerMerge(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('merge')
    .description("merge a colleague's .sightline export into a case (all or nothing)")
    .argument('<case>', 'path of the case file')
    .argument('<other>', "the colleague's .sightline file")
    .option('--password', 'the file is password-protected (password from --password-file, SIGHTLINE_PASSWORD, or asked)')
    .option('--password-file <file>', 'read the password from the first line of this file')
    .option('--json', 'print {"added", "updated", "conflicts", "unchanged"} as JSON')
    .action(async (casePath: string, other: string, options: { password?: boolean; passwordFile?: string; json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          const password = await readPassword(options, 'Password of the file to merge: ');
          await session.invoke('case:open', { path: cliPath(casePath) });
          const report = await session.invoke('share:merge', { path: cliPath(other), ...(password !== undefined ? { password } : {}) });
          if (options.json) printJson(io, { added: report.added, updated: report.updated, conflicts: report.conflicts, unchanged: report.unchanged });
          else formatMerge(report).forEach((line) => io.out(line));
        }),
      );
    });
}
