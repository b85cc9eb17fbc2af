import { db } from "@/lib/db/client";
import { parseBody } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import { json, route } from "@/lib/api/respond";
import { listUsers } from "@/lib/auth/accounts";
import { authorize } from "@/lib/auth/session";
import { createUser } from "@/lib/auth/users";
import { NewUserSchema } from "@/lib/validation/admin";

export const GET = route(async (req) => {
  await authorize(req, ["admin"]);
  return json({ items: await listUsers(db()) });
});

export const POST = route(async (req) => {
  await authorize(req, ["admin"]);
  const user = await parseBody(NewUserSchema, req);
  if (await db().user.findUnique({ where: { email: user.email.toLowerCase() } })) {
    throw new ApiError(409, "exists", "An account with this e-mail already exists", "email");
  }
  return json(await createUser(db(), user), { status: 201 });
});
