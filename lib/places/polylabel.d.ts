// polylabel 2.1 ships no types: the one function the place index uses.
declare module "polylabel" {
  /** The pole of inaccessibility of a polygon ([outer ring, ...holes] of [x, y]): [x, y] with its `distance` to the edge. */
  export default function polylabel(polygon: number[][][], precision?: number): [number, number] & { distance: number };
}
