import { db } from "@/lib/db/client";
import { encodedMarkers } from "@/lib/directory/markers";
import { publicPreflight } from "@/lib/api/cors";
import { encodedResponse } from "@/lib/api/cached-response";
import { parseQuery, route } from "@/lib/api/respond";
import { MarkersQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const query = parseQuery(MarkersQuerySchema, req.url);
  const filter = {
    kinds: query.kind,
    courtKinds: query.courtKind,
    region: query.region,
    q: query.q,
    languages: query.language,
    specialisations: query.specialisation,
  };
  const markers = await encodedMarkers(db(), filter, { bbox: query.bbox, zoom: query.zoom });
  // Browsers and shared caches may keep it but must revalidate: entries change through the admin side at any moment.
  return encodedResponse(req, markers, { "content-type": "application/json; charset=utf-8", "cache-control": "public, no-cache" });
}, { limit: "markers", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
