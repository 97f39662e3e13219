/** Every change in the case, newest first, filtered by person, kind of record, kind of change, time and words. */
import { useEffect, useState } from 'react';
import type { HistoryEntry, HistoryFilter } from '../../../shared/contract/history.ts';
import { useClient, useEvent } from '../../api/client-context.tsx';
import { errorMessage } from '../../app/toasts.tsx';
import { describeChange, localTime, OP_LABELS, tableLabel } from './format-change.ts';
import { RecordHistory } from './RecordHistory.tsx';

const PAGE = 200;

export function ChangeList() {
  const client = useClient();
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [entries, setEntries] = useState<HistoryEntry[]>([]);
  const [facets, setFacets] = useState<{ actors: string[]; tables: string[] }>({ actors: [], tables: [] });
  const [hasMore, setHasMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ table: string; id: string } | null>(null);
  const [generation, setGeneration] = useState(0);
  useEvent('case:changed', () => setGeneration((g) => g + 1));

  useEffect(() => {
    let live = true;
    client.invoke('history:list', { ...filter, limit: PAGE }).then(
      (page) => {
        if (!live) return;
        setEntries(page.entries);
        setHasMore(page.hasMore);
        setFacets({ actors: page.actors, tables: page.tables });
        setError(null);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [client, filter, generation]);

  const more = async (): Promise<void> => {
    const last = entries.at(-1);
    if (!last) return;
    const page = await client.invoke('history:list', { ...filter, limit: PAGE, before: last.id });
    setEntries((current) => [...current, ...page.entries]);
    setHasMore(page.hasMore);
  };
  const set = (patch: Partial<HistoryFilter>): void => {
    const next: HistoryFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof HistoryFilter)[]) if (!next[key]) delete next[key];
    setFilter(next);
  };

  return (
    <div className="change-list-layout">
      <div className="change-list">
        <div className="history-filters" role="search">
          <select className="input" aria-label="Person" value={filter.actor ?? ''} onChange={(e) => set({ actor: e.target.value })}>
            <option value="">Everyone</option>
            {facets.actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          <select className="input" aria-label="Kind of record" value={filter.table ?? ''} onChange={(e) => set({ table: e.target.value })}>
            <option value="">All records</option>
            {facets.tables.map((t) => (
              <option key={t} value={t}>
                {tableLabel(t)}
              </option>
            ))}
          </select>
          <select className="input" aria-label="Kind of change" value={filter.op ?? ''} onChange={(e) => set({ op: (e.target.value || undefined) as HistoryFilter['op'] })}>
            <option value="">All changes</option>
            {(Object.keys(OP_LABELS) as HistoryEntry['op'][]).map((op) => (
              <option key={op} value={op}>
                {OP_LABELS[op]}
              </option>
            ))}
          </select>
          <label className="faint">
            from <input className="input" type="date" aria-label="From" onChange={(e) => set({ from: e.target.value ? `${e.target.value}T00:00:00.000Z` : '' })} />
          </label>
          <label className="faint">
            to <input className="input" type="date" aria-label="To" onChange={(e) => set({ to: e.target.value ? `${e.target.value}T23:59:59.999Z` : '' })} />
          </label>
          <input className="input grow" type="search" placeholder="Words in the change…" aria-label="Words in the change" onChange={(e) => set({ text: e.target.value })} />
        </div>
        {error && <p className="error-text">{error}</p>}
        <table className="history-table" aria-label="Changes">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>What</th>
              <th>Change</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr
                key={entry.id}
                className={selected?.id === entry.rowId ? 'selected' : ''}
                onClick={() => setSelected({ table: entry.table, id: entry.rowId })}
                title="Show this record's history"
              >
                <td className="nowrap faint">{localTime(entry.at)}</td>
                <td className="nowrap">{entry.actor}</td>
                <td className="nowrap">
                  <span className={`pill op-${entry.op}`}>{OP_LABELS[entry.op]}</span> {tableLabel(entry.table)}
                </td>
                <td dir="auto" className="change-text">
                  {describeChange(entry)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {entries.length === 0 && !error && <p className="muted">No changes match.</p>}
        {hasMore && (
          <button className="button" onClick={() => void more()}>
            Older changes
          </button>
        )}
      </div>
      {selected && <RecordHistory table={selected.table} id={selected.id} onClose={() => setSelected(null)} />}
    </div>
  );
}
