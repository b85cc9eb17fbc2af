import { toNextJsHandler } from "better-auth/next-js";
import { route } from "@/lib/api/respond";
import { auth, authRateLimitBucket } from "@/lib/auth/auth";

// better-auth's own routes (sign-up, sign-in, sign-out, session): it checks Origin on every POST itself.
const handlers = toNextJsHandler((req: Request) => auth().handler(req));

export const GET = route(handlers.GET, { limit: authRateLimitBucket });
export const POST = route(handlers.POST, { limit: authRateLimitBucket });
