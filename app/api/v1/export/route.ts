import { db } from "@/lib/db/client";
import { publicPreflight } from "@/lib/api/cors";
import { conditional, parseQuery, route } from "@/lib/api/respond";
import { exportStream, exportVersion } from "@/lib/directory/export";
import { ExportQuerySchema } from "@/lib/validation/export";

const TYPES = { csv: "text/csv; charset=utf-8", geojson: "application/geo+json; charset=utf-8" };

/** The whole public directory as open data; a client holding the current version gets a 304, no stream. */
export const GET = route(async (req) => {
  const { format } = parseQuery(ExportQuerySchema, req.url);
  const etag = `"${format}-${await exportVersion(db())}"`;
  return conditional(req, { etag, cacheControl: "public, max-age=300" }, () => new Response(exportStream(db(), format), {
    headers: { "content-type": TYPES[format], "content-disposition": `attachment; filename="courts-gis-kz.${format}"` },
  }));
}, { limit: "export", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
