import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/api/errors";
import { json, parseQuery, route } from "@/lib/api/respond";
import { canImport } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { writeActor } from "@/lib/directory/edit";
import { formatOf } from "@/lib/import/records";
import { importFile } from "@/lib/import/run";
import { ImportQuerySchema } from "@/lib/validation/import";

const MAX_FILE_BYTES = 100_000_000;

/** The file is the request body as is; dryRun=true (the default) only reports. Admins only. */
export const POST = route(async (req) => {
  const actor = await authorize(req, canImport);
  const q = parseQuery(ImportQuerySchema, req.url);
  const format = q.format ?? formatOf(q.fileName);
  if (!format) throw new ApiError(400, "invalid_parameter", "format: give csv, geojson or json (or a fileName with that extension)", "format");
  const text = await req.text();
  if (text.length > MAX_FILE_BYTES) throw new ApiError(413, "too_large", "The file is larger than 100 MB");
  return json(await importFile(db(), writeActor(actor), text, { format, fileName: q.fileName, defaultKind: q.kind, dryRun: q.dryRun }));
});
