import { db } from "@/lib/db/client";
import { listEntries } from "@/lib/directory/entries";
import { toApiEntry, toFeature } from "@/lib/directory/serialize";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { EntriesQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const query = parseQuery(EntriesQuerySchema, req.url);
  const page = await listEntries(
    db(),
    {
      kinds: query.kind,
      courtKinds: query.courtKind,
      region: query.region,
      q: query.q,
      bbox: query.bbox,
      languages: query.language,
      specialisations: query.specialisation,
    },
    query.limit,
    query.cursor,
  );
  const items = page.items.map(toApiEntry);
  if (query.format === "geojson") {
    return geoJson(req, { type: "FeatureCollection", features: items.map(toFeature), total: page.total, nextCursor: page.nextCursor });
  }
  return revalidatedJson(req, { items, total: page.total, ...(page.totalIsLowerBound ? { totalIsLowerBound: true } : {}), nextCursor: page.nextCursor });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
