/**
 * The sample case: the Idlib 2020 articles shipped in resources/sample, imported into a
 * fresh case on first use and reopened afterwards. Built with the same services an
 * analyst's import uses (the import pipeline: parsing, search index, near-duplicates), so it
 * shows what the product really does with such reports.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { CaseInfo } from '../../../shared/contract/case.ts';
import { newId } from '../../../shared/domain/ids.ts';
import { ApiError } from '../../../shared/contract/errors.ts';
import type { HandlerContext } from '../handler-context.ts';
import { importBatch, type ImportTarget } from '../import/import-batch.ts';
import type { JobControl } from '../jobs.ts';
import type { WritableDb } from './case-db.ts';
import { caseInfo, writeMeta } from './case-meta.ts';
import { createCase, openCase } from './open-case.ts';
import { insertRecord } from './record-store.ts';
import { resolveCasePath } from './case-service.ts';

const Manifest = z.object({
  title: z.string(),
  description: z.string(),
  documents: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      source: z.string().nullable(),
      published: z.string().nullable(),
      url: z.string().nullable(),
    }),
  ),
  observationPoints: z.string(),
});

const ObservationPoints = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.looseObject({ name: z.string(), type: z.string().optional() }),
    }),
  ),
});

export const SAMPLE_FILE_NAME = 'Idlib 2020 (sample).sightline';

function sampleDir(ctx: HandlerContext): string {
  return join(ctx.env.resourcesDir, 'sample');
}

/** The sample is small: its import runs without progress events or cancellation. */
function quietJob(): JobControl {
  return { id: 'sample', signal: new AbortController().signal, update: () => {}, throwIfCancelled: () => {} };
}

/** Fills an empty case with the sample documents (through the import pipeline) and observation points. */
export async function fillSampleCase(db: WritableDb, resourcesSampleDir: string, actor: string): Promise<void> {
  const manifest = Manifest.parse(JSON.parse(readFileSync(join(resourcesSampleDir, 'manifest.json'), 'utf8')));
  const targets: ImportTarget[] = manifest.documents.map((doc) => ({
    kind: 'content',
    name: doc.file,
    bytes: readFileSync(join(resourcesSampleDir, doc.file)),
    overrides: {
      title: doc.title,
      ...(doc.source ? { sourceName: doc.source } : {}),
      ...(doc.published ? { published: doc.published } : {}),
      ...(doc.url ? { url: doc.url } : {}),
    },
  }));
  const report = await importBatch({ db, actor, job: quietJob() }, targets);
  if (report.failed.length > 0) {
    throw new ApiError('internal', `The sample case could not be built: ${report.failed.map((f) => `${f.file}: ${f.error}`).join('; ')}`);
  }
  db.transaction(() => {
    writeMeta(db, 'title', manifest.title, actor);
    writeMeta(db, 'description', manifest.description, actor);
    const points = ObservationPoints.parse(JSON.parse(readFileSync(join(resourcesSampleDir, manifest.observationPoints), 'utf8')));
    for (const feature of points.features) {
      const { name, type, ...properties } = feature.properties;
      insertRecord(
        db,
        'observation_points',
        {
          name,
          type: type ?? 'observation post',
          lon: feature.geometry.coordinates[0],
          lat: feature.geometry.coordinates[1],
          properties,
        },
        actor,
      );
    }
  })();
}

export async function openSampleCase(ctx: HandlerContext, input: { path?: string | undefined }): Promise<CaseInfo> {
  const path = resolveCasePath(ctx.env, input.path ?? SAMPLE_FILE_NAME);
  if (ctx.session.current?.path !== path) {
    if (existsSync(path)) {
      ctx.session.setCase(openCase(path));
    } else {
      const open = createCase(path, { id: newId(), title: 'Idlib 2020 (sample case)', actor: ctx.actor(), at: new Date().toISOString() });
      try {
        await fillSampleCase(open.writable!, sampleDir(ctx), ctx.actor());
      } catch (error) {
        // Leave no half-built sample behind: the next attempt starts afresh.
        open.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
        throw error;
      }
      ctx.session.setCase(open);
    }
  }
  const info = caseInfo(ctx.session.requireCase().db, path);
  ctx.settings.rememberCase(path, info.title);
  return info;
}
