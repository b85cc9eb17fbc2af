import { db } from "@/lib/db/client";
import { json, route } from "@/lib/api/respond";
import { canInviteCourtStaff } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { createCourtInvite } from "@/lib/directory/staff-invites";

export const POST = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canInviteCourtStaff);
  const { id } = await ctx.params;
  return json(await createCourtInvite(db(), actor, id), { status: 201 });
});
