// polylabel 2.1 ships no types: the pole of inaccessibility of a polygon (rings of [x, y]), `precision` in its units.
declare module "polylabel" {
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
