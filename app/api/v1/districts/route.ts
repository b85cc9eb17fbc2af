import { db } from "@/lib/db/client";
import { districtOutlines } from "@/lib/directory/districts";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { DistrictsQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { format, v, region } = parseQuery(DistrictsQuerySchema, req.url);
  const districts = await districtOutlines(db(), region);
  if (format === "geojson") {
    const outlines = {
      type: "FeatureCollection",
      features: districts.map(({ district, geometry }) => ({ type: "Feature", id: district.kato, geometry: JSON.parse(geometry) as unknown, properties: district })),
    };
    // ?v=<its ETag> names this exact body: the map keeps the outlines for a year.
    return geoJson(req, outlines, { version: v });
  }
  return revalidatedJson(req, { items: districts.map((d) => d.district) });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
