/**
 * extract:file — the claims of one file on disk, without a case. Plain text and Markdown
 * are read as they are (so spans are offsets into the file's own text); other formats
 * (HTML, PDF, Word, e-mail) go through the importer of their format first, exactly as an
 * import would read them.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { ExtractTextOutput } from '../../../shared/contract/extract.ts';
import { gazetteerAt } from '../gazetteer/gazetteer.ts';
import type { HandlerContext } from '../handler-context.ts';
import { IMPORT_LIMITS, formatSize } from '../import/import-limits.ts';
import { reasonOf } from '../import/import-problem.ts';
import { IMPORTERS } from '../import/importer-registry.ts';
import { sniff } from '../import/sniff.ts';
import { extractorFor } from './extract-document.ts';
import { toJson } from './extract-service.ts';

const PLAIN = new Set(['.txt', '.text', '.md', '.markdown']);

export async function extractFile(ctx: HandlerContext, input: { path: string; published?: string | null | undefined }): Promise<ExtractTextOutput> {
  const name = basename(input.path);
  let size: number;
  try {
    const stat = statSync(input.path);
    if (!stat.isFile()) throw new ApiError('invalid_input', `${name} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError('not_found', `${input.path}: no such file.`);
  }
  if (size > IMPORT_LIMITS.fileBytes) throw new ApiError('unsupported', `${name} is larger than ${formatSize(IMPORT_LIMITS.fileBytes)}.`);
  const bytes = readFileSync(input.path);
  let text: string;
  let title: string | null = null;
  let published = input.published ?? null;
  let language: string | null = null;
  if (PLAIN.has(extname(name).toLowerCase())) {
    text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  } else {
    const sniffed = sniff(bytes, name, null);
    if (sniffed.kind === 'unsupported') throw new ApiError('unsupported', `${name}: ${sniffed.reason}.`);
    if (sniffed.kind === 'zip') throw new ApiError('unsupported', `${name} is an archive: import it into a case to extract the claims of its documents.`);
    try {
      const parsed = await IMPORTERS[sniffed.kind]({ label: input.path, fileName: name, bytes, depth: 0 }, { signal: new AbortController().signal });
      text = parsed.text;
      title = parsed.title;
      published ??= parsed.published ?? null;
      language = parsed.language ?? null;
    } catch (error) {
      throw new ApiError('unsupported', `${name} could not be read: ${reasonOf(error)}.`);
    }
  }
  const doc = extractorFor(gazetteerAt(ctx.env.resourcesDir), language).extract({ text, title, published: published ? published.slice(0, 10) : null, language });
  return toJson(doc);
}
