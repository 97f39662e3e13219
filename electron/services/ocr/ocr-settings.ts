/**
 * The case's OCR language set (case_meta `ocr_languages`, logged like the case's title): what
 * every import of the case reads scans with. Unset, each document's set is guessed from the
 * script of its first page.
 */
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { OCR_LANGUAGES, parseOcrLanguages } from '../../../shared/domain/ocr-languages.ts';
import { statement, type ReadableDb } from '../casefile/case-db.ts';
import { writeMeta } from '../casefile/case-meta.ts';
import type { HandlerContext } from '../handler-context.ts';

export function caseOcrLanguages(db: ReadableDb): string | null {
  const row = statement(db, "SELECT value FROM case_meta WHERE key = 'ocr_languages'").get() as { value: string } | undefined;
  return row?.value ? row.value : null;
}

export function ocrLanguagesInfo(ctx: HandlerContext): MethodOutput<'ocr:languages'> {
  return {
    languages: OCR_LANGUAGES.map(({ code, name }) => ({ code, name })),
    caseDefault: caseOcrLanguages(ctx.session.requireCase().db),
  };
}

export function setCaseOcrLanguages(ctx: HandlerContext, input: ParsedInput<'ocr:setCaseDefault'>): MethodOutput<'ocr:setCaseDefault'> {
  const db = ctx.session.requireWritable();
  let value = '';
  if (input.languages !== null) {
    const parsed = parseOcrLanguages(input.languages);
    if ('error' in parsed) throw new ApiError('invalid_input', `${parsed.error[0]!.toUpperCase()}${parsed.error.slice(1)}.`);
    value = parsed.codes.join('+');
  }
  db.transaction(() => writeMeta(db, 'ocr_languages', value, ctx.actor()))();
  return { caseDefault: value || null };
}
