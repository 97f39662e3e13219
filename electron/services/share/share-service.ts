/** The share:* handlers: export, inspect, merge, conflicts, resolve, verify. */
import { basename, isAbsolute, join, resolve } from 'node:path';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { MethodOutput, ParsedInput } from '../../../shared/contract/methods.ts';
import { ShareManifest } from '../../../shared/contract/share.ts';
import { openCase } from '../casefile/open-case.ts';
import { ensureDir } from '../environment.ts';
import type { HandlerContext } from '../handler-context.ts';
import { isEncryptedExport } from './container.ts';
import { resolveConflict, listConflicts } from './conflicts.ts';
import { exportCase } from './export-case.ts';
import { openIncoming } from './incoming.ts';
import { mergeIncoming } from './merge-case.ts';
import { verifyDatabase } from './verify-case.ts';

const SHARED_TABLES = ['documents', 'claims', 'annotations', 'sources', 'places', 'tags', 'observation_points'];

function filePath(ctx: HandlerContext, path: string): string {
  return resolve(isAbsolute(path) ? path : join(ensureDir(ctx.env.dataDir), path));
}

export async function exportFor(ctx: HandlerContext, input: ParsedInput<'share:export'>): Promise<MethodOutput<'share:export'>> {
  const open = ctx.session.requireCase();
  const outPath = filePath(ctx, input.path);
  return ctx.jobs.run({ jobId: input.jobId, kind: 'export', label: `Exporting to ${basename(outPath)}`, total: 3 }, (p) => ctx.emit('job:progress', p), async (job) => {
    let done = 0;
    return exportCase({
      casePath: open.path,
      outPath,
      exporter: ctx.actor(),
      appVersion: ctx.env.appVersion,
      password: input.password,
      excludeNotes: input.excludeNotes,
      excludeDocuments: input.excludeDocuments,
      onlyTags: input.onlyTags,
      onStep: (step) => job.update({ done: done++, current: step }),
    });
  });
}

export async function inspectFor(ctx: HandlerContext, input: ParsedInput<'share:inspect'>): Promise<MethodOutput<'share:inspect'>> {
  const path = filePath(ctx, input.path);
  const encrypted = isEncryptedExport(path);
  if (encrypted && input.password === undefined) return { encrypted, manifest: null };
  const incoming = await openIncoming(path, input.password);
  try {
    return { encrypted, manifest: ShareManifest.parse(incoming.manifest) };
  } finally {
    incoming.cleanup();
  }
}

export async function mergeFor(ctx: HandlerContext, input: ParsedInput<'share:merge'>): Promise<MethodOutput<'share:merge'>> {
  const db = ctx.session.requireWritable();
  const path = filePath(ctx, input.path);
  if (path === ctx.session.requireCase().path) throw new ApiError('invalid_input', 'A case cannot be merged into itself.');
  const report = await ctx.jobs.run({ jobId: input.jobId, kind: 'merge', label: `Merging ${basename(path)}`, total: 3 }, (p) => ctx.emit('job:progress', p), async (job) => {
    const incoming = await openIncoming(path, input.password, (step) => job.update({ done: step === 'unpacking' ? 0 : 1, current: step }));
    try {
      job.throwIfCancelled();
      job.update({ done: 2, current: 'merging' });
      return mergeIncoming({ db, incoming, actor: ctx.actor() });
    } finally {
      incoming.cleanup();
    }
  });
  ctx.emit('case:changed', { tables: SHARED_TABLES });
  return report;
}

export function conflictsFor(ctx: HandlerContext, input: ParsedInput<'share:conflicts'>): MethodOutput<'share:conflicts'> {
  return { conflicts: listConflicts(ctx.session.requireCase().db, input.includeResolved) };
}

export function resolveFor(ctx: HandlerContext, input: ParsedInput<'share:resolve'>): MethodOutput<'share:resolve'> {
  const conflict = resolveConflict(ctx.session.requireWritable(), input, ctx.actor());
  ctx.emit('case:changed', { tables: [conflict.table] });
  return conflict;
}

export function verifyFor(ctx: HandlerContext, input: ParsedInput<'share:verify'>): MethodOutput<'share:verify'> {
  if (input.path === undefined) {
    const open = ctx.session.requireCase();
    return verifyDatabase(open.writable ?? open.db, open.path);
  }
  const path = filePath(ctx, input.path);
  if (ctx.session.current?.path === path) return verifyDatabase(ctx.session.current.writable ?? ctx.session.current.db, path);
  const open = openCase(path);
  try {
    return verifyDatabase(open.writable ?? open.db, path);
  } finally {
    open.close();
  }
}
