import { z } from "zod";

export const GEOJSON_TYPE = "application/geo+json; charset=utf-8";

/** A GeoJSON answer with its own media type (RFC 7946 §12), so that GIS clients recognise it. */
export function geoJson(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { headers: { "content-type": GEOJSON_TYPE, ...headers } });
}

/** A 200 that answers JSON by default and GeoJSON for format=geojson. */
export const okJsonOrGeoJson = (json: z.ZodType, geojson: z.ZodType) => ({
  description: "JSON; with format=geojson a GeoJSON FeatureCollection (RFC 7946)",
  content: { "application/json": { schema: json }, "application/geo+json": { schema: geojson } },
});
