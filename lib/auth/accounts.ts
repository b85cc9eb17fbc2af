import type { Db } from "../db/client";
import type { User } from "../db/generated/client";
import { notFound } from "../api/errors";
import type { Role } from "./roles";

export const toApiUser = (u: User) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  regions: JSON.parse(u.regions) as string[],
  createdAt: u.createdAt.toISOString(),
});

export async function listUsers(db: Db) {
  return (await db.user.findMany({ orderBy: { createdAt: "asc" } })).map(toApiUser);
}

/** Changes a person's role and (for editors) regions; their sessions carry the new role from the next request. */
export async function setRole(db: Db, id: string, role: Role, regions: string[]) {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw notFound(`User "${id.slice(0, 80)}"`);
  return toApiUser(await db.user.update({ where: { id }, data: { role, regions: JSON.stringify(role === "editor" ? regions : []) } }));
}
