/**
 * The handler table: one entry per contract method, each a thin call into a service.
 * Every transport (Electron IPC, the HTTP bridge, the CLI) dispatches through here, so
 * they cannot drift apart. The type says every method of the contract has a handler.
 */
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/methods.ts';
import {
  createAnnotationFor,
  createClaimFor,
  deleteAnnotationsFor,
  exportAnnotationsFor,
  importAnnotationsFor,
  listAnnotationsFor,
  reanchorFor,
  restoreAnnotationsFor,
  updateAnnotationFor,
} from './annotations/annotation-service.ts';
import { closeCase, createCaseFile, describeCase, openCaseFile, updateCase } from './casefile/case-service.ts';
import { LATEST_SCHEMA_VERSION } from './casefile/migrate.ts';
import { openSampleCase } from './casefile/sample-case.ts';
import { ensureDerivedIndexesIfWritable } from './documents/derived-indexes.ts';
import { deleteDocuments, restoreDocuments, updateDocument } from './documents/document-edits.ts';
import { documentFacets, getDocument, listDocuments } from './documents/document-queries.ts';
import { extractFile } from './extract/extract-file.ts';
import { extractDocuments, extractText } from './extract/extract-service.ts';
import { listFolder } from './files/list-folder.ts';
import type { HandlerContext } from './handler-context.ts';
import { importContent, importPaths } from './import/import-service.ts';
import { reimportDocument } from './documents/reimport.ts';
import { ocrLanguagesInfo, setCaseOcrLanguages } from './ocr/ocr-settings.ts';
import { reocrDocument } from './ocr/reocr.ts';
import { listTags } from './tags/codebook.ts';
import { createTagFor, deleteTagFor, restoreTagsFor, updateTagFor } from './tags/tag-service.ts';
import { compareHandlers } from './compare/compare-handlers.ts';
import { placeHandlers } from './places/place-handlers.ts';
import { claimHandlers } from './claims/claim-handlers.ts';
import { documentHighlights, searchDocuments } from './search/search-service.ts';
import { historyOfRecord, listHistory } from './history/history-queries.ts';
import { conflictsFor, exportFor, inspectFor, mergeFor, resolveFor, verifyFor } from './share/share-service.ts';

type Handler<M extends MethodName> = (input: ParsedInput<M>, ctx: HandlerContext) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type HandlerTable = { [M in MethodName]: Handler<M> };

function appInfo(ctx: HandlerContext): MethodOutput<'app:info'> {
  return {
    version: ctx.env.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    user: { name: ctx.actor() },
    caseOpen: ctx.session.current !== null,
    casePath: ctx.session.current?.path ?? null,
    defaultCaseDir: ctx.env.dataDir,
  };
}

export const handlers: HandlerTable = {
  'app:info': (_input, ctx) => appInfo(ctx),
  'app:setUser': (input, ctx) => {
    ctx.settings.setUserName(input.name);
    return appInfo(ctx);
  },
  'files:list': (input) => listFolder(input.dir, input.extensions),
  'case:create': (input, ctx) => createCaseFile(ctx, input),
  'case:open': (input, ctx) => openCaseFile(ctx, input),
  'case:openSample': (input, ctx) => openSampleCase(ctx, input),
  'case:close': (_input, ctx) => closeCase(ctx),
  'case:info': (input, ctx) => describeCase(ctx, input),
  'case:update': (input, ctx) => updateCase(ctx, input),
  'case:recent': (_input, ctx) => ({ cases: ctx.settings.recent() }),
  'jobs:cancel': (input, ctx) => ({ cancelled: ctx.jobs.cancel(input.jobId) }),
  'jobs:list': (_input, ctx) => ({ jobs: ctx.jobs.list() }),
  'extract:text': (input, ctx) => extractText(ctx, input),
  'extract:file': (input, ctx) => extractFile(ctx, input),
  'documents:extract': (input, ctx) => extractDocuments(ctx, input),
  'documents:import': (input, ctx) => importPaths(ctx, input),
  'documents:importContent': (input, ctx) => importContent(ctx, input),
  'documents:list': (input, ctx) => listDocuments(ctx.session.requireCase().db, input),
  'documents:get': (input, ctx) => getDocument(ctx.session.requireCase().db, input.id),
  'documents:update': (input, ctx) => {
    const result = updateDocument(ctx.session.requireWritable(), input, ctx.actor());
    ctx.emit('case:changed', { tables: ['documents', 'sources'] });
    return result;
  },
  'documents:delete': (input, ctx) => {
    const deleted = deleteDocuments(ctx.session.requireWritable(), input.ids, ctx.actor());
    ctx.emit('case:changed', { tables: ['documents'] });
    return { deleted };
  },
  'documents:restore': (input, ctx) => {
    const restored = restoreDocuments(ctx.session.requireWritable(), input.ids, ctx.actor());
    ctx.emit('case:changed', { tables: ['documents'] });
    return { restored };
  },
  'documents:facets': (_input, ctx) => documentFacets(ctx.session.requireCase().db),
  'search:query': (input, ctx) => {
    const open = ctx.session.requireCase();
    ensureDerivedIndexesIfWritable(open.db, open.writable);
    return searchDocuments(open.db, input);
  },
  'search:highlights': (input, ctx) => documentHighlights(ctx.session.requireCase().db, input),
  'documents:reimport': (input, ctx) => reimportDocument(ctx, input),
  'tags:list': (_input, ctx) => ({ tags: listTags(ctx.session.requireCase().db) }),
  'tags:create': (input, ctx) => createTagFor(ctx, input),
  'tags:update': (input, ctx) => updateTagFor(ctx, input),
  'tags:delete': (input, ctx) => deleteTagFor(ctx, input),
  'tags:restore': (input, ctx) => restoreTagsFor(ctx, input),
  'annotations:list': (input, ctx) => listAnnotationsFor(ctx, input),
  'annotations:create': (input, ctx) => createAnnotationFor(ctx, input),
  'annotations:update': (input, ctx) => updateAnnotationFor(ctx, input),
  'annotations:delete': (input, ctx) => deleteAnnotationsFor(ctx, input),
  'annotations:restore': (input, ctx) => restoreAnnotationsFor(ctx, input),
  'annotations:createClaim': (input, ctx) => createClaimFor(ctx, input),
  'annotations:reanchor': (input, ctx) => reanchorFor(ctx, input),
  'annotations:export': (input, ctx) => exportAnnotationsFor(ctx, input),
  'annotations:import': (input, ctx) => importAnnotationsFor(ctx, input),
  ...placeHandlers,
  ...claimHandlers,
  'ocr:languages': (_input, ctx) => ocrLanguagesInfo(ctx),
  'ocr:setCaseDefault': (input, ctx) => setCaseOcrLanguages(ctx, input),
  'documents:reocr': (input, ctx) => reocrDocument(ctx, input),
  'share:export': (input, ctx) => exportFor(ctx, input),
  'share:inspect': (input, ctx) => inspectFor(ctx, input),
  'share:merge': (input, ctx) => mergeFor(ctx, input),
  'share:conflicts': (input, ctx) => conflictsFor(ctx, input),
  'share:resolve': (input, ctx) => resolveFor(ctx, input),
  'share:verify': (input, ctx) => verifyFor(ctx, input),
  'history:list': (input, ctx) => listHistory(ctx.session.requireCase().db, input),
  'history:record': (input, ctx) => ({ entries: historyOfRecord(ctx.session.requireCase().db, input.table, input.id) }),
  ...compareHandlers,
};
