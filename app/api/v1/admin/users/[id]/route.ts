import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { setRole } from "@/lib/auth/accounts";
import { canManageUsers } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { UserUpdateSchema } from "@/lib/validation/admin";

export const PUT = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, canManageUsers);
  const { id } = await ctx.params;
  const { role, regions } = await parseBody(UserUpdateSchema, req);
  return json(await setRole(db(), actor, id, role, regions));
});
