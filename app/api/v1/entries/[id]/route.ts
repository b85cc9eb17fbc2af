import { db } from "@/lib/db/client";
import { requireEntry } from "@/lib/directory/entries";
import { toApiEntry } from "@/lib/directory/serialize";
import { json, route } from "@/lib/api/respond";

export const GET = route(async (_req, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const row = await requireEntry(db(), id);
  return json(toApiEntry(row));
}, { limit: "read" });
