/**
 * The claim places on a map: a clustered GeoJSON source fed by places:features for the
 * workspace's claim scope, a ring layer for the grid's selection, and clicks that narrow
 * the scope to one place (or zoom into a cluster).
 */
import type { Feature, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimFilter } from '../../../shared/contract/claim-filter.ts';
import { useApi } from '../../api/client-context.tsx';
import { useClaimScope } from '../../app/claim-scope.tsx';
import { FONT_BOLD, PALETTES } from './map-style.ts';
import { clusterProperties, colorExpression, placesGeojson, radiusExpression, type ColorBy } from './place-style.ts';
import type { Theme } from '../../app/theme.ts';

export const PLACES_SOURCE = 'claim-places';
const SELECTED_SOURCE = 'claim-places-selected';
const TABLES = ['claims', 'places', 'claim_places', 'sources'];

/** The scope the map draws: everything but the place narrowing, which the map highlights instead. */
export function mapFilter(scope: ClaimFilter): ClaimFilter {
  const { placeIds: _placeIds, ids: _ids, ...rest } = scope;
  return rest;
}

const PLACE_LAYERS = ['places-selected', 'places-names', 'places-counts', 'places-circles'];

/** (Re)creates the place source and layers: the cluster sums depend on the colouring. */
export function addPlaceLayers(map: MapLibreMap, colorBy: ColorBy, theme: Theme): void {
  const halo = PALETTES[theme].halo;
  const before = map.getLayer('points-symbols') ? 'points-symbols' : undefined;
  for (const id of PLACE_LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of [PLACES_SOURCE, SELECTED_SOURCE]) if (map.getSource(id)) map.removeSource(id);
  map.addSource(PLACES_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    cluster: true,
    clusterRadius: 44,
    clusterMaxZoom: 11,
    clusterProperties: clusterProperties(colorBy),
  });
  map.addSource(SELECTED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
  const color = colorExpression(colorBy);
  map.addLayer({
    id: 'places-circles',
    type: 'circle',
    source: PLACES_SOURCE,
    paint: { 'circle-color': color, 'circle-radius': radiusExpression, 'circle-opacity': 0.85, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
  }, before);
  map.addLayer({
    id: 'places-counts',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['>', ['get', 'claims'], 1],
    layout: { 'text-field': ['to-string', ['get', 'claims']], 'text-font': FONT_BOLD, 'text-size': 11, 'text-allow-overlap': true },
    paint: { 'text-color': '#ffffff' },
  }, before);
  map.addLayer({
    id: 'places-names',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['!', ['has', 'point_count']],
    minzoom: 6,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': FONT_BOLD,
      'text-size': 12.5,
      'text-anchor': 'left',
      'text-offset': [1.1, 0],
      'text-optional': true,
    },
    paint: { 'text-color': theme === 'dark' ? '#f1f3f5' : '#1d232c', 'text-halo-color': halo, 'text-halo-width': 1.6 },
  }, before);
  map.addLayer({
    id: 'places-selected',
    type: 'circle',
    source: SELECTED_SOURCE,
    paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': '#fab005', 'circle-stroke-width': 3.5 },
  }, before);
}

/** Keeps the place layers in step with the claim scope and the grid's selection. */
export function useClaimPlaces(map: MapLibreMap | null, options: { frameSelection: boolean; colorBy: ColorBy; theme: Theme; onPlace?: (placeId: string) => void }) {
  const { scope, setScope, selectedClaimIds } = useClaimScope();
  const filter = useMemo(() => mapFilter(scope), [scope]);
  const features = useApi('places:features', { filter }, { tables: TABLES });
  const selection = useApi('places:ofClaims', selectedClaimIds.length ? { claimIds: selectedClaimIds.slice(0, 10_000) } : null, { tables: TABLES });
  const onPlace = useRef(options.onPlace);
  onPlace.current = options.onPlace;

  const data = features.data;
  const theme = useRef(options.theme);
  theme.current = options.theme;
  const [layersVersion, setLayersVersion] = useState(0);
  useEffect(() => {
    if (!map) return;
    addPlaceLayers(map, options.colorBy, theme.current);
    setLayersVersion((v) => v + 1);
  }, [map, options.colorBy]);

  useEffect(() => {
    if (!map || !data || layersVersion === 0) return;
    // Marks for `npm run bench -- map`: from the data in hand to the first frame that shows it.
    performance.mark('sightline:places-data', { detail: { places: data.places.ids.length } });
    (map.getSource(PLACES_SOURCE) as GeoJSONSource | undefined)?.setData(placesGeojson(data.places, options.colorBy));
    map.once('idle', () => performance.mark('sightline:places-rendered'));
  }, [map, data, layersVersion]); // eslint-disable-line react-hooks/exhaustive-deps -- colorBy arrives through layersVersion

  // Highlight the places of the selected claims, or of the place the scope is narrowed to.
  const highlighted = useMemo(() => {
    const ids = new Set<string>([...(selectedClaimIds.length ? (selection.data?.placeIds ?? []) : []), ...(scope.placeIds ?? [])]);
    return ids;
  }, [selection.data, scope.placeIds, selectedClaimIds.length]);
  useEffect(() => {
    if (!map || !data) return;
    const features: Feature<Point>[] = [];
    data.places.ids.forEach((id, i) => {
      if (highlighted.has(id)) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [data.places.lon[i]!, data.places.lat[i]!] }, properties: { id } });
    });
    (map.getSource(SELECTED_SOURCE) as GeoJSONSource | undefined)?.setData({ type: 'FeatureCollection', features });
  }, [map, data, highlighted, layersVersion]);

  const bounds = selection.data?.bounds;
  useEffect(() => {
    if (!map || !bounds || !options.frameSelection || selectedClaimIds.length === 0) return;
    map.fitBounds(
      [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
      ],
      { padding: 80, maxZoom: 10, duration: 600 },
    );
  }, [map, bounds, options.frameSelection, selectedClaimIds.length]);

  useEffect(() => {
    if (!map) return;
    const onClick = (event: MapLayerMouseEvent): void => {
      const feature = event.features?.[0];
      if (!feature) return;
      const props = feature.properties as Record<string, unknown>;
      if (props['cluster_id'] !== undefined) {
        const source = map.getSource(PLACES_SOURCE) as GeoJSONSource;
        void source.getClusterExpansionZoom(props['cluster_id'] as number).then((zoom) => {
          map.easeTo({ center: (feature.geometry as Point).coordinates as [number, number], zoom: zoom + 0.5 });
        });
        return;
      }
      const id = String(props['id']);
      setScope({ placeIds: [id] });
      onPlace.current?.(id);
    };
    const enter = (): void => void (map.getCanvas().style.cursor = 'pointer');
    const leave = (): void => void (map.getCanvas().style.cursor = '');
    map.on('click', 'places-circles', onClick);
    map.on('mouseenter', 'places-circles', enter);
    map.on('mouseleave', 'places-circles', leave);
    return () => {
      map.off('click', 'places-circles', onClick);
      map.off('mouseenter', 'places-circles', enter);
      map.off('mouseleave', 'places-circles', leave);
    };
  }, [map, setScope]);

  return { data, loading: features.loading, error: features.error };
}
