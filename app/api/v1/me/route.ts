import { db } from "@/lib/db/client";
import { json, route } from "@/lib/api/respond";
import { isSignedIn } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { practitionerOverview } from "@/lib/directory/moderation";
import { toAdminEntry } from "@/lib/directory/serialize";

export const GET = route(async (req) => {
  const actor = await authorize(req, isSignedIn);
  const { listings, requests } = await practitionerOverview(db(), actor);
  return json({ user: actor, listings: listings.map(toAdminEntry), requests });
});
