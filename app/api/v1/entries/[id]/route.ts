import { db } from "@/lib/db/client";
import { requireEntry } from "@/lib/directory/entries";
import { toApiEntry } from "@/lib/directory/serialize";
import { publicPreflight } from "@/lib/api/cors";
import { revalidatedJson, route } from "@/lib/api/respond";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const row = await requireEntry(db(), id);
  return revalidatedJson(req, toApiEntry(row));
}, { limit: "read", access: "public" });

export const OPTIONS = publicPreflight;
