import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { secureCookiesOverHttps } from "@/lib/auth/cookies";

// better-auth's own routes (sign-up, sign-in, sign-out, session): it checks Origin on every POST itself.
export const { GET, POST } = toNextJsHandler(async (req: Request) => secureCookiesOverHttps(req, await auth().handler(req)));
