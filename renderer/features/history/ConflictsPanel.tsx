/**
 * Merge conflicts, one at a time: both versions of each differing field side by side, who
 * changed them and when, and the three ways out — keep mine, take theirs, or edit (start
 * from mine, change what should differ).
 */
import { useState } from 'react';
import type { MergeConflict } from '../../../shared/contract/share.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { errorMessage, useToast } from '../../app/toasts.tsx';
import { localTime, shortValue, tableLabel } from './format-change.ts';

function editable(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

function parsed(original: unknown, text: string): unknown {
  if (typeof original === 'string') return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function recordName(conflict: MergeConflict): string {
  const v = conflict.mine.values;
  const name = v['title'] ?? v['name'] ?? v['text'] ?? v['exact'];
  return typeof name === 'string' && name ? shortValue(name, 60) : conflict.recordId;
}

function ConflictCard({ conflict, position, total }: { conflict: MergeConflict; position: number; total: number }) {
  const client = useClient();
  const notify = useToast();
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [busy, setBusy] = useState(false);
  const resolve = async (choice: 'mine' | 'theirs' | 'edit'): Promise<void> => {
    setBusy(true);
    try {
      const values =
        choice === 'edit' && draft ? Object.fromEntries(conflict.fields.map((f) => [f, parsed(conflict.mine.values[f], draft[f] ?? '')])) : undefined;
      await client.invoke('share:resolve', { id: conflict.id, choice, ...(values ? { values } : {}) });
      notify('success', choice === 'mine' ? 'Kept your version.' : choice === 'theirs' ? `Took ${conflict.theirs.by}’s version.` : 'Saved your edited version.');
    } catch (error) {
      notify('error', errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className="conflict-card" aria-label={`Conflict ${position} of ${total}`}>
      <header>
        <h3 dir="auto">
          {tableLabel(conflict.table)} “{recordName(conflict)}”
        </h3>
        <span className="faint">
          conflict {position} of {total}
        </span>
      </header>
      <table className="conflict-fields">
        <thead>
          <tr>
            <th>Field</th>
            <th>
              Mine <span className="faint">({conflict.mine.by}, {localTime(conflict.mine.at)})</span>
            </th>
            <th>
              Theirs <span className="faint">({conflict.theirs.by}, {localTime(conflict.theirs.at)})</span>
            </th>
            {draft && <th>Kept</th>}
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field}>
              <th>{field}</th>
              <td dir="auto" className="conflict-mine">
                {shortValue(conflict.mine.values[field], 400)}
              </td>
              <td dir="auto" className="conflict-theirs">
                {shortValue(conflict.theirs.values[field], 400)}
              </td>
              {draft && (
                <td>
                  <textarea
                    className="input"
                    dir="auto"
                    aria-label={`Kept ${field}`}
                    value={draft[field] ?? ''}
                    onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="conflict-actions">
        {draft ? (
          <>
            <button className="button primary" disabled={busy} onClick={() => void resolve('edit')}>
              Save this version
            </button>
            <button className="button ghost" disabled={busy} onClick={() => setDraft(null)}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button className="button" disabled={busy} onClick={() => void resolve('mine')}>
              Keep mine
            </button>
            <button className="button" disabled={busy} onClick={() => void resolve('theirs')}>
              Take theirs
            </button>
            <button className="button ghost" disabled={busy} onClick={() => setDraft(Object.fromEntries(conflict.fields.map((f) => [f, editable(conflict.mine.values[f])])))}>
              Edit…
            </button>
          </>
        )}
      </footer>
    </article>
  );
}

export function ConflictsPanel() {
  const conflicts = useApi('share:conflicts', { includeResolved: false });
  const list = conflicts.data?.conflicts ?? [];
  if (conflicts.error) return <p className="error-text">{conflicts.error.message}</p>;
  if (list.length === 0) return <p className="muted conflicts-empty">No conflicts to resolve. Records both you and a colleague changed appear here after a merge.</p>;
  const first = list[0]!;
  return (
    <div className="conflicts">
      <ConflictCard key={first.id} conflict={first} position={1} total={list.length} />
    </div>
  );
}
