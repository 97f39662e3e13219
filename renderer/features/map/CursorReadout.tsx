/**
 * The cursor's position in decimal degrees, degrees-minutes-seconds and MGRS. It listens to
 * the map itself, so a mouse move re-renders this line only, not the map's other overlays.
 */
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { formatDecimal, formatDms, formatMgrs, type LatLon } from '../../../shared/domain/coordinates.ts';

export function CursorReadout({ map }: { map: MapLibreMap | null }) {
  const [at, setAt] = useState<LatLon | null>(null);
  useEffect(() => {
    if (!map) return;
    let frame = 0;
    const onMove = (event: MapMouseEvent): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setAt({ lat: event.lngLat.lat, lon: event.lngLat.lng }));
    };
    const onLeave = (): void => {
      cancelAnimationFrame(frame);
      setAt(null);
    };
    map.on('mousemove', onMove);
    map.getCanvas().addEventListener('mouseleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      map.off('mousemove', onMove);
      map.getCanvas().removeEventListener('mouseleave', onLeave);
    };
  }, [map]);
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
