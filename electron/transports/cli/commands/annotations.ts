/**
 * `sightline annotations …`: the annotations of a case from the command line.
 *
 *   sightline annotations list CASE [--document ID] [--tag NAME]… [--status S]… [--json]
 *   sightline annotations export CASE [--document ID] [--tag NAME]… --format jsonld|csv|md [--out FILE] [--force]
 *   sightline annotations import CASE FILE [--document ID] [--json]
 *
 * export prints to stdout unless --out names a file; import exits 1 when some annotations
 * were refused (the others were imported).
 */
import type { Command } from 'commander';
import type { AnchorStatus, Annotation } from '../../../../shared/contract/annotations.ts';
import { cliPath, EXIT_FAILURE, printJson, runCommand, usageError, type CliIo, type CliSession } from '../cli-runtime.ts';

const STATUSES: readonly AnchorStatus[] = ['anchored', 'moved', 'fuzzy', 'orphaned'];
const FORMATS = ['jsonld', 'csv', 'md'] as const;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Tag ids for tag names ("untagged" for annotations without a tag), refusing unknown names. */
async function tagIds(session: CliSession, names: string[]): Promise<string[] | undefined> {
  if (names.length === 0) return undefined;
  const { tags } = await session.invoke('tags:list', {});
  return names.map((name) => {
    if (name.toLowerCase() === 'untagged') return 'untagged';
    const tag = tags.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (!tag) throw usageError(`--tag: the case has no tag called "${name}"${tags.length ? ` (tags: ${tags.map((t) => t.name).join(', ')})` : ''}.`);
    return tag.id;
  });
}

function statuses(values: string[]): AnchorStatus[] | undefined {
  for (const value of values) if (!(STATUSES as readonly string[]).includes(value)) throw usageError(`--status must be one of ${STATUSES.join(', ')}.`);
  return values.length > 0 ? (values as AnchorStatus[]) : undefined;
}

export function formatAnnotation(a: Annotation): string {
  const quote = a.exact.replace(/\s+/g, ' ');
  const status = a.anchorStatus === 'anchored' ? '' : ` [${a.anchorStatus}]`;
  const tags = a.tags.length > 0 ? ` #${a.tags.map((t) => t.name).join(' #')}` : '';
  const where = `${a.documentTitle}${a.page !== null ? `, p. ${a.page}` : ''}`;
  const note = a.note ? `\n    note: ${a.note.replace(/\s+/g, ' ')}` : '';
  return `${a.id}  ${a.kind}${status}${tags}\n    "${quote.length > 120 ? quote.slice(0, 117) + '…' : quote}" — ${where} · ${a.createdBy}${note}`;
}

export function registerAnnotations(program: Command, io: CliIo, setExit: (code: number) => void): void {
  const group = program.command('annotations').description('list, export and import the annotations of a case');

  group
    .command('list')
    .description('list annotations (all, or of one document), filtered by tag and anchor status')
    .argument('<case>', 'path of the case file')
    .option('--document <id>', 'only this document')
    .option('--tag <name>', 'only annotations with this tag ("untagged" for none); repeatable', collect, [])
    .option('--status <status>', `only this anchor status (${STATUSES.join(', ')}); repeatable`, collect, [])
    .option('--json', 'print the output of the annotations:list API method')
    .action(async (casePath: string, options: { document?: string; tag: string[]; status: string[]; json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const ids = await tagIds(session, options.tag);
          const anchorStatuses = statuses(options.status);
          const page = await session.invoke('annotations:list', {
            limit: 10_000,
            ...(options.document ? { documentId: options.document } : {}),
            ...(ids ? { tagIds: ids } : {}),
            ...(anchorStatuses ? { anchorStatuses } : {}),
          });
          if (options.json) return printJson(io, page);
          page.items.forEach((a) => io.out(formatAnnotation(a)));
          io.out(`${page.total} annotation${page.total === 1 ? '' : 's'}${page.needsReview ? `; ${page.needsReview} to review (fuzzy or orphaned)` : ''}`);
        }),
      );
    });

  group
    .command('export')
    .description('export annotations as W3C Web Annotation JSON-LD, or the tag report as CSV or Markdown')
    .argument('<case>', 'path of the case file')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .option('--document <id>', 'only this document')
    .option('--tag <name>', 'only annotations with this tag; repeatable', collect, [])
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--force', 'overwrite --out if it exists')
    .action(async (casePath: string, options: { format: string; document?: string; tag: string[]; out?: string; force?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          if (!(FORMATS as readonly string[]).includes(options.format)) throw usageError(`--format must be one of ${FORMATS.join(', ')}.`);
          await session.invoke('case:open', { path: cliPath(casePath) });
          const ids = await tagIds(session, options.tag);
          const result = await session.invoke('annotations:export', {
            format: options.format as (typeof FORMATS)[number],
            ...(options.document ? { documentId: options.document } : {}),
            ...(ids ? { tagIds: ids } : {}),
            ...(options.out ? { path: cliPath(options.out), overwrite: Boolean(options.force) } : {}),
          });
          if (result.content !== null) io.out(result.content);
          else io.err(`Exported ${result.count} annotation${result.count === 1 ? '' : 's'} to ${result.path}`);
        }),
      );
    });

  group
    .command('import')
    .description('import W3C Web Annotation JSON-LD (from Sightline, Hypothesis and other tools)')
    .argument('<case>', 'path of the case file')
    .argument('<file>', 'the JSON-LD file')
    .option('--document <id>', 'put every annotation on this document (else matched by IRI or SHA-256)')
    .option('--json', 'print the output of the annotations:import API method')
    .action(async (casePath: string, file: string, options: { document?: string; json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('annotations:import', { path: cliPath(file), ...(options.document ? { documentId: options.document } : {}) });
          if (options.json) printJson(io, result);
          else {
            const a = result.anchors;
            io.out(
              `Imported ${result.imported} annotation${result.imported === 1 ? '' : 's'} (${a.anchored} anchored, ${a.moved} moved, ${a.fuzzy} to review, ${a.orphaned} not found)` +
                `${result.skipped ? `; ${result.skipped} already present` : ''}${result.tagsCreated.length ? `; new tags: ${result.tagsCreated.join(', ')}` : ''}.`,
            );
            result.problems.forEach((p) => io.err(`sightline: ${p.message}`));
          }
          return result.problems.length > 0 ? EXIT_FAILURE : undefined;
        }),
      );
    });
}
