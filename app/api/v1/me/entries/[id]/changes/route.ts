import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canProposeListings } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { proposeContactChange } from "@/lib/directory/moderation";
import { ContactInputSchema } from "@/lib/validation/entry-input";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canProposeListings);
  const { id } = await ctx.params;
  const contact = await parseBody(ContactInputSchema, req);
  return json(await proposeContactChange(db(), actor, id, contact), { status: 202 });
});
