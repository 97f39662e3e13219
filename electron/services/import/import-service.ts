/** documents:import and documents:importContent: an import batch run as a job of the session. */
import { basename } from 'node:path';
import type { ImportReport } from '../../../shared/contract/documents.ts';
import type { ParsedInput } from '../../../shared/contract/methods.ts';
import { ensureDerivedIndexes } from '../documents/derived-indexes.ts';
import type { HandlerContext } from '../handler-context.ts';
import { importBatch, type ImportTarget } from './import-batch.ts';

const CHANGED_EVERY_MS = 1000;
const CHANGED_TABLES = ['documents', 'document_texts', 'sources', 'near_duplicates'];

function label(targets: ImportTarget[]): string {
  if (targets.length === 1) {
    const only = targets[0]!;
    return `Importing ${only.kind === 'path' ? basename(only.path) : only.name}`;
  }
  return `Importing ${targets.length} items`;
}

export async function runImport(ctx: HandlerContext, targets: ImportTarget[], jobId: string | undefined): Promise<ImportReport> {
  const db = ctx.session.requireWritable();
  ensureDerivedIndexes(db);
  let lastChanged = 0;
  let pending = false;
  const changed = (force: boolean): void => {
    const now = Date.now();
    if (!force && now - lastChanged < CHANGED_EVERY_MS) {
      pending = true;
      return;
    }
    lastChanged = now;
    pending = false;
    ctx.emit('case:changed', { tables: CHANGED_TABLES });
  };
  try {
    return await ctx.jobs.run({ jobId, kind: 'import', label: label(targets), total: null }, (p) => ctx.emit('job:progress', p), (job) =>
      importBatch({ db, actor: ctx.actor(), job, onCommitted: () => changed(false) }, targets),
    );
  } finally {
    if (pending || lastChanged > 0) changed(true);
  }
}

export function importPaths(ctx: HandlerContext, input: ParsedInput<'documents:import'>): Promise<ImportReport> {
  return runImport(
    ctx,
    input.paths.map((path) => ({ kind: 'path', path })),
    input.jobId,
  );
}

export function importContent(ctx: HandlerContext, input: ParsedInput<'documents:importContent'>): Promise<ImportReport> {
  return runImport(
    ctx,
    input.items.map((item) => ({
      kind: 'content',
      name: item.name,
      bytes: item.base64 !== undefined ? Buffer.from(item.base64, 'base64') : Buffer.from(item.text ?? '', 'utf8'),
      overrides: item.overrides,
    })),
    input.jobId,
  );
}
