/**
 * documents:reocr — an OCRed document read again from its original file (the blob kept in
 * the case) with another language set. The new text replaces the old like a re-import
 * (replaceDocumentText): annotations and claims are re-anchored in the same transaction,
 * search and near-duplicates follow, and the change log records the replacement.
 */
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { ocrInfoOf } from '../../../shared/contract/ocr.ts';
import { parseOcrLanguages } from '../../../shared/domain/ocr-languages.ts';
import { statement } from '../casefile/case-db.ts';
import { readDocumentText } from '../annotations/document-text.ts';
import { replaceDocumentText } from '../documents/replace-text.ts';
import type { HandlerContext } from '../handler-context.ts';
import { reasonOf } from '../import/import-problem.ts';
import { IMPORTERS } from '../import/importer-registry.ts';
import { sniff } from '../import/sniff.ts';

export async function reocrDocument(ctx: HandlerContext, input: ParsedInput<'documents:reocr'>): Promise<MethodOutput<'documents:reocr'>> {
  const db = ctx.session.requireWritable();
  const current = readDocumentText(db, input.documentId);
  const parsedSet = parseOcrLanguages(input.languages);
  if ('error' in parsedSet) throw new ApiError('invalid_input', `${parsedSet.error[0]!.toUpperCase()}${parsedSet.error.slice(1)}.`);
  const languages = parsedSet.codes.join('+');
  const row = statement(db, 'SELECT metadata FROM documents WHERE id = ?').get(input.documentId) as { metadata: string };
  const oldMetadata = JSON.parse(row.metadata) as Record<string, unknown>;
  if (!ocrInfoOf(oldMetadata)) throw new ApiError('unsupported', `"${current.title}" was not read with OCR (it has a text layer); there is nothing to read again.`);
  const blob = current.blobSha256 ? (statement(db, 'SELECT bytes FROM blobs WHERE sha256 = ?').get(current.blobSha256) as { bytes: Buffer } | undefined) : undefined;
  if (!blob) throw new ApiError('not_found', `The original file of "${current.title}" is not in the case; import it again instead.`);
  const fileName = current.fileName ?? 'document';
  const sniffed = sniff(blob.bytes, fileName);
  if (sniffed.kind !== 'image' && sniffed.kind !== 'pdf') throw new ApiError('unsupported', `"${current.title}" is not a scan or an image.`);
  const kind = sniffed.kind;

  const result = await ctx.jobs.run(
    { jobId: input.jobId, kind: 'documents-reocr', label: `Reading "${current.title}" again (${languages})`, total: null },
    (progress) => ctx.emit('job:progress', progress),
    async (job) => {
      let parsed;
      try {
        parsed = await IMPORTERS[kind](
          { label: fileName, fileName, bytes: blob.bytes, depth: 0 },
          { signal: job.signal, ocr: { languages, onPage: (done, total) => job.update({ done, total, current: `OCR page ${done} of ${total}` }) } },
        );
      } catch (error) {
        job.throwIfCancelled();
        throw new ApiError('invalid_input', `"${current.title}" could not be read again: ${reasonOf(error)}.`);
      }
      job.throwIfCancelled();
      const ocr = ocrInfoOf(parsed.metadata);
      if (!ocr || parsed.text.trim() === '') throw new ApiError('invalid_input', `OCR with ${languages} found no text in "${current.title}"; it is unchanged.`);
      job.update({ message: 'Re-anchoring annotations and claims…' });
      const replaced = db.transaction(() =>
        replaceDocumentText(
          db,
          input.documentId,
          {
            bytes: blob.bytes,
            mediaType: parsed.mediaType,
            format: parsed.format,
            fileName: current.fileName,
            text: parsed.text,
            pages: parsed.pages,
            metadata: { ...oldMetadata, ...parsed.metadata },
          },
          ctx.actor(),
        ),
      )();
      return { ...replaced, ocr };
    },
  );
  ctx.emit('case:changed', { tables: ['documents', 'document_texts', 'annotations', 'claims', 'near_duplicates'] });
  return { documentId: input.documentId, ...result };
}
