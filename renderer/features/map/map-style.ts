/**
 * The basemap style, light and dark. Everything it references is served by Sightline itself
 * (resources/basemap via the app:// scheme or the bridge): two PMTiles archives read through
 * the `pmtiles://` protocol, and label fonts drawn by MapLibre from local woff2 files
 * (`font-faces`). No tile, glyph, sprite or style URL outside the app.
 *
 * Two archives, two sources: `world` (zoom 0–7, overzoomed beyond) and `region` (the area of
 * interest, zoom 7–12). The world archive leaves out the region's tiles from zoom 7 on, so
 * the same layer drawn from both never doubles up.
 */
import type { FontFacesSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../../app/theme.ts';

export interface BasemapSources {
  worldUrl: string;
  regionUrl: string;
  regionBounds: [number, number, number, number];
  fontFaces: FontFacesSpecification;
}

export interface Palette {
  water: string;
  land: string;
  lake: string;
  coast: string;
  country: string;
  admin1: string;
  countryLabel: string;
  admin1Label: string;
  placeLabel: string;
  placeDot: string;
  halo: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    water: '#b9d3e6',
    land: '#f3f1ea',
    lake: '#b9d3e6',
    coast: '#8fb1c9',
    country: '#8a7f99',
    admin1: '#b6adc0',
    countryLabel: '#4a4458',
    admin1Label: '#7b7387',
    placeLabel: '#2e3138',
    placeDot: '#555a63',
    halo: 'rgba(255,255,255,0.9)',
  },
  dark: {
    water: '#15202c',
    land: '#272b31',
    lake: '#1b2b3b',
    coast: '#35506a',
    country: '#8b8299',
    admin1: '#4f4a58',
    countryLabel: '#c9c2d6',
    admin1Label: '#918aa0',
    placeLabel: '#dfe3ea',
    placeDot: '#aab1bc',
    halo: 'rgba(18,20,24,0.9)',
  },
};

export const FONT_REGULAR = ['Noto Sans Regular'];
export const FONT_BOLD = ['Noto Sans SemiBold'];

/** The same layers for each archive, so either draws the whole basemap where it has tiles. */
function basemapLayers(source: 'world' | 'region', p: Palette): LayerSpecification[] {
  const id = (name: string): string => `${source}-${name}`;
  const minzoom = source === 'region' ? 7 : 0;
  const common = { source, minzoom };
  return [
    { id: id('land'), type: 'fill', ...common, 'source-layer': 'land', paint: { 'fill-color': p.land, 'fill-antialias': false } },
    { id: id('lakes'), type: 'fill', ...common, 'source-layer': 'lakes', paint: { 'fill-color': p.lake } },
    { id: id('rivers'), type: 'fill', ...common, 'source-layer': 'rivers', paint: { 'fill-color': p.lake } },
    {
      id: id('coastline'),
      type: 'line',
      ...common,
      'source-layer': 'coastline',
      paint: { 'line-color': p.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1, 12, 1.4] },
    },
    {
      id: id('admin1'),
      type: 'line',
      ...common,
      'source-layer': 'boundaries',
      filter: ['==', ['get', 'admin_level'], 1],
      paint: { 'line-color': p.admin1, 'line-dasharray': [3, 2], 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 10, 1.2] },
    },
    {
      id: id('country'),
      type: 'line',
      ...common,
      'source-layer': 'boundaries',
      filter: ['==', ['get', 'admin_level'], 0],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.country, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 6, 1.4, 12, 2.4] },
    },
    {
      id: id('admin1-labels'),
      type: 'symbol',
      ...common,
      'source-layer': 'admin1_labels',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_REGULAR,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 9, 13],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.12,
        'text-max-width': 8,
        'symbol-sort-key': 10,
      },
      paint: { 'text-color': p.admin1Label, 'text-halo-color': p.halo, 'text-halo-width': 1.2 },
    },
    {
      id: id('places'),
      type: 'symbol',
      ...common,
      'source-layer': 'places',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['case', ['<=', ['get', 'rank'], 3], ['literal', FONT_BOLD], ['literal', FONT_REGULAR]],
        'text-size': ['match', ['get', 'rank'], 1, 15, 2, 14, 3, 13, 4, 12.5, 5, 12, 11],
        'text-anchor': 'bottom',
        'text-offset': [0, -0.35],
        'text-max-width': 8,
        'symbol-sort-key': ['-', 0, ['get', 'population']],
        'icon-optional': true,
      },
      paint: { 'text-color': p.placeLabel, 'text-halo-color': p.halo, 'text-halo-width': 1.4 },
    },
    {
      id: id('place-dots'),
      type: 'circle',
      ...common,
      'source-layer': 'places',
      paint: {
        'circle-radius': ['match', ['get', 'rank'], 1, 3.5, 2, 3, 3, 2.6, 2.2],
        'circle-color': p.placeDot,
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: id('country-labels'),
      type: 'symbol',
      ...common,
      'source-layer': 'country_labels',
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_BOLD,
        'text-size': ['interpolate', ['linear'], ['zoom'], 1, 10, 4, 13, 8, 16],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.18,
        'text-max-width': 7,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
      },
      paint: { 'text-color': p.countryLabel, 'text-halo-color': p.halo, 'text-halo-width': 1.5 },
    },
  ] as LayerSpecification[];
}

export function baseStyle(theme: Theme, basemap: BasemapSources): StyleSpecification {
  const p = PALETTES[theme];
  return {
    version: 8,
    name: `sightline-${theme}`,
    'font-faces': basemap.fontFaces,
    sources: {
      world: { type: 'vector', url: basemap.worldUrl, minzoom: 0, maxzoom: 7 },
      region: { type: 'vector', url: basemap.regionUrl, minzoom: 7, maxzoom: 12, bounds: basemap.regionBounds },
    },
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': p.water } }, ...basemapLayers('world', p), ...basemapLayers('region', p)],
  };
}

/** The paint properties that differ between themes, to switch a live map without reloading it. */
export function themePaint(theme: Theme, basemap: BasemapSources): { layer: string; property: string; value: unknown }[] {
  const out: { layer: string; property: string; value: unknown }[] = [];
  for (const layer of baseStyle(theme, basemap).layers) {
    const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
    for (const [property, value] of Object.entries(paint)) if (/color/.test(property)) out.push({ layer: layer.id, property, value });
  }
  return out;
}
