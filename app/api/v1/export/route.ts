import { db } from "@/lib/db/client";
import { publicPreflight } from "@/lib/api/cors";
import { sendsGzip, fileResponse } from "@/lib/api/cached-response";
import { parseQuery, route } from "@/lib/api/respond";
import { openExport } from "@/lib/directory/export-files";
import { ExportQuerySchema } from "@/lib/validation/export";

const TYPES = { csv: "text/csv; charset=utf-8", geojson: "application/geo+json; charset=utf-8" };

/** The whole public directory as open data, built once per state of the directory; a 304 for the current version. */
export const GET = route(async (req) => {
  const { format } = parseQuery(ExportQuerySchema, req.url);
  const file = await openExport(db(), format, sendsGzip(req));
  return fileResponse(req, file, {
    "content-type": TYPES[format],
    "content-disposition": `attachment; filename="courts-gis-kz.${format}"`,
    "cache-control": "public, max-age=300",
  });
}, { limit: "export", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
