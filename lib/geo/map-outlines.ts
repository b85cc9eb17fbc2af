import { createHash } from "node:crypto";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";

/**
 * Visvalingam's effective area (planar, in square degrees) under which an outline's point is dropped:
 * 1e-4 deg² is about 0.8 km² here, a notch a few hundred metres deep. The 224 district outlines keep 20 000 of
 * their 63 000 points, the 20 regions 6 900 of 19 000 (bench/map-render.ts: re-projecting every outline at
 * each zoom held the map's redraw ~0.2 s). The full outlines stay in the database for locating a point.
 */
const MIN_WEIGHT = 1e-4;

/** The geometries for drawing, by id; kept per set of outlines (the boundaries change only when the data is loaded again). */
const simplified = new Map<string, Map<string, Geometry>>();

/**
 * Outlines simplified for a map: through a topology, so a border two areas share is simplified once and
 * the neighbours still meet, with no gap or overlap between them.
 */
export function outlinesForMap(outlines: { id: string; geometry: string }[]): Map<string, Geometry> {
  const hash = createHash("sha1");
  for (const o of outlines) hash.update(o.id).update("\0").update(o.geometry).update("\0");
  const key = hash.digest("hex");
  let geometries = simplified.get(key);
  if (!geometries) {
    const areas: FeatureCollection<Geometry, Record<string, never>> = {
      type: "FeatureCollection",
      features: outlines.map((o): Feature<Geometry, Record<string, never>> => ({ type: "Feature", id: o.id, properties: {}, geometry: JSON.parse(o.geometry) as Geometry })),
    };
    // The server types its topology with GeoJSON properties, which may be null; the simplifier wants objects.
    const topo = simplify(presimplify(topology({ areas }) as Parameters<typeof presimplify>[0]), MIN_WEIGHT);
    const drawn = feature(topo, topo.objects.areas!) as FeatureCollection;
    geometries = new Map(drawn.features.map((f) => [String(f.id), f.geometry]));
    // A few sets at most (regions, districts; a reload replaces them).
    if (simplified.size >= 4) simplified.clear();
    simplified.set(key, geometries);
  }
  return geometries;
}

/** The geometries by id, as stored ("full") or simplified for a map ("map"). */
export function outlineGeometries(outlines: { id: string; geometry: string }[], detail: "full" | "map"): Map<string, Geometry> {
  if (detail === "map") return outlinesForMap(outlines);
  return new Map(outlines.map((o) => [o.id, JSON.parse(o.geometry) as Geometry]));
}
