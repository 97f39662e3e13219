/**
 * `sightline extract FILE [--published YYYY-MM-DD] [--json]`: the claims of one file,
 * without a case (API method extract:file: .txt/.md as they are, HTML, PDF, Word and
 * e-mail through their importer). `--json` prints the shape of issue 4 exactly.
 */
import type { Command } from 'commander';
import type { ExtractTextOutput } from '../../../../shared/contract/extract.ts';
import { cliPath, printJson, runCommand, usageError, type CliIo } from '../cli-runtime.ts';

function figure(q: NonNullable<ExtractTextOutput['claims'][number]['quantity']>): string {
  const n = (v: number | null): string => (v === null ? '?' : v.toLocaleString('en'));
  const amount =
    q.qualifier === 'range'
      ? `${n(q.min)}–${n(q.max)}`
      : q.qualifier === 'vague'
        ? `≥${n(q.min)} (vague)`
        : `${{ exact: '', more_than: '>', at_least: '≥', fewer_than: '<', at_most: '≤', about: '~' }[q.qualifier] ?? ''}${n(q.value)}`;
  return `${amount} ${q.unit ?? ''}`.trim();
}

/** A readable table: one line per claim. */
export function formatClaims(out: ExtractTextOutput): string {
  const rows = out.claims.map((c) => [
    c.quantity ? figure(c.quantity) : '(event)',
    c.when ? (c.when.start === c.when.end ? c.when.start : `${c.when.start}…${c.when.end}`) : '',
    c.places.map((p) => p.name).join(', '),
    c.source ? c.source.name + (c.source.via.length ? ` (via ${c.source.via.join(', ')})` : '') : '',
    [c.subject, c.eventType].filter(Boolean).join(' · '),
  ]);
  const header = ['claim', 'when', 'where', 'according to', 'subject · type'];
  const widths = header.map((h, i) => Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const cut = (s: string, w: number): string => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
  const lines = [
    `${out.document.title}${out.document.published ? ` (published ${out.document.published})` : ''}`,
    `${out.claims.length} claims, ${out.places.length} places`,
    '',
    header.map((h, i) => cut(h, widths[i]!)).join('  ').trimEnd(),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((r) => r.map((c, i) => cut(c, widths[i]!)).join('  ').trimEnd()),
  ];
  return lines.join('\n');
}

export function registerExtract(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description('extract the claims of a file (no case needed)')
    .argument('<file>', 'a .txt or .md file (read as it is), or HTML, PDF, Word or e-mail (read by its importer)')
    .option('--published <date>', 'publication date (YYYY-MM-DD): what "on Tuesday" or "last week" resolve against')
    .option('--json', 'print JSON: {document, claims, places}')
    .action(async (file: string, options: { published?: string; json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
            throw usageError(`--published must be a date like 2020-08-20, not "${options.published}".`);
          }
          const out = await session.invoke('extract:file', { path: cliPath(file), published: options.published ?? null });
          if (options.json) printJson(io, out);
          else io.out(formatClaims(out));
        }),
      );
    });
}
