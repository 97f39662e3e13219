/**
 * The handler table: one entry per contract method, each a thin call into a service.
 * Every transport (Electron IPC, the HTTP bridge, the CLI) dispatches through here, so
 * they cannot drift apart. The type says every method of the contract has a handler.
 */
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract/methods.ts';
import { closeCase, createCaseFile, describeCase, openCaseFile, updateCase } from './casefile/case-service.ts';
import { LATEST_SCHEMA_VERSION } from './casefile/migrate.ts';
import { openSampleCase } from './casefile/sample-case.ts';
import { extractDocuments, extractText } from './extract/extract-service.ts';
import { listFolder } from './files/list-folder.ts';
import type { HandlerContext } from './handler-context.ts';
import { placeHandlers } from './places/place-handlers.ts';

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
  'documents:extract': (input, ctx) => extractDocuments(ctx, input),
  ...placeHandlers,
};
