import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { json, route } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/session";
import { importJobView } from "@/lib/import/jobs";

/** An import job: queued or running (with its progress), then done (its report) or failed (its error). Admins only. */
// TODO(rate limit): bucket "admin"
export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await authorize(req, ["admin"]);
  const { id } = await ctx.params;
  const job = await importJobView(db(), id.slice(0, 100));
  if (!job) throw notFound("Import job");
  return json(job);
});
