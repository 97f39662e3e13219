/** The first screen: start a case, open one, or explore the sample. */
import { useState } from 'react';
import type { AppInfo } from '../../shared/contract/app.ts';
import { useApi, useClient } from '../api/client-context.tsx';
import { useCase } from './case-context.tsx';
import { useCommand } from './commands.tsx';
import { Logo } from './icons.tsx';
import { errorMessage, useToast } from './toasts.tsx';
import { useCaseFlows } from './use-open-case-flow.tsx';

function AnalystName({ app, onChanged }: { app: AppInfo; onChanged(): void }) {
  const client = useClient();
  const notify = useToast();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(app.user.name);
  const save = async (): Promise<void> => {
    try {
      await client.invoke('app:setUser', { name });
      setEditing(false);
      onChanged();
    } catch (error) {
      notify('error', errorMessage(error));
    }
  };
  if (!editing) {
    return (
      <p className="muted">
        Your edits are signed <strong>{app.user.name}</strong>.{' '}
        <button className="link-button" onClick={() => setEditing(true)}>
          Change
        </button>
      </p>
    );
  }
  return (
    <div className="row">
      <input className="input" autoFocus value={name} aria-label="Your name" onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void save()} />
      <button className="button primary" onClick={() => void save()} disabled={!name.trim()}>
        Save
      </button>
    </div>
  );
}

export function Welcome({ app, onAppChanged }: { app: AppInfo; onAppChanged(): void }) {
  const { open, openSample, busy } = useCase();
  const recent = useApi('case:recent', {});
  const flows = useCaseFlows(app.defaultCaseDir);
  useCommand('case.new', 'New case…', 'Mod+N', flows.newCase);
  useCommand('case.open', 'Open case…', 'Mod+O', flows.openCase);
  useCommand('case.openSample', 'Open the sample case', undefined, () => void openSample());

  return (
    <main className="welcome">
      <section className="welcome-panel">
        <header className="welcome-brand">
          <Logo size={40} />
          <div>
            <h1>Sightline</h1>
            <p className="muted">Who says what number of what, where, when — from open sources, offline.</p>
          </div>
        </header>
        <div className="welcome-actions">
          <button className="action-card" onClick={flows.newCase} disabled={busy !== null}>
            <strong>New case…</strong>
            <span className="muted">Start an empty case file</span>
          </button>
          <button className="action-card" onClick={flows.openCase} disabled={busy !== null}>
            <strong>Open case…</strong>
            <span className="muted">A .sightline file of yours or a colleague’s</span>
          </button>
          <button className="action-card" onClick={() => void openSample()} disabled={busy !== null}>
            <strong>Open the sample case</strong>
            <span className="muted">Idlib 2020: convoys, displacement, conflicting figures</span>
          </button>
        </div>
        {busy && <p className="muted" role="status">{busy}</p>}
        <h2 className="section-title">Recent cases</h2>
        {recent.data && recent.data.cases.length === 0 && <p className="faint">Cases you open appear here.</p>}
        <ul className="recent-list">
          {recent.data?.cases.map((c) => (
            <li key={c.path}>
              <button className="recent-item" disabled={!c.exists || busy !== null} onClick={() => void open(c.path)} title={c.exists ? c.path : `${c.path} (missing)`}>
                <span className="grow" dir="auto">
                  {c.title}
                </span>
                <span className="faint mono recent-path">{c.exists ? c.path : 'file missing'}</span>
              </button>
            </li>
          ))}
        </ul>
        <AnalystName app={app} onChanged={onAppChanged} />
      </section>
      {flows.dialogs}
    </main>
  );
}
