import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import type { User } from "../db/generated/client";
import { regionList } from "../db/list-columns";
import { Conflict, Invalid, notFound } from "../errors";
import { auth } from "./auth";
import { assertStrongPassword } from "./password-policy";
import type { Actor, Role } from "./roles";

// People's accounts: creating them (with their password login), listing them, changing their role.

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  regions?: string[];
}

export const toApiUser = (u: User) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  regions: regionList.parse(u.regions),
  createdAt: u.createdAt.toISOString(),
});

/** Creates an account with an e-mail/password login, hashing the password with better-auth's own hasher. */
export async function createUser(db: Db, user: NewUser): Promise<{ id: string }> {
  const context = await auth().$context;
  const email = user.email.trim().toLowerCase();
  await assertStrongPassword(user.password, [email, user.name]);
  if (await db.user.findUnique({ where: { email } })) throw new Conflict("exists", "An account with this e-mail already exists", "email");
  const hash = await context.password.hash(user.password);
  const id = randomUUID();
  await db.$transaction([
    db.user.create({
      data: { id, email, name: user.name, role: user.role, regions: regionList.serialize(user.regions ?? []), emailVerified: false },
    }),
    db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } }),
  ]);
  return { id };
}

export async function listUsers(db: Db) {
  return (await db.user.findMany({ orderBy: { createdAt: "asc" } })).map(toApiUser);
}

/** Changes a person's role and (for editors) regions; their sessions carry the new role from the next request. */
export async function setRole(db: Db, actor: Actor, id: string, role: Role, regions: string[]) {
  // An admin demoting themselves could leave the site with no admin at all.
  if (id === actor.id && role !== "admin") throw new Invalid("role", "role: you cannot demote yourself");
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw notFound("User", id);
  return toApiUser(await db.user.update({ where: { id }, data: { role, regions: regionList.serialize(role === "editor" ? regions : []) } }));
}
