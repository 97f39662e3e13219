/** The case's observation points, by name; a click opens one. */
import type { ObservationPoint, PointType } from '../../../shared/contract/observation-points.ts';
import { DEFAULT_POINT_COLOR } from '../../../shared/domain/point-types.ts';

export function PointsList({ points, types, onSelect }: { points: ObservationPoint[]; types: PointType[]; onSelect: (p: ObservationPoint) => void }) {
  const colors = new Map(types.map((t) => [t.name, t.color]));
  return (
    <section className="side-panel" aria-label="Observation points" data-testid="points-list">
      <header className="side-panel-header">
        <h2>Observation points ({points.length})</h2>
      </header>
      {points.length === 0 && <p className="muted small">None yet. Add one with “Add point” and a click on the map, or type its coordinates.</p>}
      <ul className="points-list">
        {points.map((p) => (
          <li key={p.id}>
            <button className="point-item" onClick={() => onSelect(p)}>
              <span className="swatch round" style={{ background: colors.get(p.type) ?? DEFAULT_POINT_COLOR }} />
              <span className="grow" dir="auto">
                {p.name}
              </span>
              <span className="faint small">{p.type}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
