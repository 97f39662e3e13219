/** Claims: the grid beside the map of their places. */
import { MapCanvas } from '../map/MapView.tsx';
import { ClaimsGrid } from './ClaimsGrid.tsx';
import './claims.css';

export function ClaimsView() {
  return (
    <div className="split">
      <section className="pane claims-grid-pane">
        <ClaimsGrid rows={[]} />
      </section>
      <section className="pane pane-border claims-map-pane" aria-label="Map of claim places">
        <MapCanvas />
      </section>
    </div>
  );
}
