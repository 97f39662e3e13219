/** "Export case…": where to, what to leave out, an optional password; then what was written and left out. */
import { useState } from 'react';
import type { ExportResult } from '../../../shared/contract/share.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { Dialog } from '../../app/Dialog.tsx';
import { errorMessage } from '../../app/toasts.tsx';

export function ExportDialog({ path, onClose }: { path: string; onClose(): void }) {
  const client = useClient();
  const tags = useApi('tags:list', {});
  const [excludeNotes, setExcludeNotes] = useState(false);
  const [onlyTags, setOnlyTags] = useState<string[]>([]);
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const mismatch = protect && (password.length === 0 || password !== confirm);

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setResult(await client.invoke('share:export', { path, excludeNotes, onlyTags, excludeDocuments: [], ...(protect ? { password } : {}) }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    const c = result.counts;
    return (
      <Dialog title="Case exported" onClose={onClose} footer={<button className="button primary" onClick={onClose} autoFocus>Close</button>}>
        <p>
          Wrote <span className="mono">{result.path}</span> ({(result.bytes / 1024 / 1024).toFixed(1)} MB{result.encrypted ? ', password-protected' : ''}): {c['documents'] ?? 0} documents,{' '}
          {c['claims'] ?? 0} claims, {c['annotations'] ?? 0} annotations, {c['changes'] ?? 0} changes.
        </p>
        {result.leftOut.reasons.length > 0 ? (
          <p>
            Left out: {result.leftOut.reasons.join('; ')} — {result.leftOut.documents} documents, {result.leftOut.claims} claims, {result.leftOut.annotations} annotations,{' '}
            {result.leftOut.tags} tags.
          </p>
        ) : (
          <p className="muted">Nothing was left out.</p>
        )}
        <p className="faint mono">snapshot SHA-256 {result.snapshotSha256}</p>
      </Dialog>
    );
  }
  return (
    <Dialog
      title="Export case"
      onClose={onClose}
      confirm={{ label: busy ? 'Exporting…' : 'Export', disabled: busy || mismatch, onConfirm: () => void run() }}
    >
      <p className="muted">
        A snapshot of the case for a colleague to merge, written to <span className="mono">{path}</span>.
      </p>
      <label className="check-row">
        <input type="checkbox" checked={excludeNotes} onChange={(e) => setExcludeNotes(e.target.checked)} /> Leave out private notes
      </label>
      {(tags.data?.tags.length ?? 0) > 0 && (
        <fieldset className="export-tags">
          <legend>Only what carries these tags (none chosen: everything)</legend>
          {tags.data?.tags.map((tag) => (
            <label key={tag.id} className="check-row">
              <input
                type="checkbox"
                checked={onlyTags.includes(tag.id)}
                onChange={(e) => setOnlyTags(e.target.checked ? [...onlyTags, tag.id] : onlyTags.filter((t) => t !== tag.id))}
              />{' '}
              {tag.name}
            </label>
          ))}
        </fieldset>
      )}
      <label className="check-row">
        <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} /> Protect with a password
      </label>
      {protect && (
        <div className="export-password">
          <input className="input" type="password" placeholder="Password" aria-label="Password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <input className="input" type="password" placeholder="Repeat the password" aria-label="Repeat the password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
          {password && confirm && password !== confirm && <span className="error-text">The passwords differ.</span>}
        </div>
      )}
      {error && <p className="error-text">{error}</p>}
    </Dialog>
  );
}
