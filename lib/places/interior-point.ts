import type { MultiPolygon, Polygon, Position } from "geojson";
import polylabel from "polylabel";

/** Planar area of a ring (shoelace): enough to tell which of a region's polygons is the largest. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum / 2);
}

/**
 * A point inside an area, for "go to this district": the pole of inaccessibility (polylabel) of its largest
 * polygon. A bbox centre or a centroid can fall outside a concave district, or in a lake or a neighbour's
 * enclave; this point is inside by construction, as far from the edges as it gets (to ~1 km).
 */
export function interiorPoint(geometry: Polygon | MultiPolygon): { lat: number; lng: number } {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
  const [lng, lat] = polylabel(largest, 0.01);
  return { lat: Math.round(lat * 1e5) / 1e5, lng: Math.round(lng * 1e5) / 1e5 };
}
