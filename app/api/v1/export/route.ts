import { db } from "@/lib/db/client";
import { parseQuery, route } from "@/lib/api/respond";
import { exportStream } from "@/lib/directory/export";
import { ExportQuerySchema } from "@/lib/validation/export";

const TYPES = { csv: "text/csv; charset=utf-8", geojson: "application/geo+json; charset=utf-8" };

/** The whole public directory as open data. */
export const GET = route((req) => {
  const { format } = parseQuery(ExportQuerySchema, req.url);
  return new Response(exportStream(db(), format), {
    headers: {
      "content-type": TYPES[format],
      "content-disposition": `attachment; filename="courts-gis-kz.${format}"`,
      "cache-control": "public, max-age=300",
    },
  });
}, { limit: "export" });
