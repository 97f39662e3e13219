/**
 * `sightline reocr CASE DOCUMENT_ID LANGUAGES [--json]`: read a scanned document again with
 * another OCR language set (eng, ara, ara+eng …) and re-anchor its annotations and claims
 * (API method documents:reocr). `--json` prints the method's output.
 */
import type { Command } from 'commander';
import { cliPath, printJson, runCommand, type CliIo } from '../cli-runtime.ts';
import { formatReanchorReport } from './reimport.ts';

export function registerReocr(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('reocr')
    .description('read a scanned document again with another OCR language set (eng, ara, ara+eng); re-anchors its annotations and claims')
    .argument('<case>', 'path of the case file')
    .argument('<document>', 'id of the scanned document')
    .argument('<languages>', 'language set, main language first: eng, ara, ara+eng')
    .option('--json', 'print the output of the documents:reocr API method')
    .action(async (casePath: string, documentId: string, languages: string, options: { json?: boolean }) => {
      setExit(
        await runCommand(io, async (session) => {
          await session.invoke('case:open', { path: cliPath(casePath) });
          const result = await session.invoke('documents:reocr', { documentId, languages });
          if (options.json) return printJson(io, result);
          io.out(result.textChanged ? `Read ${documentId} again with ${result.ocr.languages}.` : `Read again with ${result.ocr.languages}: the same text.`);
          io.out(`Confidence per page: ${result.ocr.pages.map((p) => `p. ${p.page} ${p.confidence ?? '–'}%`).join(', ')}`);
          formatReanchorReport(result.report).forEach((l) => io.out(l));
        }),
      );
    });
}
