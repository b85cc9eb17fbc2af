import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { json, route } from "@/lib/api/respond";
import { canEditEntries } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { restoreRevision } from "@/lib/directory/edit";
import { VersionOnlySchema } from "@/lib/validation/entry-input";

export const POST = route(async (req, ctx: { params: Promise<{ id: string; version: string }> }) => {
  const actor = await authorize(req, canEditEntries);
  const { id, version: target } = await ctx.params;
  if (!/^\d{1,9}$/.test(target)) throw new ApiError(400, "invalid_parameter", "version: must be a whole number", "version");
  const { version } = await parseBody(VersionOnlySchema, req);
  return json(await restoreRevision(db(), actor, id, Number(target), version));
});
