import { db } from "@/lib/db/client";
import { accessCsv, accessFeatures, accessReport } from "@/lib/access/report";
import { accessState } from "@/lib/access/service";
import { publicPreflight } from "@/lib/api/cors";
import { geoJson } from "@/lib/api/geojson";
import { conditional, etagOf, parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { AccessQuerySchema } from "@/lib/validation/access";

export const GET = route(async (req) => {
  const { region, format, detail } = parseQuery(AccessQuerySchema, req.url);
  const state = await accessState(db());
  if (format === "geojson") return geoJson(req, accessFeatures(state, region, detail));
  if (format === "json") return revalidatedJson(req, accessReport(state, region));
  const csv = accessCsv(state, region);
  const headers = { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="access-${region ?? "kz"}.csv"` };
  return conditional(req, { etag: etagOf(csv) }, () => new Response(csv, { status: 200, headers }));
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
