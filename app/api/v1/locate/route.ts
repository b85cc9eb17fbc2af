import { db } from "@/lib/db/client";
import { locate } from "@/lib/directory/locate-response";
import { publicPreflight } from "@/lib/api/cors";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { LocateQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { lat, lng } = parseQuery(LocateQuerySchema, req.url);
  return revalidatedJson(req, await locate(db(), lat, lng));
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
