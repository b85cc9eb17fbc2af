import { db } from "@/lib/db/client";
import { apiImportJob } from "@/lib/api/import-job";
import { json, route } from "@/lib/api/respond";
import { canImport } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { notFound } from "@/lib/errors";
import { importJobView } from "@/lib/import/jobs";

/** An import job: queued or running (with its progress), then done (its report) or failed (its error). Admins only. */
export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await authorize(req, canImport);
  const { id } = await ctx.params;
  const job = await importJobView(db(), id.slice(0, 100));
  if (!job) throw notFound("Import job", id);
  return json(apiImportJob(job));
});
