/**
 * Places the gazetteer could not settle, most cited first. Placing one (a click on the map,
 * or typed coordinates) places it for the whole case.
 */
import { useState } from 'react';
import type { UnresolvedPlace } from '../../../shared/contract/places.ts';
import { CoordinateError, parseCoordinates, type LatLon } from '../../../shared/domain/coordinates.ts';
import { useApi } from '../../api/client-context.tsx';

export function UnresolvedPanel({
  picking,
  onPick,
  onLocate,
  onClose,
}: {
  picking: string | null;
  onPick: (placeId: string | null) => void;
  onLocate: (place: UnresolvedPlace, at: LatLon) => Promise<void>;
  onClose: () => void;
}) {
  const list = useApi('places:unresolved', {}, { tables: ['places', 'claim_places'] });
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const places = list.data?.places ?? [];
  return (
    <section className="side-panel" aria-label="Places to place by hand" data-testid="unresolved-panel">
      <header className="side-panel-header">
        <h2>Places to place ({places.length})</h2>
        <button className="button ghost small" onClick={onClose} aria-label="Close">
          ×
        </button>
      </header>
      <p className="muted small">The gazetteer found these names nowhere, or in several places. Place each once: every claim that cites it, now and in later imports, follows.</p>
      {places.length === 0 && <p className="empty-state small">Every place of this case is on the map.</p>}
      <ul className="unresolved-list">
        {places.map((p) => (
          <li key={p.id} className={picking === p.id ? 'picking' : ''}>
            <div className="row">
              <strong dir="auto">{p.name}</strong>
              <span className={`pill ${p.resolution}`}>{p.resolution}</span>
              <span className="grow" />
              <span className="faint small">{p.claims} claims</span>
            </div>
            {p.altNames.length > 0 && <div className="faint small">also {p.altNames.join(', ')}</div>}
            {p.example && (
              <div className="muted small example" dir="auto">
                “{p.example}”
              </div>
            )}
            <div className="row">
              <input
                className="input grow mono small"
                aria-label={`Coordinates of ${p.name}`}
                placeholder="coordinates"
                value={typed[p.id] ?? ''}
                onChange={(e) => setTyped({ ...typed, [p.id]: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter') return;
                  try {
                    void onLocate(p, parseCoordinates(typed[p.id] ?? ''));
                  } catch (error) {
                    setErrors({ ...errors, [p.id]: error instanceof CoordinateError ? error.message : String(error) });
                  }
                }}
              />
              <button className={`button small ${picking === p.id ? 'primary' : ''}`} onClick={() => onPick(picking === p.id ? null : p.id)}>
                {picking === p.id ? 'Click the map…' : 'Place on map'}
              </button>
            </div>
            {errors[p.id] && <div className="error-text small">{errors[p.id]}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
