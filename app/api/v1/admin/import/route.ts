import { db } from "@/lib/db/client";
import { ApiError } from "@/lib/api/errors";
import { readBodyBytes } from "@/lib/api/body";
import { apiImportJob } from "@/lib/api/import-job";
import { json, parseQuery, route } from "@/lib/api/respond";
import { canImport } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { writeActor } from "@/lib/directory/edit";
import { createImportJob, importJobView } from "@/lib/import/jobs";
import { formatOf } from "@/lib/import/records";
import { runInWorker } from "@/lib/import/worker";
import { ImportQuerySchema, MAX_IMPORT_BYTES } from "@/lib/validation/import";

/**
 * The file is the request body as is; dryRun=true (the default) only reports. Starts a job and answers 202
 * with it at once; GET /api/v1/admin/import/jobs/{id} follows it to its report. Admins only.
 */
export const POST = route(async (req) => {
  const actor = writeActor(await authorize(req, canImport));
  const q = parseQuery(ImportQuerySchema, req.url);
  const format = q.format ?? formatOf(q.fileName);
  if (!format) throw new ApiError(400, "invalid_parameter", "format: give csv, geojson or json (or a fileName with that extension)", "format");
  const bytes = await readBodyBytes(req, MAX_IMPORT_BYTES);
  const options = { format, fileName: q.fileName, defaultKind: q.kind, dryRun: q.dryRun, encoding: q.encoding };
  const id = await createImportJob(db(), actor, options, bytes.length);
  runInWorker(db(), id, actor, bytes, options);
  return json(apiImportJob((await importJobView(db(), id))!), { status: 202, headers: { location: `/api/v1/admin/import/jobs/${id}` } });
}, { query: "parsed" });
