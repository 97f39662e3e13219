/** The case at a glance: title, description, what it holds. */
import { useState } from 'react';
import { useClient } from '../../api/client-context.tsx';
import { useCase } from '../../app/case-context.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import './overview.css';

export function OverviewView() {
  const { info, refresh } = useCase();
  const client = useClient();
  const notify = useToast();
  const [description, setDescription] = useState<string | null>(null);
  if (!info) return null;
  const counts: [string, number][] = [
    ['Documents', info.counts.documents],
    ['Claims', info.counts.claims],
    ['Sources', info.counts.sources],
    ['Places', info.counts.places],
    ['Observation points', info.counts.observationPoints],
    ['Annotations', info.counts.annotations],
    ['Tags', info.counts.tags],
    ['Recorded changes', info.counts.changes],
  ];
  const save = async (): Promise<void> => {
    if (description === null) return;
    try {
      await client.invoke('case:update', { description });
      setDescription(null);
      await refresh();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  return (
    <div className="overview">
      <section className="overview-head">
        <h2 dir="auto">{info.title}</h2>
        <p className="faint mono">{info.path}</p>
        <p className="faint">
          Created {new Date(info.createdAt).toLocaleString()} by {info.createdBy} · case format {info.schemaVersion} · {(info.sizeBytes / 1024 / 1024).toFixed(1)} MB
        </p>
        <textarea
          className="input overview-description"
          dir="auto"
          aria-label="Case description"
          placeholder="What is this case about? Scope, questions, conventions…"
          value={description ?? info.description}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => void save()}
        />
      </section>
      <section className="overview-counts">
        {counts.map(([label, value]) => (
          <div key={label} className="count-card">
            <span className="count-value">{value.toLocaleString()}</span>
            <span className="muted">{label}</span>
          </div>
        ))}
      </section>
    </div>
  );
}
