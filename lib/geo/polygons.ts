import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon, Position } from "geojson";

export type AreaGeometry = Polygon | MultiPolygon;

type Bbox = [number, number, number, number];

function bboxOf(geometry: AreaGeometry): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] = geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      // Stryker disable next-line EqualityOperator: <= assigns the same value when equal (equivalent)
      if (x! < box[0]) box[0] = x!;
      // Stryker disable next-line EqualityOperator: <= assigns the same value when equal (equivalent)
      if (y! < box[1]) box[1] = y!;
      // Stryker disable next-line EqualityOperator: >= assigns the same value when equal (equivalent)
      if (x! > box[2]) box[2] = x!;
      // Stryker disable next-line EqualityOperator: >= assigns the same value when equal (equivalent)
      if (y! > box[3]) box[3] = y!;
    }
  return box;
}

/**
 * Areas with their bounding boxes: a point is tested against the polygon only when it lies in the box,
 * so a lookup runs the exact test on one or two polygons, not all of them.
 */
export class AreaIndex<T> {
  private readonly areas: { bbox: Bbox; geometry: AreaGeometry; value: T }[];

  constructor(areas: { geometry: AreaGeometry; value: T }[]) {
    this.areas = areas.map((a) => ({ ...a, bbox: bboxOf(a.geometry) }));
  }

  /** The first area containing the point (areas here do not overlap), or null. */
  find(lat: number, lng: number): T | null {
    for (const a of this.areas) {
      const [w, s, e, n] = a.bbox;
      if (lng < w || lng > e || lat < s || lat > n) continue;
      if (booleanPointInPolygon([lng, lat], a.geometry)) return a.value;
    }
    return null;
  }
}
