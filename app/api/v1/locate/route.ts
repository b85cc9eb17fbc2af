import { db } from "@/lib/db/client";
import { locate, locateFeatures } from "@/lib/directory/locate-response";
import { geoJson } from "@/lib/api/geojson";
import { json, parseQuery, route } from "@/lib/api/respond";
import { LocateQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { lat, lng, format } = parseQuery(LocateQuerySchema, req.url);
  return format === "geojson" ? geoJson(await locateFeatures(db(), lat, lng)) : json(await locate(db(), lat, lng));
}, { limit: "read" });
