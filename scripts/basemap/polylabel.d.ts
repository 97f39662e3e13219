// polylabel 2 ships no type declarations.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon: [x, y] with its distance to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number): number[] & { distance: number };
}
