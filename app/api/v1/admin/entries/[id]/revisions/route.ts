import { db } from "@/lib/db/client";
import { json, route } from "@/lib/api/respond";
import { canEditEntries } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { entryHistory } from "@/lib/directory/edit";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canEditEntries);
  const { id } = await ctx.params;
  return json({ items: await entryHistory(db(), actor, id) });
});
