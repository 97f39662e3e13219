/** Colours new tags get in turn: distinct, and legible under text in light and dark mode. */
export const TAG_PALETTE = [
  '#e8a33d',
  '#4c9be8',
  '#5cb85c',
  '#e0605a',
  '#9b6cd6',
  '#3bb3a9',
  '#e377c2',
  '#b08d57',
  '#bcbd22',
  '#17becf',
  '#ff7f0e',
  '#8a8f98',
] as const;
