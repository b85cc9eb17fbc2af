import { toNextJsHandler } from "better-auth/next-js";
import { route } from "@/lib/api/respond";
import { auth, authRateLimitBucket } from "@/lib/auth/auth";
import { secureCookiesOverHttps } from "@/lib/auth/cookies";

// better-auth's own routes (sign-up, sign-in, sign-out, session): it checks Origin on every POST itself.
const handlers = toNextJsHandler(async (req: Request) => secureCookiesOverHttps(req, await auth().handler(req)));

export const GET = route(handlers.GET, { limit: authRateLimitBucket, query: "foreign" });
export const POST = route(handlers.POST, { limit: authRateLimitBucket, query: "foreign" });
