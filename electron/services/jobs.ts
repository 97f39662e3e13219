/**
 * Long work runs as a job: it reports progress (throttled, with an ETA from the rate so
 * far), can be cancelled between units of work, and ends done, failed or cancelled.
 */
import { ApiError } from '../../shared/contract/errors.ts';
import type { JobProgress } from '../../shared/contract/jobs.ts';
import { newId } from '../../shared/domain/ids.ts';

export type ProgressSink = (progress: JobProgress) => void;

export interface JobSpec {
  jobId?: string | undefined;
  kind: string;
  label: string;
  total?: number | null;
  bytesTotal?: number | null;
}

export interface JobControl {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Reports progress; cheap to call often (events are throttled). */
  update(patch: { done?: number; total?: number | null; bytesDone?: number; bytesTotal?: number | null; current?: string | null; message?: string | null }): void;
  /** Throws `cancelled` once the job was cancelled; call it between units of work. */
  throwIfCancelled(): void;
}

const EMIT_EVERY_MS = 100;
const KEEP_FINISHED = 20;

export class JobRegistry {
  private readonly running = new Map<string, { progress: JobProgress; abort: AbortController }>();
  private readonly finished: JobProgress[] = [];

  async run<T>(spec: JobSpec, sink: ProgressSink, work: (job: JobControl) => Promise<T>): Promise<T> {
    const id = spec.jobId ?? newId();
    if (this.running.has(id)) throw new ApiError('invalid_input', `A job with id ${id} is already running.`);
    const abort = new AbortController();
    const started = Date.now();
    const progress: JobProgress = {
      jobId: id,
      kind: spec.kind,
      label: spec.label,
      state: 'running',
      done: 0,
      total: spec.total ?? null,
      bytesDone: spec.bytesTotal != null ? 0 : null,
      bytesTotal: spec.bytesTotal ?? null,
      current: null,
      etaMs: null,
      startedAt: new Date(started).toISOString(),
      message: null,
    };
    this.running.set(id, { progress, abort });
    let lastEmit = 0;
    const emit = (force: boolean): void => {
      const now = Date.now();
      if (!force && now - lastEmit < EMIT_EVERY_MS) return;
      lastEmit = now;
      progress.etaMs = estimate(progress, now - started);
      sink({ ...progress });
    };
    const control: JobControl = {
      id,
      signal: abort.signal,
      update: (patch) => {
        Object.assign(progress, patch);
        emit(false);
      },
      throwIfCancelled: () => {
        if (abort.signal.aborted) throw new ApiError('cancelled', `${spec.label} was cancelled.`);
      },
    };
    emit(true);
    try {
      const result = await work(control);
      progress.state = abort.signal.aborted ? 'cancelled' : 'done';
      return result;
    } catch (error) {
      progress.state = error instanceof ApiError && error.code === 'cancelled' ? 'cancelled' : 'failed';
      progress.message = error instanceof Error ? error.message : String(error);
      throw error;
    } finally {
      progress.etaMs = 0;
      this.running.delete(id);
      this.finished.unshift({ ...progress });
      this.finished.length = Math.min(this.finished.length, KEEP_FINISHED);
      sink({ ...progress });
    }
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    if (!job) return false;
    job.abort.abort();
    return true;
  }

  list(): JobProgress[] {
    return [...[...this.running.values()].map((j) => ({ ...j.progress })), ...this.finished];
  }
}

/** Remaining time from the rate so far, by bytes when known (files differ in size), else by count. */
function estimate(progress: JobProgress, elapsedMs: number): number | null {
  const byBytes = progress.bytesTotal && progress.bytesDone ? [progress.bytesDone, progress.bytesTotal] : null;
  const byCount = progress.total && progress.done ? [progress.done, progress.total] : null;
  const basis = byBytes ?? byCount;
  if (!basis || elapsedMs < 250) return null;
  const [done, total] = basis as [number, number];
  return Math.max(0, Math.round((elapsedMs / done) * (total - done)));
}
