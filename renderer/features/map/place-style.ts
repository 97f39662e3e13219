/**
 * How claim places look: circles sized by claim count, coloured by their dominant status or
 * their most cited source. Clusters sum the same properties, so one expression colours both.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlaceFeatures } from '../../../shared/contract/places.ts';

export type ColorBy = 'status' | 'source';

export const STATUS_COLORS = { unreviewed: '#7c8596', confirmed: '#2b8a3e', disputed: '#e8590c', rejected: '#c92a2a' } as const;
export const STATUSES = ['unreviewed', 'confirmed', 'disputed', 'rejected'] as const;
/** Colours for the most cited sources; the rest share the last. */
export const SOURCE_COLORS = ['#1c7ed6', '#e8590c', '#2b8a3e', '#ae3ec9', '#f08c00', '#0c8599', '#c2255c', '#5f3dc4', '#868e96'] as const;
const SLOTS = SOURCE_COLORS.length;

/**
 * The GeoJSON the clustered source is fed with, built from the column-wise API answer. Only
 * the counts the current colouring needs are attached: clustering sums every one of them for
 * every cluster at every zoom, so fewer properties make a 100,000-point source load faster.
 */
export function placesGeojson(p: PlaceFeatures, by: ColorBy): FeatureCollection<Point> {
  const features: Feature<Point>[] = new Array(p.ids.length);
  for (let i = 0; i < p.ids.length; i++) {
    const properties: Record<string, string | number> = { id: p.ids[i]!, name: p.names[i]!, claims: p.claims[i]! };
    if (by === 'status') {
      properties['unreviewed'] = p.unreviewed[i]!;
      properties['confirmed'] = p.confirmed[i]!;
      properties['disputed'] = p.disputed[i]!;
      properties['rejected'] = p.rejected[i]!;
    } else {
      const slot = p.topSource[i]! < 0 ? SLOTS - 1 : Math.min(p.topSource[i]!, SLOTS - 1);
      for (let s = 0; s < SLOTS; s++) properties[`s${s}`] = s === slot ? p.claims[i]! : 0;
    }
    features[i] = { type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon[i]!, p.lat[i]!] }, properties };
  }
  return { type: 'FeatureCollection', features };
}

export function clusterProperties(by: ColorBy): Record<string, ExpressionSpecification> {
  const keys = by === 'status' ? STATUSES : Array.from({ length: SLOTS }, (_, s) => `s${s}`);
  const props: Record<string, ExpressionSpecification> = { claims: ['+', ['get', 'claims']] };
  for (const key of keys) props[key] = ['+', ['get', key]];
  return props;
}

/** The colour of the largest of `keys` (first wins ties). */
function dominant(keys: string[], colors: readonly string[]): ExpressionSpecification {
  const cases: unknown[] = ['case'];
  keys.slice(0, -1).forEach((key, i) => {
    cases.push(['all', ...keys.filter((k) => k !== key).map((other) => ['>=', ['get', key], ['get', other]])], colors[i]);
  });
  cases.push(colors[keys.length - 1]);
  return cases as ExpressionSpecification;
}

export function colorExpression(by: ColorBy): ExpressionSpecification {
  if (by === 'status') {
    return dominant(
      ['confirmed', 'disputed', 'rejected', 'unreviewed'],
      [STATUS_COLORS.confirmed, STATUS_COLORS.disputed, STATUS_COLORS.rejected, STATUS_COLORS.unreviewed],
    );
  }
  return dominant(
    Array.from({ length: SLOTS }, (_, s) => `s${s}`),
    SOURCE_COLORS,
  );
}

export const radiusExpression: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['get', 'claims']], 1, 6, 4, 10, 10, 16, 40, 28, 200, 40];
