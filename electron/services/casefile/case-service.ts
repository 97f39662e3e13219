/** The case:* methods: create, open, describe and close the case of a session. */
import { isAbsolute, join, resolve } from 'node:path';
import type { CaseInfo } from '../../../shared/contract/case.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { ensureDir, type Environment } from '../environment.ts';
import type { HandlerContext } from '../handler-context.ts';
import { caseInfo, writeMeta } from './case-meta.ts';
import { createCase, openCase } from './open-case.ts';

export const CASE_EXTENSION = '.sightline';

/** Relative paths are taken from the default case folder; the extension is added when missing. */
export function resolveCasePath(env: Environment, path: string): string {
  const absolute = isAbsolute(path) ? path : join(ensureDir(env.dataDir), path);
  return resolve(absolute.endsWith(CASE_EXTENSION) ? absolute : absolute + CASE_EXTENSION);
}

function opened(ctx: HandlerContext, path: string): CaseInfo {
  const open = ctx.session.requireCase();
  const info = caseInfo(open.db, path);
  ctx.settings.rememberCase(path, info.title);
  return info;
}

export function createCaseFile(ctx: HandlerContext, input: { path: string; title: string }): CaseInfo {
  const path = resolveCasePath(ctx.env, input.path);
  const open = createCase(path, { id: newId(), title: input.title, actor: ctx.actor(), at: new Date().toISOString() });
  ctx.session.setCase(open);
  return opened(ctx, path);
}

function resolvePlain(env: Environment, path: string): string {
  return resolve(isAbsolute(path) ? path : join(ensureDir(env.dataDir), path));
}

export function openCaseFile(ctx: HandlerContext, input: { path: string }): CaseInfo {
  const path = resolvePlain(ctx.env, input.path);
  if (ctx.session.current?.path === path) return opened(ctx, path);
  const open = openCase(path);
  ctx.session.setCase(open);
  return opened(ctx, path);
}

/** case:info of the open case, or of another file opened read-only for the occasion. */
export function describeCase(ctx: HandlerContext, input: { path?: string | undefined }): CaseInfo {
  if (input.path === undefined) {
    const open = ctx.session.requireCase();
    return caseInfo(open.db, open.path);
  }
  const path = resolvePlain(ctx.env, input.path);
  if (ctx.session.current?.path === path) return caseInfo(ctx.session.current.db, path);
  const open = openCase(path, { readonly: true });
  try {
    return caseInfo(open.db, path);
  } finally {
    open.close();
  }
}

export function updateCase(ctx: HandlerContext, input: { title?: string | undefined; description?: string | undefined }): CaseInfo {
  const db = ctx.session.requireWritable();
  db.transaction(() => {
    if (input.title !== undefined) writeMeta(db, 'title', input.title, ctx.actor());
    if (input.description !== undefined) writeMeta(db, 'description', input.description, ctx.actor());
  })();
  const info = opened(ctx, ctx.session.requireCase().path);
  ctx.emit('case:changed', { tables: ['case_meta'] });
  return info;
}

export function closeCase(ctx: HandlerContext): { closed: boolean } {
  const wasOpen = ctx.session.current !== null;
  ctx.session.close();
  return { closed: wasOpen };
}
