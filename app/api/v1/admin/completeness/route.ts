import { db } from "@/lib/db/client";
import { json, parseQuery, route } from "@/lib/api/respond";
import { canEditEntries } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { completenessCsv, courtCompleteness } from "@/lib/directory/completeness";
import { CompletenessQuerySchema } from "@/lib/validation/admin";

/** The editors' worklist of courts lacking facts, for the regions the signed-in editor edits (an admin: all). */
export const GET = route(async (req) => {
  const actor = await authorize(req, canEditEntries);
  const { format } = parseQuery(CompletenessQuerySchema, req.url);
  const regions = await courtCompleteness(db(), actor);
  if (format === "json") return json({ regions });
  return new Response(completenessCsv(regions), {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="court-completeness.csv"', "cache-control": "private, no-store" },
  });
}, { query: "parsed" });
