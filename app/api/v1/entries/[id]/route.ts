import { db } from "@/lib/db/client";
import { getEntry } from "@/lib/directory/entries";
import { toApiEntry } from "@/lib/directory/serialize";
import { notFound } from "@/lib/api/errors";
import { json, route } from "@/lib/api/respond";

export const GET = route(async (_req, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const row = await getEntry(db(), id);
  if (!row) throw notFound(`Entry "${id.slice(0, 80)}"`);
  return json(toApiEntry(row));
}, { limit: "read" });
