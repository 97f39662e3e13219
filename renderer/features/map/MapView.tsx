/** The case map (MapLibre), rendered entirely from local resources. */
import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { baseStyle } from './map-style.ts';
import './map.css';

setWorkerUrl(workerUrl);

/** North-west Syria, where the sample case is. */
const INITIAL_VIEW = { center: [36.7, 35.9] as [number, number], zoom: 7 };

export function MapCanvas() {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const theme = document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
    const map = new MapLibreMap({
      container: container.current,
      style: baseStyle(theme),
      ...INITIAL_VIEW,
      attributionControl: false,
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    return () => map.remove();
  }, []);
  return <div ref={container} className="map-canvas" data-testid="map" />;
}

export function MapView() {
  return <MapCanvas />;
}
