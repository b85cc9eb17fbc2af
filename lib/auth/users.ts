import { randomUUID } from "node:crypto";
import type { Db } from "../db/client";
import { auth } from "./auth";
import { assertStrongPassword } from "./password-policy";
import type { Role } from "./roles";

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  regions?: string[];
}

/**
 * Creates an account with an e-mail/password login (the admin's user form, scripts/create-admin.ts), under the
 * sign-up's password policy, hashing the password with better-auth's own hasher.
 */
export async function createUser(db: Db, user: NewUser): Promise<{ id: string }> {
  const context = await auth().$context;
  const email = user.email.trim().toLowerCase();
  await assertStrongPassword(user.password, [email, user.name]);
  if (await db.user.findUnique({ where: { email } })) throw new Error(`An account for ${email} already exists`);
  const hash = await context.password.hash(user.password);
  const id = randomUUID();
  await db.$transaction([
    db.user.create({
      data: { id, email, name: user.name, role: user.role, regions: JSON.stringify(user.regions ?? []), emailVerified: false },
    }),
    db.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash } }),
  ]);
  return { id };
}
