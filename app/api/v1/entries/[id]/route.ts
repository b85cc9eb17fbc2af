import { db } from "@/lib/db/client";
import { requireEntry } from "@/lib/directory/entries";
import { currentFactSources } from "@/lib/directory/provenance";
import { toApiEntryWithSources } from "@/lib/directory/serialize";
import { publicPreflight } from "@/lib/api/cors";
import { revalidatedJson, route } from "@/lib/api/respond";

export const GET = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const row = await requireEntry(db(), id);
  return revalidatedJson(req, toApiEntryWithSources(row, await currentFactSources(db(), id)));
}, { limit: "read", access: "public" });

export const OPTIONS = publicPreflight;
