import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { engineOfClient } from "../db/engine";
import type { RateLimitBucket } from "../net/rate-limit";
import { db } from "../db/client";
import { ACCOUNT_LIMITS } from "../validation/account";
import { accountHooks } from "./hooks";
import { siteOrigin } from "./origin";
import { CLIENT_ADDRESS_HEADER } from "../net/client-address";
import { authSecret } from "./secret";

process.env.BETTER_AUTH_TELEMETRY ??= "0";

const MAX_USER_AGENT = 500;

/** better-auth warns that it derives the origin from each request when no base URL is set: that is the intent here. */
const NO_BASE_URL_WARNING = "Base URL is not set";

function createAuth() {
  const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;
  return betterAuth({
    // Stryker disable next-line StringLiteral: better-auth shows it only in e-mails and two-factor apps, neither of which this site uses
    appName: "Courts-GIS Kazakhstan",
    // SITE_URL pins the one origin; without it each request's own origin is the only trusted one (so a
    // callbackURL or Origin of another local port is refused, and `next start -p N` on any address works).
    baseURL: siteUrl?.origin,
    // Stryker disable next-line ArrayDeclaration: better-auth also trusts the origin it derives from the request when baseURL is unset, and always passes the request; kept so the rule does not rest on that default
    trustedOrigins: siteUrl ? [] : (request?: Request) => (request ? [siteOrigin(request)] : []),
    // Stryker disable all: what reaches the server's log only
    logger: {
      log: (level, message, ...args) => {
        if (!message.includes(NO_BASE_URL_WARNING)) console[level](`[better-auth] ${message}`, ...(args as unknown[]));
      },
    },
    // Stryker restore all
    secret: authSecret(),
    database: prismaAdapter(db(), { provider: engineOfClient(db()) }),
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: BETTER_AUTH_TELEMETRY=0 above turns it off too (and a test has no network to see it)
    telemetry: { enabled: false },
    emailAndPassword: { enabled: true, minPasswordLength: ACCOUNT_LIMITS.password.min, maxPasswordLength: ACCOUNT_LIMITS.password.max },
    hooks: { before: accountHooks },
    databaseHooks: {
      // The one session column a request fills freely (its User-Agent header).
      session: { create: { before: async (session) => ({ data: { ...session, userAgent: session.userAgent?.slice(0, MAX_USER_AGENT) ?? null } }) } },
    },
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
      // Stryker disable next-line BooleanLiteral: our per-address read limit (100 per 10 s, in front) answers before better-auth's 100 per minute
      enabled: true,
      storage: "memory",
      window: 60,
      max: 100,
      customRules: { "/sign-in/*": false, "/sign-up/*": false },
    },
    advanced: {
      // The address our server sets from the socket (or a trusted proxy); X-Forwarded-For is the client's word.
      // Stryker disable next-line ObjectLiteral,ArrayDeclaration: keys better-auth's own limiter only, which our read limit answers before (above)
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
      // Stryker disable next-line ObjectLiteral: better-auth's own defaults are the same (tests/api/auth.test.ts checks both attributes); stated so they do not rest on them
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Secure (and the __Secure- prefix) only for an https site: a plain-HTTP deployment must be able to sign in.
      // Requests that arrive over https without SITE_URL get Secure added per response (./cookies.ts).
      useSecureCookies: siteUrl?.protocol === "https:",
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
