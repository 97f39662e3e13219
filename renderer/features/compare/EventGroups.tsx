/**
 * Event groups: claims about the same event across the case, most contested first. A group
 * shows its figures' range, how many independent sources report it (copies count once),
 * conflicts and running totals that went down; opening it lists its claims, and its claims
 * can be shown in the claims grid and on the map (through the shared claim scope).
 */
import { useState } from 'react';
import type { EventGroup } from '../../../shared/contract/compare.ts';
import { useApi } from '../../api/client-context.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';

const number = (n: number | null): string => (n === null ? '—' : n.toLocaleString('en-US'));

function when(claim: EventGroup['claims'][number]): string {
  const start = claim.whenStart?.slice(0, 10);
  const end = claim.whenEnd?.slice(0, 10);
  if (!start && !end) return '';
  return start === end || !end ? start! : `${start ?? ''} – ${end}`;
}

function GroupDetail({ group, onCompare }: { group: EventGroup; onCompare(a: string, b: string): void }) {
  const { setScope } = useClaimScope();
  const { navigate } = useWorkspace();
  const documents = [...new Set(group.claims.map((c) => c.documentId))];
  return (
    <div className="group-detail">
      {group.decreases.map((d) => (
        <p key={`${d.earlier}:${d.later}`} className="group-decrease">
          Running total went down: {d.description}.
        </p>
      ))}
      <table className="group-claims">
        <thead>
          <tr>
            <th>Figure</th>
            <th>Source</th>
            <th>Document</th>
            <th>When</th>
            <th title="Claims with the same number come from one independent witness (the same source, or copied text)">Witness</th>
          </tr>
        </thead>
        <tbody>
          {group.claims.map((c) => (
            <tr key={c.id}>
              <td className="group-figure">{c.figure}</td>
              <td>{c.sourceName ?? c.outlet ?? '—'}</td>
              <td dir="auto" className="group-doc">
                {c.documentTitle}
                {c.outlet ? <span className="faint"> · {c.outlet}</span> : null}
              </td>
              <td className="faint">{when(c)}</td>
              <td>#{c.witness + 1}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row group-actions">
        <button
          className="button small primary"
          onClick={() => {
            setScope({ ids: group.claims.map((c) => c.id) });
            navigate('claims');
          }}
        >
          Show these claims in the grid and on the map
        </button>
        {documents.length >= 2 && (
          <button className="button small" onClick={() => onCompare(documents[0]!, documents[1]!)}>
            Compare the first two documents side by side
          </button>
        )}
      </div>
    </div>
  );
}

export function EventGroups({ onCompare }: { onCompare(a: string, b: string): void }) {
  const groups = useApi('compare:groups', { limit: 500 }, { tables: ['documents', 'claims', 'places', 'sources', 'near_duplicates'] });
  const [open, setOpen] = useState<string | null>(null);
  if (groups.error) return <div className="empty-state error-text">{groups.error.message}</div>;
  if (!groups.data) return <div className="empty-state">Grouping the case's claims…</div>;
  if (groups.data.groups.length === 0)
    return (
      <div className="empty-state">
        <h3>No event is reported by two documents yet</h3>
        <p>Claims about the same thing (compatible unit, subject, place and time) from different documents are grouped here.</p>
      </div>
    );
  return (
    <div className="compare-list" role="list" aria-label="Event groups">
      <p className="muted compare-list-note">
        {groups.data.total} event{groups.data.total === 1 ? '' : 's'} reported by more than one document, most contested first. Copies and relays of one source count as one independent source.
      </p>
      {groups.data.groups.map((g) => (
        <div key={g.id} role="listitem" className={`group-row ${g.conflict ? 'contested' : ''} ${open === g.id ? 'open' : ''}`}>
          <button className="group-head" onClick={() => setOpen(open === g.id ? null : g.id)} aria-expanded={open === g.id}>
            <span className={`pill ${g.conflict ? 'pill-conflict' : 'pill-consistent'}`}>{g.conflict ? (g.decreases.length > 0 && g.conflicts === 0 ? 'total went down' : `${g.conflicts + g.decreases.length} conflict${g.conflicts + g.decreases.length === 1 ? '' : 's'}`) : 'consistent'}</span>
            <span className="group-label grow" dir="auto">
              {g.label}
            </span>
            <span className="group-range" title="Lowest and highest figure reported">
              {g.min === g.max ? number(g.min) : `${number(g.min)} – ${number(g.max)}`}
            </span>
            <span className="group-sources" title="Independent sources / documents">
              {g.independentSources} independent / {g.documents} documents
            </span>
          </button>
          {open === g.id && <GroupDetail group={g} onCompare={onCompare} />}
        </div>
      ))}
    </div>
  );
}
