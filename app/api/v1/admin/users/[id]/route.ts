import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { json, route } from "@/lib/api/respond";
import { setRole } from "@/lib/auth/accounts";
import { authorize } from "@/lib/auth/session";
import { UserUpdateSchema } from "@/lib/validation/admin";

export const PUT = route(async (req, ctx: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, ["admin"]);
  const { id } = await ctx.params;
  const { role, regions } = await parseBody(UserUpdateSchema, req);
  if (id === actor.id && role !== "admin") throw new ApiError(400, "invalid_parameter", "role: you cannot demote yourself", "role");
  return json(await setRole(db(), id, role, regions));
});
