import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canEditEntries } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { editEntry } from "@/lib/directory/edit";
import { requireEntry } from "@/lib/directory/entries";
import { toAdminEntry } from "@/lib/directory/serialize";
import { EntryUpdateSchema } from "@/lib/validation/entry-input";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req, ctx: Ctx) => {
  await authorize(req, canEditEntries);
  const { id } = await ctx.params;
  const row = await requireEntry(db(), id);
  return json(toAdminEntry(row));
});

export const PUT = route(async (req, ctx: Ctx) => {
  const actor = await authorize(req, canEditEntries);
  const { id } = await ctx.params;
  const { version, entry } = await parseBody(EntryUpdateSchema, req);
  return json(await editEntry(db(), actor, id, version, entry));
});
