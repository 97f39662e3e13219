/**
 * `sightline search CASE "query" [--json]`: full-text search over a case's documents.
 * Query syntax: words, "exact phrase", prefix*, OR, NOT word / -word, parentheses.
 */
import type { Command } from 'commander';
import type { MethodOutput } from '../../../../shared/contract/methods.ts';
import { cliPath, printJson, runCommand, usageError, type CliIo } from '../cli-runtime.ts';

type SearchResult = MethodOutput<'search:query'>;

/** Marks hits with ANSI bold on a terminal, with [brackets] elsewhere. */
function mark(text: string, offset: number, ranges: { start: number; end: number }[], tty: boolean): string {
  let out = '';
  let at = 0;
  for (const range of ranges) {
    const start = range.start - offset;
    const end = range.end - offset;
    if (start < at || end > text.length) continue;
    out += text.slice(at, start) + (tty ? `\x1b[1m${text.slice(start, end)}\x1b[22m` : `[${text.slice(start, end)}]`);
    at = end;
  }
  return (out + text.slice(at)).replace(/\s+/g, ' ').trim();
}

export function formatSearchResult(result: SearchResult, tty: boolean): string {
  if (result.total === 0) return 'No documents match.';
  const lines = [`${result.total}${result.totalIsMinimum ? '+' : ''} ${result.total === 1 ? 'document matches' : 'documents match'}${result.order === 'imported' ? ' (most recently imported first)' : ''}:`];
  result.hits.forEach((hit, index) => {
    const where = [hit.sourceName, hit.published, hit.page !== null ? `p. ${hit.page}` : null].filter(Boolean).join(' · ');
    lines.push('', `${index + 1}. ${mark(hit.title, 0, hit.titleHighlights, tty)}${where ? `  (${where})` : ''}`);
    lines.push(`   ${hit.snippet.start > 0 ? '…' : ''}${mark(hit.snippet.text, hit.snippet.start, hit.snippet.highlights, tty)}`);
    lines.push(`   ${hit.documentId}`);
  });
  if (result.total > result.hits.length) lines.push('', `(${result.total - result.hits.length}${result.totalIsMinimum ? '+' : ''} more: use --limit)`);
  return lines.join('\n');
}

export function registerSearch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('search')
    .description("search a case's documents (words, \"phrases\", prefix*, OR, -exclude)")
    .argument('<case>', 'path of the case file')
    .argument('<query>', 'what to look for')
    .option('--json', 'print the result of the search:query API method as JSON')
    .option('-n, --limit <n>', 'how many hits to show (default 20, at most 200)')
    .option('--from <date>', 'only documents published on or after this date (2020, 2020-08, 2020-08-20)')
    .option('--to <date>', 'only documents published on or before this date')
    .option('--order <order>', 'relevance (default), newest, oldest or imported')
    .action(async (casePath: string, query: string, options: { json?: boolean; limit?: string; from?: string; to?: string; order?: string }) => {
      setExit(
        await runCommand(io, async (session) => {
          const limit = options.limit === undefined ? 20 : Number(options.limit);
          if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw usageError(`--limit must be a number from 1 to 200, not "${options.limit}".`);
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('search:query', {
            query,
            limit,
            ...(options.from ? { publishedFrom: options.from } : {}),
            ...(options.to ? { publishedTo: options.to } : {}),
            ...(options.order ? { order: options.order as 'relevance' } : {}),
          });
          if (options.json) printJson(io, result);
          else io.out(formatSearchResult(result, Boolean(process.stdout.isTTY)));
        }),
      );
    });
}
