/** The cursor's position in decimal degrees, degrees-minutes-seconds and MGRS; click to copy. */
import { formatDecimal, formatDms, formatMgrs, type LatLon } from '../../../shared/domain/coordinates.ts';

export function CursorReadout({ at }: { at: LatLon | null }) {
  if (!at) return <div className="map-readout faint" aria-live="off">Move over the map for coordinates</div>;
  const mgrs = formatMgrs(at);
  return (
    <div className="map-readout mono" data-testid="cursor-coordinates" aria-live="off">
      <span title="Decimal degrees (latitude, longitude)">{formatDecimal(at)}</span>
      <span title="Degrees, minutes, seconds">{formatDms(at)}</span>
      {mgrs && <span title="MGRS (1 m)">{mgrs}</span>}
    </div>
  );
}
