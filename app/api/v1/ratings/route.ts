import { db } from "@/lib/db/client";
import { publicPreflight } from "@/lib/api/cors";
import { conditional, etagOf, parseQuery, revalidatedJson, route } from "@/lib/api/respond";
import { ratingTable } from "@/lib/ratings/aggregates";
import { ratingTableCsv } from "@/lib/ratings/open-data";
import { RatingTableQuerySchema } from "@/lib/validation/ratings";

export const GET = route(async (req) => {
  const { format, limit, cursor, ...filter } = parseQuery(RatingTableQuerySchema, req.url);
  const table = await ratingTable(db(), filter, { limit, cursor });
  if (format === "json") return revalidatedJson(req, table);
  const csv = ratingTableCsv(table);
  return conditional(req, { etag: etagOf(csv) }, () =>
    new Response(csv, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="court-ratings.csv"' } }),
  );
}, { limit: "read", access: "public", query: "parsed" });

export const OPTIONS = publicPreflight;
