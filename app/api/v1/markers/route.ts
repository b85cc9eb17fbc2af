import { db } from "@/lib/db/client";
import { listMarkers } from "@/lib/directory/markers";
import { publicPreflight } from "@/lib/api/cors";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { MarkersQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const query = parseQuery(MarkersQuerySchema, req.url);
  const markers = await listMarkers(db(), { kinds: query.kind, courtKinds: query.courtKind, region: query.region, q: query.q });
  return revalidatedJson(req, markers);
}, { limit: "markers", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
