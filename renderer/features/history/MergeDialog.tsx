/** "Merge a colleague's case…": asks for the password when the file has one, merges, and reports. */
import { useEffect, useState } from 'react';
import type { MergeReport } from '../../../shared/contract/share.ts';
import { useClient } from '../../api/client-context.tsx';
import { Dialog } from '../../app/Dialog.tsx';
import { errorMessage } from '../../app/toasts.tsx';
import { tableLabel } from './format-change.ts';

function listed(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${tableLabel(t)}${n === 1 ? '' : 's'}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

export function MergeDialog({ path, onClose, onConflicts }: { path: string; onClose(): void; onConflicts(): void }) {
  const client = useClient();
  const [encrypted, setEncrypted] = useState<boolean | null>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<MergeReport | null>(null);

  const merge = async (withPassword?: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setReport(await client.invoke('share:merge', { path, ...(withPassword !== undefined ? { password: withPassword } : {}) }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    let live = true;
    client.invoke('share:inspect', { path }).then(
      (info) => {
        if (!live) return;
        setEncrypted(info.encrypted);
        if (!info.encrypted) void merge();
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per chosen file
  }, [client, path]);

  if (report) {
    return (
      <Dialog
        title="Merged"
        onClose={onClose}
        footer={
          report.conflicts.length > 0 ? (
            <button className="button primary" autoFocus onClick={onConflicts}>
              Resolve {report.conflicts.length} conflict{report.conflicts.length === 1 ? '' : 's'}
            </button>
          ) : (
            <button className="button primary" autoFocus onClick={onClose}>
              Close
            </button>
          )
        }
      >
        <p>
          Merged the export {report.exportedBy} made on {new Date(report.exportedAt).toLocaleString()}.
        </p>
        <ul className="merge-report">
          <li>Added: {listed(report.added)}</li>
          <li>Updated: {listed(report.updated)}</li>
          <li>Unchanged: {report.unchanged}</li>
          <li className={report.conflicts.length ? 'warning-text' : ''}>
            Conflicts: {report.conflicts.length}
            {report.conflicts.length > 0 && ' — both of you changed these; your version stays until you choose'}
          </li>
        </ul>
      </Dialog>
    );
  }
  return (
    <Dialog
      title="Merge a colleague's case"
      onClose={onClose}
      footer={
        <>
          <button className="button ghost" onClick={onClose}>
            Cancel
          </button>
          {encrypted && (
            <button className="button primary" disabled={busy || !password} onClick={() => void merge(password)}>
              {busy ? 'Merging…' : 'Merge'}
            </button>
          )}
        </>
      }
    >
      <p className="mono">{path}</p>
      {encrypted === null && !error && <p className="muted">Reading the file…</p>}
      {encrypted && (
        <input
          className="input"
          type="password"
          autoFocus
          placeholder="Password of this file"
          aria-label="Password of this file"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && password && void merge(password)}
        />
      )}
      {busy && !encrypted && <p className="muted">Checking and merging…</p>}
      {error && <p className="error-text">{error}</p>}
    </Dialog>
  );
}
