import { db } from "@/lib/db/client";
import { regionsWithCounts } from "@/lib/directory/regions";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { RegionsQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { format, v } = parseQuery(RegionsQuerySchema, req.url);
  const regions = await regionsWithCounts(db());
  if (format === "geojson") {
    const outlines = {
      type: "FeatureCollection",
      features: regions.map(({ region, geometry }) => ({
        type: "Feature",
        id: region.iso,
        geometry: JSON.parse(geometry) as unknown,
        properties: region,
      })),
    };
    // ?v=<its ETag> names this exact body: a map can then keep the outlines for a year.
    return geoJson(req, outlines, { version: v });
  }
  return revalidatedJson(req, { items: regions.map((r) => r.region) });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
