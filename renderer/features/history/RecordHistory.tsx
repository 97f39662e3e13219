/** One record's own history, oldest first: who changed which fields, from what to what. */
import { useApi } from '../../api/client-context.tsx';
import { localTime, OP_LABELS, shortValue, tableLabel } from './format-change.ts';

export function RecordHistory({ table, id, onClose }: { table: string; id: string; onClose(): void }) {
  const history = useApi('history:record', { table, id });
  return (
    <aside className="record-history" aria-label="Record history">
      <header className="record-history-head">
        <h3>
          History of this {tableLabel(table)}
        </h3>
        <button className="button ghost small" onClick={onClose} aria-label="Close record history">
          ×
        </button>
      </header>
      <p className="faint mono">{id}</p>
      {history.error && <p className="error-text">{history.error.message}</p>}
      <ol className="record-history-list">
        {history.data?.entries.map((entry) => (
          <li key={entry.id}>
            <div>
              <strong>{entry.actor}</strong> {OP_LABELS[entry.op]} <span className="faint">{localTime(entry.at)}</span>
            </div>
            {entry.summary && <div className="muted">{entry.summary}</div>}
            {entry.op === 'update' && (
              <table className="change-fields">
                <tbody>
                  {Object.keys(entry.after ?? {}).map((field) => (
                    <tr key={field}>
                      <th>{field}</th>
                      <td dir="auto">{shortValue(entry.before?.[field], 120)}</td>
                      <td aria-hidden="true">→</td>
                      <td dir="auto">{shortValue(entry.after?.[field], 120)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ol>
    </aside>
  );
}
