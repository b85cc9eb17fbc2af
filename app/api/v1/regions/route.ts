import { db } from "@/lib/db/client";
import { regionsWithCounts } from "@/lib/directory/regions";
import { geoJson } from "@/lib/api/geojson";
import { json, parseQuery, route } from "@/lib/api/respond";
import { RegionsQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { format } = parseQuery(RegionsQuerySchema, req.url);
  const regions = await regionsWithCounts(db());
  if (format === "geojson") {
    return geoJson({
      type: "FeatureCollection",
      features: regions.map(({ region, geometry }) => ({
        type: "Feature",
        id: region.iso,
        geometry: JSON.parse(geometry) as unknown,
        properties: region,
      })),
    }, { "cache-control": "public, max-age=300" });
  }
  return json({ items: regions.map((r) => r.region) });
}, { limit: "read" });
