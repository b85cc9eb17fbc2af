import { db } from "@/lib/db/client";
import { nearestEntries } from "@/lib/directory/nearest";
import { toApiEntry } from "@/lib/directory/serialize";
import { publicPreflight } from "@/lib/api/cors";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { NearestQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { lat, lng, kind, courtKind, limit } = parseQuery(NearestQuerySchema, req.url);
  const hits = await nearestEntries(db(), { lat, lng }, { kinds: kind, courtKinds: courtKind }, limit);
  return revalidatedJson(req, { point: { lat, lng }, items: hits.map(({ entry, distanceKm }) => ({ ...toApiEntry(entry), distanceKm })) });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
