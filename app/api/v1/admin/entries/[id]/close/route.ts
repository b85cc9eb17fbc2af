import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canEditEntries } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { setEntryStatus } from "@/lib/directory/edit";
import { CloseEntrySchema } from "@/lib/validation/entry-input";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canEditEntries);
  const { id } = await ctx.params;
  const { version, note, replacedBy } = await parseBody(CloseEntrySchema, req);
  return json(await setEntryStatus(db(), actor, id, version, "closed", note, replacedBy));
});
