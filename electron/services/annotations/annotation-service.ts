/**
 * The annotations:* methods: the open case, the analyst's name, the events
 * that refresh open views, and files for export and import, around the stores.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import { readMeta } from '../casefile/case-meta.ts';
import type { HandlerContext } from '../handler-context.ts';
import { listTags } from '../tags/codebook.ts';
import { listAnnotations } from './annotation-queries.ts';
import { gazetteerAt } from '../gazetteer/gazetteer.ts';
import { extractClaimForSpan } from '../extract/span-claim.ts';
import { createAnnotation, createClaimFromSpan, deleteAnnotations, restoreAnnotations, updateAnnotation } from './annotation-store.ts';
import { readDocumentText } from './document-text.ts';
import { reanchorDocument } from './reanchor.ts';
import { tagReportCsv, tagReportMarkdown, tagReportRows } from './tag-report.ts';
import { exportW3c } from './w3c-export.ts';
import { importW3c } from './w3c-import.ts';

function changed(ctx: HandlerContext, ...tables: string[]): void {
  ctx.emit('case:changed', { tables });
}

export function listAnnotationsFor(ctx: HandlerContext, input: ParsedInput<'annotations:list'>): MethodOutput<'annotations:list'> {
  const { offset, limit, ...filter } = input;
  return listAnnotations(ctx.session.requireCase().db, filter, offset, limit);
}

export function createAnnotationFor(ctx: HandlerContext, input: ParsedInput<'annotations:create'>): MethodOutput<'annotations:create'> {
  const annotation = createAnnotation(ctx.session.requireWritable(), input, ctx.actor());
  changed(ctx, 'annotations');
  return annotation;
}

export function updateAnnotationFor(ctx: HandlerContext, input: ParsedInput<'annotations:update'>): MethodOutput<'annotations:update'> {
  const annotation = updateAnnotation(ctx.session.requireWritable(), input, ctx.actor());
  changed(ctx, 'annotations');
  return annotation;
}

export function deleteAnnotationsFor(ctx: HandlerContext, input: ParsedInput<'annotations:delete'>): MethodOutput<'annotations:delete'> {
  const result = deleteAnnotations(ctx.session.requireWritable(), input.ids, input.withClaims, ctx.actor());
  changed(ctx, 'annotations', ...(result.claimsDeleted.length > 0 ? ['claims'] : []));
  return result;
}

export function restoreAnnotationsFor(ctx: HandlerContext, input: ParsedInput<'annotations:restore'>): MethodOutput<'annotations:restore'> {
  const result = restoreAnnotations(ctx.session.requireWritable(), input.ids, input.claimIds, ctx.actor());
  changed(ctx, 'annotations', ...(result.claimsRestored.length > 0 ? ['claims'] : []));
  return result;
}

export function createClaimFor(ctx: HandlerContext, input: ParsedInput<'annotations:createClaim'>): MethodOutput<'annotations:createClaim'> {
  const gazetteer = gazetteerAt(ctx.env.resourcesDir);
  const actor = ctx.actor();
  const result = createClaimFromSpan(ctx.session.requireWritable(), input, actor, (db, documentId, start, end) =>
    extractClaimForSpan(db, documentId, start, end, gazetteer, actor),
  );
  changed(ctx, 'annotations', 'claims');
  return result;
}

export function reanchorFor(ctx: HandlerContext, input: ParsedInput<'annotations:reanchor'>): MethodOutput<'annotations:reanchor'> {
  const db = ctx.session.requireWritable();
  const report = db.transaction(() => reanchorDocument(db, input.documentId, ctx.actor()))();
  changed(ctx, 'annotations');
  return report;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'case'
  );
}

const FORMATS = {
  jsonld: { mediaType: 'application/ld+json', extension: 'jsonld', prefix: 'annotations' },
  csv: { mediaType: 'text/csv', extension: 'csv', prefix: 'tag-report' },
  md: { mediaType: 'text/markdown', extension: 'md', prefix: 'tag-report' },
} as const;

export function exportAnnotationsFor(ctx: HandlerContext, input: ParsedInput<'annotations:export'>): MethodOutput<'annotations:export'> {
  const db = ctx.session.requireCase().db;
  const { format, path, overwrite, ...filter } = input;
  const meta = readMeta(db);
  const scopeTitle = filter.documentId !== undefined ? readDocumentText(db, filter.documentId).title : meta.title;
  const annotations: MethodOutput<'annotations:list'>['items'] = [];
  for (let offset = 0; ; offset += 10_000) {
    const page = listAnnotations(db, filter, offset, 10_000);
    annotations.push(...page.items);
    if (annotations.length >= page.total || page.items.length === 0) break;
  }
  const generated = new Date().toISOString();
  let content: string;
  if (format === 'jsonld') {
    content = exportW3c(db, annotations, { caseId: meta.id, label: `Annotations of ${scopeTitle}`, generated });
  } else {
    const rows = tagReportRows(annotations, listTags(db));
    content =
      format === 'csv'
        ? tagReportCsv(rows)
        : tagReportMarkdown(rows, { title: meta.title, generated: generated.slice(0, 16).replace('T', ' ') + ' UTC', scope: filter.documentId !== undefined ? scopeTitle : 'All documents' });
  }
  const spec = FORMATS[format];
  const fileName = `${spec.prefix}-${slug(scopeTitle)}.${spec.extension}`;
  if (path === undefined) return { count: annotations.length, path: null, content, mediaType: spec.mediaType, fileName };
  const target = resolve(path);
  try {
    writeFileSync(target, content, { encoding: 'utf8', flag: overwrite ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiError('conflict', `${target} already exists; choose another name or allow overwriting.`);
    throw new ApiError('io', `Could not write ${target}: ${(error as Error).message}`);
  }
  return { count: annotations.length, path: target, content: null, mediaType: spec.mediaType, fileName: basename(target) };
}

export async function importAnnotationsFor(ctx: HandlerContext, input: ParsedInput<'annotations:import'>): Promise<MethodOutput<'annotations:import'>> {
  const db = ctx.session.requireWritable();
  let content = input.content;
  let label = 'pasted JSON-LD';
  if (input.path !== undefined) {
    const target = resolve(input.path);
    label = basename(target);
    try {
      content = readFileSync(target, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new ApiError(code === 'ENOENT' ? 'not_found' : 'io', code === 'ENOENT' ? `There is no file at ${target}.` : `Could not read ${target}: ${(error as Error).message}`);
    }
  }
  const result = await ctx.jobs.run(
    { jobId: input.jobId, kind: 'annotations-import', label: `Importing annotations from ${label}` },
    (progress) => ctx.emit('job:progress', progress),
    async (job) =>
      importW3c(db, content!, ctx.actor(), {
        documentId: input.documentId,
        label,
        onProgress: ({ done, total }) => job.update({ done, total }),
        checkCancelled: () => job.throwIfCancelled(),
      }),
  );
  if (result.imported > 0 || result.tagsCreated.length > 0) changed(ctx, 'annotations', 'tags');
  return result;
}
