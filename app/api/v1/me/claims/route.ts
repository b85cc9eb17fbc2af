import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canProposeListings } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { claimListing } from "@/lib/directory/moderation";
import { ClaimSchema } from "@/lib/validation/admin";

export const POST = route(async (req) => {
  const actor = await authorize(req, canProposeListings);
  const { entryId, licenceNumber } = await parseBody(ClaimSchema, req);
  return json(await claimListing(db(), actor, entryId, licenceNumber), { status: 202 });
});
