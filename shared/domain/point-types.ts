/** The observation point types every case has; a case adds its own (observation_point_types). */
export const BUILT_IN_POINT_TYPES = [
  { name: 'observation post', color: '#5f3dc4' },
  { name: 'crossing', color: '#1971c2' },
  { name: 'base', color: '#2b8a3e' },
  { name: 'checkpoint', color: '#c2255c' },
] as const;

/** The colour of a type nobody gave one. */
export const DEFAULT_POINT_COLOR = '#5c677d';
