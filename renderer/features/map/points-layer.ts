/**
 * Observation points on a map: a small GeoJSON source (no clustering: an analyst's own
 * points are few and each matters), coloured by type, labelled, selectable and — when the
 * view allows editing — dragged to move.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import type { ObservationPoint, PointType } from '../../../shared/contract/observation-points.ts';
import { DEFAULT_POINT_COLOR } from '../../../shared/domain/point-types.ts';
import type { Theme } from '../../app/theme.ts';
import { FONT_BOLD, PALETTES } from './map-style.ts';

export const POINTS_SOURCE = 'observation-points';

export function addPointLayers(map: MapLibreMap, theme: Theme): void {
  map.addSource(POINTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  map.addLayer({
    id: 'points-symbols',
    type: 'circle',
    source: POINTS_SOURCE,
    paint: {
      // Rings, not discs: an analyst's points stay distinct from the (filled) claim places.
      'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 8, 6],
      'circle-color': '#ffffff',
      'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#fab005', ['get', 'color']],
      'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4.5, 3.5],
      'circle-pitch-alignment': 'map',
    },
  });
  map.addLayer({
    id: 'points-labels',
    type: 'symbol',
    source: POINTS_SOURCE,
    minzoom: 7,
    layout: { 'text-field': ['get', 'name'], 'text-font': FONT_BOLD, 'text-size': 12, 'text-anchor': 'top', 'text-offset': [0, 0.9], 'text-optional': true },
    paint: { 'text-color': PALETTES[theme].placeLabel, 'text-halo-color': PALETTES[theme].halo, 'text-halo-width': 1.8 },
  });
}

export function pointsGeojson(points: ObservationPoint[], types: PointType[]): FeatureCollection<Point> {
  const colors = new Map(types.map((t) => [t.name, t.color]));
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, name: p.name, type: p.type, color: colors.get(p.type) ?? DEFAULT_POINT_COLOR },
    })),
  };
}

export interface PointHandlers {
  /** Drag to move: called once, on release, with where the point was and where it went. */
  onMoved?: (id: string, to: { lat: number; lon: number }) => void;
  onSelect?: (id: string) => void;
  draggable: boolean;
}

export function usePointsLayer(map: MapLibreMap | null, points: ObservationPoint[] | undefined, types: PointType[] | undefined, selectedId: string | null, handlers: PointHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  const data = useRef<FeatureCollection<Point> | null>(null);

  useEffect(() => {
    if (!map || !points || !types) return;
    data.current = pointsGeojson(points, types);
    (map.getSource(POINTS_SOURCE) as GeoJSONSource | undefined)?.setData(data.current);
  }, [map, points, types]);

  useEffect(() => {
    if (!map || !selectedId || !map.getSource(POINTS_SOURCE)) return;
    map.setFeatureState({ source: POINTS_SOURCE, id: selectedId }, { selected: true });
    return () => {
      if (map.getSource(POINTS_SOURCE)) map.setFeatureState({ source: POINTS_SOURCE, id: selectedId }, { selected: false });
    };
  }, [map, selectedId, points]);

  useEffect(() => {
    if (!map) return;
    let dragging: { id: string; moved: boolean } | null = null;
    const canvas = map.getCanvas();
    const onDown = (event: MapLayerMouseEvent): void => {
      const id = event.features?.[0]?.properties?.['id'] as string | undefined;
      if (!id) return;
      latest.current.onSelect?.(id);
      if (!latest.current.draggable || event.originalEvent.button !== 0) return;
      event.preventDefault(); // keeps the map from panning
      dragging = { id, moved: false };
      canvas.style.cursor = 'grabbing';
      map.on('mousemove', onMove);
      map.once('mouseup', onUp);
    };
    const onMove = (event: MapMouseEvent): void => {
      if (!dragging || !data.current) return;
      dragging.moved = true;
      const feature = data.current.features.find((f: Feature<Point>) => f.properties?.['id'] === dragging!.id);
      if (feature) feature.geometry.coordinates = [event.lngLat.lng, event.lngLat.lat];
      (map.getSource(POINTS_SOURCE) as GeoJSONSource | undefined)?.setData(data.current);
    };
    const onUp = (event: MapMouseEvent): void => {
      map.off('mousemove', onMove);
      canvas.style.cursor = '';
      const done = dragging;
      dragging = null;
      if (done?.moved) latest.current.onMoved?.(done.id, { lat: event.lngLat.lat, lon: event.lngLat.lng });
    };
    const enter = (): void => void (canvas.style.cursor = latest.current.draggable ? 'grab' : 'pointer');
    const leave = (): void => void (!dragging && (canvas.style.cursor = ''));
    map.on('mousedown', 'points-symbols', onDown);
    map.on('mouseenter', 'points-symbols', enter);
    map.on('mouseleave', 'points-symbols', leave);
    return () => {
      map.off('mousedown', 'points-symbols', onDown);
      map.off('mouseenter', 'points-symbols', enter);
      map.off('mouseleave', 'points-symbols', leave);
      map.off('mousemove', onMove);
    };
  }, [map]);
}
