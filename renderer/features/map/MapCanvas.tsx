/**
 * A MapLibre map of the case: the offline basemap, the claim places of the workspace's claim
 * scope (clustered, sized by claim count, coloured by status or source), the analyst's
 * observation points, a scale bar, the cursor's coordinates and the time slider. Used by the
 * Map view (editable) and embedded beside the claims grid (driven by the same claim scope).
 */
import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LatLon } from '../../../shared/domain/coordinates.ts';
import { useApi, useClient } from '../../api/client-context.tsx';
import { loadBasemap } from './basemap.ts';
import { useClaimPlaces } from './claim-places-layer.ts';
import { CursorReadout } from './CursorReadout.tsx';
import { baseStyle, PALETTES, themePaint, type BasemapSources } from './map-style.ts';
import { PlaceLegend } from './PlaceLegend.tsx';
import { type ColorBy } from './place-style.ts';
import { addPointLayers, usePointsLayer } from './points-layer.ts';
import { TimeFilter } from './TimeFilter.tsx';
import { useDocumentTheme } from './use-document-theme.ts';
import './map.css';

setWorkerUrl(workerUrl);

/** North-west Syria, where the sample case is. */
export const INITIAL_VIEW = { center: [36.75, 35.95] as [number, number], zoom: 7.4 };
const COLOR_KEY = 'sightline.map.colorBy';

export interface MapCanvasProps {
  /** Points can be dragged to move (the Map view); elsewhere they only show. */
  editable?: boolean;
  selectedPointId?: string | null;
  onPointSelect?: (id: string) => void;
  onPointMoved?: (id: string, to: LatLon) => void;
  /** A click on the map outside any point or place (adding a point, placing a place). */
  onMapClick?: (at: LatLon) => void;
  onPlace?: (placeId: string) => void;
  /** Crosshair while the view waits for a click on the map. */
  picking?: boolean;
  /** Frames the grid's selected claims when it changes. */
  frameSelection?: boolean;
  onMap?: (map: MapLibreMap | null) => void;
  children?: ReactNode;
}

export function MapCanvas(props: MapCanvasProps) {
  const client = useClient();
  const container = useRef<HTMLDivElement>(null);
  const theme = useDocumentTheme();
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [basemap, setBasemap] = useState<BasemapSources | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [colorBy, setColorBy] = useState<ColorBy>(() => (localStorage.getItem(COLOR_KEY) === 'source' ? 'source' : 'status'));
  const latest = useRef(props);
  latest.current = props;
  const themeAtCreation = useRef(theme);

  useEffect(() => {
    let live = true;
    loadBasemap(client).then(
      (b) => live && setBasemap(b),
      (error: Error) => live && setFailure(error.message),
    );
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(() => {
    if (!container.current || !basemap) return;
    const created = new MapLibreMap({
      container: container.current,
      style: baseStyle(themeAtCreation.current, basemap),
      ...INITIAL_VIEW,
      attributionControl: false,
      maxZoom: 16,
      dragRotate: false,
      pitchWithRotate: false,
    });
    created.touchZoomRotate.disableRotation();
    created.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    created.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    created.on('load', () => {
      addPointLayers(created, themeAtCreation.current);
      setMap(created);
      latest.current.onMap?.(created);
    });
    created.on('click', (event: MapMouseEvent) => {
      const hits = created.getLayer('places-circles') ? created.queryRenderedFeatures(event.point, { layers: ['places-circles', 'points-symbols'] }) : [];
      if (hits.length === 0) latest.current.onMapClick?.({ lat: event.lngLat.lat, lon: event.lngLat.lng });
    });
    // A debugging and test handle: the e2e tests read positions through it.
    (container.current as HTMLDivElement & { maplibre?: MapLibreMap }).maplibre = created;
    return () => {
      latest.current.onMap?.(null);
      setMap(null);
      created.remove();
    };
  }, [basemap]);

  // Follow the app's theme live: only colours change, so no reload of sources or tiles.
  useEffect(() => {
    if (!map || !basemap) return;
    for (const { layer, property, value } of themePaint(theme, basemap)) map.setPaintProperty(layer, property as never, value as never);
    const halo = PALETTES[theme].halo;
    const paint = (layer: string, property: string, value: string): void => {
      if (map.getLayer(layer)) map.setPaintProperty(layer, property as never, value as never);
    };
    paint('points-labels', 'text-halo-color', halo);
    paint('points-labels', 'text-color', PALETTES[theme].placeLabel);
    paint('places-names', 'text-halo-color', halo);
    paint('places-names', 'text-color', theme === 'dark' ? '#f1f3f5' : '#1d232c');
  }, [map, basemap, theme]);

  useEffect(() => localStorage.setItem(COLOR_KEY, colorBy), [colorBy]);

  const places = useClaimPlaces(map, { frameSelection: props.frameSelection ?? true, colorBy, theme, ...(props.onPlace ? { onPlace: props.onPlace } : {}) });
  const points = useApi('observationPoints:list', {}, { tables: ['observation_points', 'observation_point_types'] });
  usePointsLayer(map, points.data?.points, points.data?.types, props.selectedPointId ?? null, {
    draggable: props.editable ?? false,
    onMoved: (id, to) => latest.current.onPointMoved?.(id, to),
    onSelect: (id) => latest.current.onPointSelect?.(id),
  });

  useEffect(() => {
    if (map) map.getCanvas().style.cursor = props.picking ? 'crosshair' : '';
  }, [map, props.picking]);

  return (
    <div className="map-host" data-testid="map-host">
      <div ref={container} className="map-canvas" data-testid="map" data-ready={map ? 'true' : 'false'} />
      {failure && (
        <div className="map-failure empty-state">
          <h3>The map cannot be shown</h3>
          <p>{failure}</p>
        </div>
      )}
      <PlaceLegend colorBy={colorBy} onColorBy={setColorBy} data={places.data} error={places.error?.message} />
      <div className="map-bottom">
        <TimeFilter />
        <CursorReadout map={map} />
      </div>
      {props.children}
    </div>
  );
}
