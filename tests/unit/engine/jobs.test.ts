import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../shared/contract/jobs.ts';
import { JobRegistry } from '../../../electron/services/jobs.ts';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('jobs', () => {
  it('report progress with an estimate, then done', async () => {
    const jobs = new JobRegistry();
    const seen: JobProgress[] = [];
    const result = await jobs.run({ jobId: 'j1', kind: 'import', label: 'Importing', total: 4 }, (p) => seen.push(p), async (job) => {
      for (let i = 1; i <= 4; i++) {
        await tick(120);
        job.update({ done: i, current: `file-${i}.txt` });
      }
      return 'ok';
    });
    expect(result).toBe('ok');
    expect(seen[0]).toMatchObject({ jobId: 'j1', state: 'running', done: 0, total: 4 });
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: 4 });
    expect(seen.some((p) => p.state === 'running' && p.etaMs !== null && p.etaMs > 0)).toBe(true);
    expect(jobs.list()[0]).toMatchObject({ jobId: 'j1', state: 'done' });
  });

  it('stop between units of work when cancelled, keeping what was done', async () => {
    const jobs = new JobRegistry();
    const seen: JobProgress[] = [];
    let finished = 0;
    const running = jobs.run({ jobId: 'j2', kind: 'import', label: 'Importing', total: 100 }, (p) => seen.push(p), async (job) => {
      for (let i = 0; i < 100; i++) {
        job.throwIfCancelled();
        await tick(5);
        finished++;
      }
    });
    await tick(30);
    expect(jobs.cancel('j2')).toBe(true);
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
    expect(finished).toBeGreaterThan(0);
    expect(finished).toBeLessThan(100);
    expect(seen.at(-1)!.state).toBe('cancelled');
    expect(jobs.cancel('j2')).toBe(false);
  });

  it('report failures with their message', async () => {
    const jobs = new JobRegistry();
    const seen: JobProgress[] = [];
    await expect(
      jobs.run({ kind: 'merge', label: 'Merging' }, (p) => seen.push(p), async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(seen.at(-1)).toMatchObject({ state: 'failed', message: 'disk full' });
  });

  it('refuse two running jobs with the same id', async () => {
    const jobs = new JobRegistry();
    const first = jobs.run({ jobId: 'same', kind: 'k', label: 'l' }, () => {}, () => tick(50));
    await expect(jobs.run({ jobId: 'same', kind: 'k', label: 'l' }, () => {}, async () => {})).rejects.toMatchObject({ code: 'invalid_input' });
    await first;
  });
});
