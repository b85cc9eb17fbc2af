import { db } from "@/lib/db/client";
import { locate, locateFeatures } from "@/lib/directory/locate-response";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { LocateQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { lat, lng, format } = parseQuery(LocateQuerySchema, req.url);
  return format === "geojson" ? geoJson(req, await locateFeatures(db(), lat, lng)) : revalidatedJson(req, await locate(db(), lat, lng));
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
