/** The claims at one place (the scope the map narrowed to), with a way into the grid. */
import { useMemo } from 'react';
import { useApi } from '../../api/client-context.tsx';
import { joinIsolated } from '../../app/bidi.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';
import { useWorkspace } from '../../app/workspace-state.tsx';
import { formatDecimal } from '../../../shared/domain/coordinates.ts';
import { mapFilter } from './claim-places-layer.ts';

export function PlacePanel({ placeId, onClose }: { placeId: string; onClose: () => void }) {
  const { scope, setScope, selectClaims } = useClaimScope();
  const { navigate } = useWorkspace();
  const filter = useMemo(() => mapFilter(scope), [scope]);
  const result = useApi('places:claims', { placeId, filter }, { tables: ['claims', 'places', 'claim_places'] });
  const place = result.data?.place;
  return (
    <section className="side-panel" aria-label="Claims at this place" data-testid="place-panel">
      <header className="side-panel-header">
        <h2 dir="auto">{place?.name ?? '…'}</h2>
        <button
          className="button ghost small"
          aria-label="Close place panel"
          onClick={() => {
            setScope({ placeIds: undefined });
            onClose();
          }}
        >
          ×
        </button>
      </header>
      {result.error && <p className="error-text">{result.error.message}</p>}
      {place && (
        <p className="muted small">
          {place.lat !== null && place.lon !== null ? formatDecimal({ lat: place.lat, lon: place.lon }, 4) : 'not placed'} · {place.resolution === 'analyst' ? 'placed by an analyst' : 'from the gazetteer'}
          {place.altNames.length > 0 && <> · also {joinIsolated(place.altNames.slice(0, 4), ', ')}</>}
        </p>
      )}
      <div className="row wrap">
        <button className="button small primary" onClick={() => navigate('claims')}>
          Show {result.data?.total ?? ''} in the claims grid
        </button>
        <button className="button small" onClick={() => setScope({ placeIds: undefined })}>
          Clear place filter
        </button>
      </div>
      <ul className="claim-list">
        {result.data?.claims.map((c) => (
          <li key={c.id}>
            <button className="claim-item" onClick={() => selectClaims([c.id])}>
              <span dir="auto">{c.text}</span>
              <span className="faint small">
                <span className={`pill status-${c.status}`}>{c.status}</span> {c.whenStart ?? 'undated'} · {c.sourceName ?? 'no source'}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {result.data && result.data.total > result.data.claims.length && <p className="faint small">and {result.data.total - result.data.claims.length} more in the grid</p>}
    </section>
  );
}
