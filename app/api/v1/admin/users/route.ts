import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { json, route } from "@/lib/api/respond";
import { createUser, listUsers } from "@/lib/auth/accounts";
import { canManageUsers } from "@/lib/auth/permissions";
import { authorize } from "@/lib/auth/session";
import { NewUserSchema } from "@/lib/validation/admin";

export const GET = route(async (req) => {
  await authorize(req, canManageUsers);
  return json({ items: await listUsers(db()) });
});

export const POST = route(async (req) => {
  await authorize(req, canManageUsers);
  const user = await parseBody(NewUserSchema, req);
  return json(await createUser(db(), user), { status: 201 });
});
