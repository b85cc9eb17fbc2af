import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { RateLimitBucket } from "../api/rate-limit";
import { db } from "../db/client";
import { CLIENT_ADDRESS_HEADER } from "../net/client-address";
import { authSecret } from "./secret";

process.env.BETTER_AUTH_TELEMETRY ??= "0";

/** Local addresses on any port, so `next start -p N` works without configuration; SITE_URL pins it. */
const baseURL = process.env.SITE_URL ?? {
  allowedHosts: ["localhost:*", "127.0.0.1:*", "localhost", "127.0.0.1"],
  fallback: `http://localhost:${process.env.PORT ?? 3000}`,
};

function createAuth() {
  return betterAuth({
    appName: "Courts-GIS Kazakhstan",
    baseURL,
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: "sqlite" }),
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 128 },
    user: {
      additionalFields: {
        // input: false — a sign-up can never choose its own role or regions; every new account is a practitioner.
        role: { type: "string", defaultValue: "practitioner", input: false },
        regions: { type: "string", defaultValue: "[]", input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Sign-in and sign-up are counted in front of better-auth, by our limits (authRateLimitBucket); its own
    // limiter still guards the rest (password changes, resets) with its defaults.
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 100,
      customRules: { "/sign-in/*": false, "/sign-up/*": false },
    },
    advanced: {
      // The address our server sets from the socket (or a trusted proxy); X-Forwarded-For is the client's word.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // better-auth turns its Origin check off under test runners by default; ours test it, so keep it on.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per process (its rate-limit memory must be shared by every request).
const holder = globalThis as unknown as { courtsGisAuth?: Auth };

export function auth(): Auth {
  holder.courtsGisAuth ??= createAuth();
  return holder.courtsGisAuth;
}

/** The rate-limit bucket of a request to better-auth's routes: password guesses count tightly. */
export function authRateLimitBucket(req: Request): RateLimitBucket {
  const path = new URL(req.url).pathname;
  if (path.startsWith("/api/auth/sign-in")) return "sign-in";
  if (path.startsWith("/api/auth/sign-up")) return "sign-up";
  return "read";
}
