import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { notFound } from "@/lib/api/errors";
import { json, route } from "@/lib/api/respond";
import { authorize } from "@/lib/auth/session";
import { editEntry } from "@/lib/directory/edit";
import { getEntry } from "@/lib/directory/entries";
import { toAdminEntry } from "@/lib/directory/serialize";
import { EntryUpdateSchema } from "@/lib/validation/entry-input";

type Ctx = { params: Promise<{ id: string }> };

export const GET = route(async (req, ctx: Ctx) => {
  await authorize(req, ["admin", "editor"]);
  const { id } = await ctx.params;
  const row = await getEntry(db(), id);
  if (!row) throw notFound(`Entry "${id.slice(0, 80)}"`);
  return json(toAdminEntry(row));
});

export const PUT = route(async (req, ctx: Ctx) => {
  const actor = await authorize(req, ["admin", "editor"]);
  const { id } = await ctx.params;
  const { version, entry } = await parseBody(EntryUpdateSchema, req);
  return json(await editEntry(db(), actor, id, version, entry));
});
