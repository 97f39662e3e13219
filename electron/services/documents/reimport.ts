/**
 * documents:reimport — a new version of a document's file (a corrected article, the same
 * PDF read better) replaces its text. The file is read by the same importers as an import
 * (sniffed format, the same limits), parsed outside any transaction, then written in one:
 * new bytes kept beside the old, the text replaced, annotations and claims re-anchored,
 * search and near-duplicates updated.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { HandlerContext } from '../handler-context.ts';
import { readDocumentText } from '../annotations/document-text.ts';
import { IMPORT_LIMITS, formatSize } from '../import/import-limits.ts';
import { reasonOf } from '../import/import-problem.ts';
import { IMPORTERS } from '../import/importer-registry.ts';
import { sniff } from '../import/sniff.ts';
import { replaceDocumentText } from './replace-text.ts';

function readNewVersion(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ApiError('invalid_input', `${path} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('not_found', `There is no file at ${path}.`);
  }
  if (size === 0) throw new ApiError('invalid_input', `${basename(path)} is empty (0 bytes).`);
  if (size > IMPORT_LIMITS.fileBytes) throw new ApiError('invalid_input', `${basename(path)} is ${formatSize(size)}; Sightline reads files up to ${formatSize(IMPORT_LIMITS.fileBytes)}.`);
  return readFileSync(path);
}

export async function reimportDocument(ctx: HandlerContext, input: ParsedInput<'documents:reimport'>): Promise<MethodOutput<'documents:reimport'>> {
  const db = ctx.session.requireWritable();
  const current = readDocumentText(db, input.documentId);
  const path = resolve(input.path);
  const fileName = basename(path);
  const result = await ctx.jobs.run(
    { jobId: input.jobId, kind: 'documents-reimport', label: `Replacing "${current.title}" with ${fileName}`, total: 2 },
    (progress) => ctx.emit('job:progress', progress),
    async (job) => {
      job.update({ current: fileName, message: 'Reading the new version…' });
      const bytes = readNewVersion(path);
      const sniffed = sniff(bytes, fileName);
      if (sniffed.kind === 'unsupported') throw new ApiError('unsupported', `${fileName}: ${sniffed.reason}.`);
      if (sniffed.kind === 'zip') throw new ApiError('unsupported', `${fileName} is an archive; choose the one file that replaces "${current.title}".`);
      let parsed;
      try {
        parsed = await IMPORTERS[sniffed.kind]({ label: path, fileName, bytes, depth: 0 }, { signal: job.signal });
      } catch (error) {
        job.throwIfCancelled();
        throw new ApiError('invalid_input', `${fileName} could not be read: ${reasonOf(error)}.`);
      }
      if (parsed.text.trim() === '') throw new ApiError('invalid_input', `No readable text was found in ${fileName}; "${current.title}" is unchanged.`);
      if (parsed.text.length > IMPORT_LIMITS.textChars) throw new ApiError('invalid_input', `The text of ${fileName} is longer than ${IMPORT_LIMITS.textChars.toLocaleString('en')} characters.`);
      job.throwIfCancelled();
      job.update({ done: 1, message: 'Re-anchoring annotations and claims…' });
      const replaced = db.transaction(() =>
        replaceDocumentText(
          db,
          input.documentId,
          {
            bytes,
            mediaType: parsed.mediaType,
            format: parsed.format,
            fileName,
            text: parsed.text,
            pages: parsed.pages,
            metadata: { ...parsed.metadata, importedFrom: path },
          },
          ctx.actor(),
        ),
      )();
      job.update({ done: 2, message: null });
      return replaced;
    },
  );
  ctx.emit('case:changed', { tables: ['documents', 'annotations', 'claims', 'near_duplicates'] });
  return { documentId: input.documentId, ...result };
}
