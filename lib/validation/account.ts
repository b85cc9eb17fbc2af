import { z } from "zod";

// The limits of every account field a request can fill, shared by better-auth's routes (lib/auth/hooks.ts),
// the admin's user form and scripts/create-admin.ts.

export const ACCOUNT_LIMITS = { name: 200, email: 254, password: { min: 10, max: 128 }, image: 2000 } as const;

export const AccountNameSchema = z.string().trim().min(1, "is required").max(ACCOUNT_LIMITS.name, `must be at most ${ACCOUNT_LIMITS.name} characters`);
export const AccountEmailSchema = z
  .string()
  .max(ACCOUNT_LIMITS.email, `must be at most ${ACCOUNT_LIMITS.email} characters`)
  .pipe(z.email("is not a valid e-mail address"));
export const PasswordLengthSchema = z
  .string()
  .min(ACCOUNT_LIMITS.password.min, `must be at least ${ACCOUNT_LIMITS.password.min} characters`)
  .max(ACCOUNT_LIMITS.password.max, `must be at most ${ACCOUNT_LIMITS.password.max} characters`);

/** What better-auth's sign-up may store besides the password (it ignores or refuses the rest). */
export const SignUpFieldsSchema = z.object({
  name: AccountNameSchema,
  email: AccountEmailSchema,
  password: PasswordLengthSchema,
  image: z.string().max(ACCOUNT_LIMITS.image, `must be at most ${ACCOUNT_LIMITS.image} characters`).optional(),
});

export const UpdateUserFieldsSchema = SignUpFieldsSchema.pick({ name: true, image: true }).partial();
export const ChangePasswordFieldsSchema = z.object({ newPassword: PasswordLengthSchema });
