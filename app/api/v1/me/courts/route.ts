import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { canAcceptCourtInvite } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { acceptCourtInvite } from "@/lib/directory/staff-invites";
import { InviteCodeSchema } from "@/lib/validation/staff-invites";

// Guessing codes costs a "contribution" (30 an hour per client), on top of the 128 bits of each code.
export const POST = route(async (req) => {
  const actor = await authorize(req, canAcceptCourtInvite);
  const { code } = await parseBody(InviteCodeSchema, req);
  return json(await acceptCourtInvite(db(), actor, code));
}, { limit: "contribution" });
