/** `sightline info CASE [--json]`: a case's metadata and record counts (API method case:info). */
import type { Command } from 'commander';
import type { CaseInfo } from '../../../../shared/contract/case.ts';
import { cliPath, formatBytes, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

export function formatCaseInfo(info: CaseInfo): string {
  const c = info.counts;
  const rows: [string, string][] = [
    ['file', `${info.path} (${formatBytes(info.sizeBytes)})`],
    ['id', info.id],
    ['created', `${info.createdAt} by ${info.createdBy}`],
    ['schema', String(info.schemaVersion)],
    ['documents', String(c.documents)],
    ['sources', String(c.sources)],
    ['claims', String(c.claims)],
    ['places', String(c.places)],
    ['observation points', String(c.observationPoints)],
    ['annotations', String(c.annotations)],
    ['tags', String(c.tags)],
    ['changes', String(c.changes)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [info.title, ...(info.description ? [info.description] : []), ''];
  for (const [key, value] of rows) lines.push(`  ${key.padEnd(width)}  ${value}`);
  return lines.join('\n');
}

export function registerInfo(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('info')
    .description("print a case's metadata and counts")
    .argument('<case>', 'path of the case file')
    .option('--json', 'print JSON (the output of the case:info API method)')
    .action(async (casePath: string, options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          const info = await session.invoke('case:info', { path: cliPath(casePath) });
          if (options.json) printJson(io, info);
          else io.out(formatCaseInfo(info));
        }),
      );
    });
}
