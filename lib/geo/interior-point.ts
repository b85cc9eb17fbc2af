import polylabel from "polylabel";
import type { Position } from "geojson";
import type { AreaGeometry } from "./polygons";

/** Twice the signed planar area of a ring (degrees², enough to tell the biggest part of a district). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  // Stryker disable next-line AssignmentOperator: -= only flips the sign, which Math.abs takes off (equivalent)
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum);
}

/**
 * A point well inside an area: the pole of inaccessibility (polylabel) of its largest part, so it lies inside
 * even for a crescent-shaped district (a bounding-box centre may not). About 100 m precise.
 */
export function interiorPoint(geometry: AreaGeometry): { lat: number; lng: number } {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  const [lng, lat] = polylabel(largest, 0.001);
  return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5 };
}
