import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canProposeListings } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { proposeListing } from "@/lib/directory/moderation";
import { ListingInputSchema } from "@/lib/validation/entry-input";

export const POST = route(async (req) => {
  const actor = await authorize(req, canProposeListings);
  const input = await parseBody(ListingInputSchema, req);
  return json(await proposeListing(db(), actor, input), { status: 202 });
});
