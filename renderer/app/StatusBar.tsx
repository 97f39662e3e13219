/** The bottom line: what the case holds, and the progress of long jobs (with cancel). */
import { useState } from 'react';
import type { JobProgress } from '../../shared/contract/jobs.ts';
import { useClient, useEvent } from '../api/client-context.tsx';
import { useCase } from './case-context.tsx';

/** A count as it reads best: 1,000,000. */
const n = (count: number): string => count.toLocaleString('en');

function formatMegabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatEta(ms: number | null): string {
  if (ms === null) return '';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s left`;
  return `${Math.floor(seconds / 60)}m ${seconds % 60}s left`;
}

export function JobProgressBar({ job, onCancel }: { job: JobProgress; onCancel(): void }) {
  const fraction = job.bytesTotal ? (job.bytesDone ?? 0) / job.bytesTotal : job.total ? job.done / job.total : null;
  return (
    <div className="job" role="progressbar" aria-label={job.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}>
      <span className="job-label">{job.label}</span>
      <span className="job-track">
        <span className={`job-fill ${fraction === null ? 'indeterminate' : ''}`} style={fraction === null ? undefined : { width: `${Math.round(fraction * 100)}%` }} />
      </span>
      <span className="faint">
        {job.done}
        {job.total !== null ? ` / ${job.total}` : ''}
        {job.bytesTotal ? ` · ${formatMegabytes(job.bytesDone ?? 0)} of ${formatMegabytes(job.bytesTotal)}` : ''} {job.current ? `· ${job.current}` : ''} {formatEta(job.etaMs)}
      </span>
      <button className="button ghost small" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}

export function StatusBar() {
  const client = useClient();
  const { info } = useCase();
  const [jobs, setJobs] = useState<Record<string, JobProgress>>({});
  useEvent('job:progress', (job) =>
    setJobs((all) => {
      const next = { ...all };
      if (job.state === 'running') next[job.jobId] = job;
      else delete next[job.jobId];
      return next;
    }),
  );
  const counts = info?.counts;
  return (
    <footer className="status-bar">
      {counts && (
        <span className="status-counts">
          {n(counts.documents)} documents · {n(counts.claims)} claims · {n(counts.sources)} sources · {n(counts.observationPoints)} observation points
        </span>
      )}
      <span className="grow" />
      {Object.values(jobs).map((job) => (
        <JobProgressBar key={job.jobId} job={job} onCancel={() => void client.invoke('jobs:cancel', { jobId: job.jobId })} />
      ))}
      <span className="faint">{client.transport === 'http' ? 'Browser mode · 127.0.0.1' : 'Offline'}</span>
    </footer>
  );
}
