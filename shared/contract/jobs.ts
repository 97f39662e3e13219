/**
 * Long work (imports, exports, merges) runs as a job: the caller may pass its own
 * `jobId` in the input of the long method, follows `job:progress` events, and may cancel.
 */
import { z } from 'zod';
import { defineEvent, defineMethod } from './define.ts';

export const JobState = z.enum(['running', 'done', 'failed', 'cancelled']);

export const JobProgress = z.object({
  jobId: z.string(),
  kind: z.string(),
  label: z.string(),
  state: JobState,
  done: z.number().int(),
  total: z.number().int().nullable(),
  bytesDone: z.number().int().nullable(),
  bytesTotal: z.number().int().nullable(),
  current: z.string().nullable(),
  etaMs: z.number().nullable(),
  startedAt: z.string(),
  message: z.string().nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** The optional id a caller gives a long method so it can follow and cancel it. */
export const JobIdInput = z.string().min(1).max(100).optional();

/** Asks a running job to stop; finished work stays, nothing is left half-written. */
export const jobsCancel = defineMethod(
  'jobs:cancel',
  'Cancel a running job',
  z.object({ jobId: z.string() }),
  z.object({ cancelled: z.boolean() }),
);

/** Jobs of this session that are running or finished recently. */
export const jobsList = defineMethod('jobs:list', 'List running and recent jobs', z.object({}).strict(), z.object({ jobs: z.array(JobProgress) }));

export const jobProgressEvent = defineEvent('job:progress', 'Progress of a long job', JobProgress);
