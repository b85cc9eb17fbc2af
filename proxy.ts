import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { contentSecurityPolicy, createNonce } from "./lib/security/headers";

const localise = createMiddleware(routing);

/**
 * Pages: a fresh nonce and the CSP that names it. Next reads the nonce from the CSP request header and puts it
 * on its own scripts; our pages read it from x-nonce. The other security headers come from next.config.
 */
export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    tileUrl: process.env.TILE_URL,
    siteUrl: process.env.SITE_URL,
    development: process.env.NODE_ENV === "development",
  });
  // next-intl forwards the request's headers to the page, these two with them.
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", policy);
  const response = localise(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

// Pages only: the API, Next's own files and files with an extension are not localised.
export const config = { matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"] };
