/** The side panel of one observation point: edit, move by coordinates, link, see its history. */
import { useEffect, useState } from 'react';
import type { ObservationPoint, PointType } from '../../../shared/contract/observation-points.ts';
import { CoordinateError, formatDecimal, formatDms, formatMgrs, parseCoordinates } from '../../../shared/domain/coordinates.ts';
import { useApi } from '../../api/client-context.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';

export type PointPatch = Partial<Pick<ObservationPoint, 'name' | 'type' | 'lat' | 'lon' | 'notes' | 'links'>>;

const OPS = { insert: 'Created', update: 'Edited', delete: 'Deleted', restore: 'Restored' } as const;

function ago(iso: string): string {
  const s = (Date.now() - Date.parse(iso)) / 1000;
  if (s < 60) return 'just now';
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return new Date(iso).toLocaleDateString();
}

function describe(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value * 1e5) / 1e5);
  if (typeof value === 'string') return value.length > 40 ? `“${value.slice(0, 40)}…”` : `“${value}”`;
  return JSON.stringify(value);
}

export function PointPanel({
  point,
  types,
  onChange,
  onDelete,
  onAddType,
  onClose,
}: {
  point: ObservationPoint;
  types: PointType[];
  onChange: (patch: PointPatch, label: string) => Promise<void>;
  onDelete: () => void;
  onAddType: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const { selectedClaimIds } = useClaimScope();
  const [name, setName] = useState(point.name);
  const [notes, setNotes] = useState(point.notes);
  const [coordinates, setCoordinates] = useState('');
  const [coordError, setCoordError] = useState<string | null>(null);
  const [newType, setNewType] = useState<string | null>(null);
  useEffect(() => {
    setName(point.name);
    setNotes(point.notes);
    setCoordinates('');
    setCoordError(null);
  }, [point.id, point.name, point.notes]);
  const history = useApi('observationPoints:history', { id: point.id }, { tables: ['observation_points'] });
  const links = useApi('observationPoints:links', { id: point.id }, { tables: ['observation_points', 'claims', 'documents'] });

  const saveName = (): void => void (name.trim() && name.trim() !== point.name ? onChange({ name: name.trim() }, `Rename ${point.name}`) : setName(point.name));
  const saveNotes = (): void => void (notes !== point.notes && onChange({ notes }, `Edit notes of ${point.name}`));
  const move = (): void => {
    try {
      const at = parseCoordinates(coordinates);
      setCoordError(null);
      setCoordinates('');
      void onChange({ lat: at.lat, lon: at.lon }, `Move ${point.name}`);
    } catch (e) {
      setCoordError(e instanceof CoordinateError ? e.message : String(e));
    }
  };
  const linkedDocsOfClaims = [...new Set((links.data?.claims ?? []).map((c) => c.documentId).filter((d): d is string => !!d && !point.links.documentIds.includes(d)))];

  return (
    <section className="side-panel" aria-label={`Observation point ${point.name}`} data-testid="point-panel">
      <header className="side-panel-header">
        <h2 dir="auto">{point.name}</h2>
        <button className="button ghost small" onClick={onClose} aria-label="Close point panel">
          ×
        </button>
      </header>
      <div className="form-grid">
        <label htmlFor="edit-point-name">Name</label>
        <input id="edit-point-name" className="input" value={name} dir="auto" onChange={(e) => setName(e.target.value)} onBlur={saveName} onKeyDown={(e) => e.key === 'Enter' && saveName()} />
        <label htmlFor="edit-point-type">Type</label>
        {newType === null ? (
          <select
            id="edit-point-type"
            className="input"
            value={point.type}
            onChange={(e) => (e.target.value === '\u0000new' ? setNewType('') : void onChange({ type: e.target.value }, `Change type of ${point.name}`))}
          >
            {types.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
            <option value={'\u0000new'}>New type…</option>
          </select>
        ) : (
          <div className="row">
            <input className="input grow" autoFocus aria-label="New type name" value={newType} onChange={(e) => setNewType(e.target.value)} placeholder="airfield" />
            <button
              className="button small"
              disabled={!newType.trim()}
              onClick={() =>
                void onAddType(newType.trim()).then(() => {
                  void onChange({ type: newType.trim() }, `Change type of ${point.name}`);
                  setNewType(null);
                })
              }
            >
              Add
            </button>
            <button className="button ghost small" onClick={() => setNewType(null)}>
              Cancel
            </button>
          </div>
        )}
        <span className="form-label">Position</span>
        <div className="coordinates-block mono" data-testid="point-coordinates">
          <div>{formatDecimal(point)}</div>
          <div>{formatDms(point)}</div>
          <div>{formatMgrs(point)}</div>
        </div>
        <label htmlFor="edit-point-coordinates">Move to</label>
        <div>
          <div className="row">
            <input
              id="edit-point-coordinates"
              className="input grow mono"
              value={coordinates}
              placeholder="coordinates, or drag the point"
              onChange={(e) => setCoordinates(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && move()}
            />
            <button className="button small" disabled={!coordinates.trim()} onClick={move}>
              Move
            </button>
          </div>
          {coordError && <div className="error-text">{coordError}</div>}
        </div>
        <label htmlFor="edit-point-notes">Notes</label>
        <textarea id="edit-point-notes" className="input" rows={4} value={notes} dir="auto" onChange={(e) => setNotes(e.target.value)} onBlur={saveNotes} />
      </div>

      <h3 className="side-panel-title">Linked claims</h3>
      <ul className="link-list">
        {links.data?.claims.map((c) => (
          <li key={c.id}>
            <span className="grow" dir="auto">
              {c.text}
            </span>
            <button
              className="button ghost small"
              aria-label="Unlink claim"
              onClick={() => void onChange({ links: { ...point.links, claimIds: point.links.claimIds.filter((id) => id !== c.id) } }, `Unlink a claim from ${point.name}`)}
            >
              ×
            </button>
          </li>
        ))}
        {links.data?.claims.length === 0 && <li className="faint">None. Select claims in the grid, then link them here.</li>}
      </ul>
      <div className="row wrap">
        <button
          className="button small"
          disabled={selectedClaimIds.length === 0}
          onClick={() =>
            void onChange({ links: { ...point.links, claimIds: [...new Set([...point.links.claimIds, ...selectedClaimIds])] } }, `Link claims to ${point.name}`)
          }
        >
          Link selected claims{selectedClaimIds.length ? ` (${selectedClaimIds.length})` : ''}
        </button>
        <button
          className="button small"
          disabled={linkedDocsOfClaims.length === 0}
          onClick={() => void onChange({ links: { ...point.links, documentIds: [...point.links.documentIds, ...linkedDocsOfClaims] } }, `Link documents to ${point.name}`)}
        >
          Link their documents{linkedDocsOfClaims.length ? ` (${linkedDocsOfClaims.length})` : ''}
        </button>
      </div>
      <h3 className="side-panel-title">Linked documents</h3>
      <ul className="link-list">
        {links.data?.documents.map((d) => (
          <li key={d.id}>
            <span className="grow" dir="auto">
              {d.title || d.fileName}
            </span>
            <button
              className="button ghost small"
              aria-label="Unlink document"
              onClick={() => void onChange({ links: { ...point.links, documentIds: point.links.documentIds.filter((id) => id !== d.id) } }, `Unlink a document from ${point.name}`)}
            >
              ×
            </button>
          </li>
        ))}
        {links.data?.documents.length === 0 && <li className="faint">None.</li>}
      </ul>

      <h3 className="side-panel-title">History</h3>
      <ol className="history-list" data-testid="point-history">
        {[...(history.data?.changes ?? [])].reverse().map((c) => (
          <li key={c.id}>
            <div>
              <strong>{c.actor}</strong> <span className="faint">{ago(c.at)}</span>
            </div>
            <div className="muted">{c.summary ?? OPS[c.op]}</div>
            {c.op === 'update' && c.before && c.after && Object.keys(c.after).length > 0 && (
              <div className="faint small">
                {Object.keys(c.after)
                  .map((k) => `${k}: ${describe(c.before![k])} → ${describe(c.after![k])}`)
                  .join(' · ')}
              </div>
            )}
          </li>
        ))}
      </ol>
      <div className="side-panel-footer">
        <button className="button danger small" onClick={onDelete}>
          Delete point
        </button>
        <span className="faint small">
          Added by {point.createdBy} · {ago(point.createdAt)}
        </span>
      </div>
    </section>
  );
}
