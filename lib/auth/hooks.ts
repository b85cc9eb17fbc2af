import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import type { z } from "zod";
import { ChangePasswordFieldsSchema, SignUpFieldsSchema, UpdateUserFieldsSchema } from "../validation/account";
import { judgePassword } from "./password-policy";

// What better-auth's own routes accept, checked before they run: every account field within its limit (a 400
// naming the field), a password policy by strength, no sign-up answer that tells whether an account exists,
// and a password change that always signs out every other session.

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** better-auth's error body ({code, message}) plus the field, like our API's. */
const badRequest = (code: string, field: string, message: string) => new APIError("BAD_REQUEST", { code, message: `${field}: ${message}`, field });

function parseFields<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw badRequest(issue.code === "too_big" ? "too_long" : "invalid_parameter", issue.path.join(".") || "body", issue.message);
}

async function assertStrong(password: string, userInputs: (string | undefined)[], field: string) {
  const verdict = await judgePassword(password, userInputs);
  if (!verdict.ok) throw badRequest(verdict.code, field, verdict.message);
}

/**
 * An existing e-mail gets the answer a new one gets (200, a token, a user, a session cookie) after the same
 * password hashing, but no account and no session: the cookie names a session that does not exist.
 */
async function answerAsIfNew(ctx: HookContext, fields: z.output<typeof SignUpFieldsSchema>) {
  await ctx.context.password.hash(fields.password);
  const now = new Date();
  // Stryker disable next-line StringLiteral: any model name gives a random id, which is all the answer needs
  const token = ctx.context.generateId({ model: "session" }) || crypto.randomUUID();
  const cookie = ctx.context.authCookies.sessionToken;
  await ctx.setSignedCookie(cookie.name, token, ctx.context.secret, { ...cookie.attributes, maxAge: ctx.context.sessionConfig.expiresIn });
  // Stryker disable next-line StringLiteral,LogicalOperator: a random id either way, which is all the answer needs
  const id = ctx.context.generateId({ model: "user" }) || crypto.randomUUID();
  const user = { id, name: fields.name, email: fields.email.toLowerCase(), emailVerified: false, image: fields.image ?? null, createdAt: now, updatedAt: now, role: "practitioner", regions: "[]" };
  return ctx.json({ token, user });
}

async function beforeSignUp(ctx: HookContext) {
  const fields = parseFields(SignUpFieldsSchema, ctx.body);
  await assertStrong(fields.password, [fields.email, fields.name], "password");
  if (await ctx.context.internalAdapter.findUserByEmail(fields.email)) return answerAsIfNew(ctx, fields); // it lowercases
  return { context: { body: { ...(ctx.body as object), name: fields.name } } }; // the trimmed name
}

async function beforeChangePassword(ctx: HookContext) {
  const { newPassword } = parseFields(ChangePasswordFieldsSchema, ctx.body);
  const session = await getSessionFromCtx(ctx);
  if (!session) return; // better-auth answers 401 itself
  await assertStrong(newPassword, [session.user.email, session.user.name], "newPassword");
  // Whoever knew the old password may hold a session: a change signs every other one out, whatever the client asks.
  return { context: { body: { ...(ctx.body as object), revokeOtherSessions: true } } };
}

export const accountHooks = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-up/email") return beforeSignUp(ctx);
  if (ctx.path === "/change-password") return beforeChangePassword(ctx);
  if (ctx.path === "/update-user") parseFields(UpdateUserFieldsSchema, ctx.body);
});
