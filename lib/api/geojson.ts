import { z } from "zod";
import { revalidatedJson } from "./respond";

export const GEOJSON_TYPE = "application/geo+json; charset=utf-8";

/** A GeoJSON answer with its own media type (RFC 7946 §12), so that GIS clients recognise it; cached like any public read. */
export const geoJson = (req: Request, body: unknown, options: { version?: string } = {}): Response =>
  revalidatedJson(req, body, { ...options, contentType: GEOJSON_TYPE });

/** A 200 that answers JSON by default and GeoJSON for format=geojson. */
export const okJsonOrGeoJson = (json: z.ZodType, geojson: z.ZodType) => ({
  description: "JSON; with format=geojson a GeoJSON FeatureCollection (RFC 7946)",
  content: { "application/json": { schema: json }, "application/geo+json": { schema: geojson } },
});
