import { db } from "@/lib/db/client";
import { regionsWithCounts } from "@/lib/directory/regions";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { outlineGeometries } from "@/lib/geo/map-outlines";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { RegionsQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { format, detail, v } = parseQuery(RegionsQuerySchema, req.url);
  const regions = await regionsWithCounts(db());
  if (format === "geojson") {
    const geometries = outlineGeometries(regions.map(({ region, geometry }) => ({ id: region.iso, geometry })), detail);
    const outlines = {
      type: "FeatureCollection",
      features: regions.map(({ region }) => ({ type: "Feature", id: region.iso, geometry: geometries.get(region.iso), properties: region })),
    };
    // ?v=<its ETag> names this exact body: a map can then keep the outlines for a year.
    return geoJson(req, outlines, { version: v });
  }
  return revalidatedJson(req, { items: regions.map((r) => r.region) });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
