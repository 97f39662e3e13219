/**
 * The map's style. Everything it references is served by Sightline itself (resources/ via
 * the app:// scheme or the bridge): no tile, glyph or sprite URL outside the app.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../../app/theme.ts';

export function baseStyle(theme: Theme): StyleSpecification {
  return {
    version: 8,
    name: `sightline-${theme}`,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme === 'dark' ? '#1b2430' : '#dfe8ee' } }],
  };
}
