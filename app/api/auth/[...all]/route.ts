import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";

// better-auth's own routes (sign-up, sign-in, sign-out, session): it checks Origin on every POST itself.
export const { GET, POST } = toNextJsHandler((req: Request) => auth().handler(req));
