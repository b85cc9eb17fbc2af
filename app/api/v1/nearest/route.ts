import { db } from "@/lib/db/client";
import { nearestEntries } from "@/lib/directory/nearest";
import { toApiEntry, toFeature } from "@/lib/directory/serialize";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { NearestQuerySchema } from "@/lib/validation/query";

export const GET = route(async (req) => {
  const { lat, lng, kind, courtKind, language, specialisation, limit, format } = parseQuery(NearestQuerySchema, req.url);
  const filter = { kinds: kind, courtKinds: courtKind, languages: language, specialisations: specialisation };
  const hits = await nearestEntries(db(), { lat, lng }, filter, limit);
  const items = hits.map(({ entry, distanceKm }) => ({ ...toApiEntry(entry), distanceKm }));
  if (format === "geojson") return geoJson(req, { type: "FeatureCollection", point: { lat, lng }, features: items.map(toFeature) });
  return revalidatedJson(req, { point: { lat, lng }, items });
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
