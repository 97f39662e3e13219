/**
 * `sightline reimport CASE DOCUMENT_ID FILE [--json]`: replace a document with a new version
 * of its file and re-anchor its annotations and claims (API method documents:reimport).
 * Prints what moved, changed or could not be placed; `--json` prints the method's output.
 */
import type { Command } from 'commander';
import type { ReanchorReport } from '../../../../shared/contract/annotations.ts';
import { cliPath, printJson, runCommand, type CliIo } from '../cli-runtime.ts';

export function formatReanchorReport(report: ReanchorReport): string[] {
  const line = (what: string, n: ReanchorReport['annotations']): string | null => {
    const total = n.anchored + n.moved + n.fuzzy + n.orphaned;
    return total === 0 ? null : `${total} ${what}: ${n.anchored} in place, ${n.moved} moved, ${n.fuzzy} changed (to review), ${n.orphaned} not found`;
  };
  const lines = [line('annotations', report.annotations), line('claims', report.claims)].filter((l): l is string => l !== null);
  for (const item of report.changed) {
    const quote = (text: string) => `"${text.replace(/\s+/g, ' ').slice(0, 70)}"`;
    lines.push(`  ${item.status.padEnd(8)} ${item.table === 'claims' ? 'claim' : 'annotation'} ${quote(item.before)}${item.after !== null && item.after !== item.before ? ` → ${quote(item.after)}` : ''}`);
  }
  return lines;
}

export function registerReimport(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('reimport')
    .description("replace a document with a new version of its file; re-anchors its annotations and claims")
    .argument('<case>', 'path of the case file')
    .argument('<document>', 'id of the document to replace')
    .argument('<file>', 'the new version')
    .option('--json', 'print the output of the documents:reimport API method')
    .action(async (casePath: string, documentId: string, file: string, options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('documents:reimport', { documentId, path: cliPath(file) });
          if (options.json) return printJson(io, result);
          io.out(result.textChanged ? `Replaced the text of ${documentId}.` : `The new version has the same text; only the file was replaced.`);
          formatReanchorReport(result.report).forEach((l) => io.out(l));
        }),
      );
    });
}
