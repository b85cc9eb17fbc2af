import { db } from "@/lib/db/client";
import { locate } from "@/lib/directory/locate-response";
import { json, parseQuery, route } from "@/lib/api/respond";
import { LocateQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { lat, lng } = parseQuery(LocateQuerySchema, req.url);
  return json(await locate(db(), lat, lng));
}, { limit: "read" });
