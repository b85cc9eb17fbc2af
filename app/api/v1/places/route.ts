import { publicPreflight } from "@/lib/api/cors";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { findPlaces, toApiPlace } from "@/lib/places";
import { PlacesQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { q, limit } = parseQuery(PlacesQuerySchema, req.url);
  return revalidatedJson(req, { items: findPlaces(q, limit).map(toApiPlace) });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
