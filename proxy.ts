import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

// Pages only: the API, Next's own files and files with an extension are not localised.
export const config = { matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"] };
