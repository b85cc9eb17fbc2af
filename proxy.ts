import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { ApiError } from "./lib/api/errors";
import { errorResponse, rateLimited } from "./lib/api/respond";
import { routing } from "./i18n/routing";
import { apiDocsPage, contentSecurityPolicy, createNonce } from "./lib/security/headers";

const localise = createMiddleware(routing);

/**
 * Pages: a fresh nonce and the CSP that names it. Next reads the nonce from the CSP request header and puts it
 * on its own scripts; our pages read it from x-nonce. The other security headers come from next.config.
 */
export default async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) return malformedApiPath(request.nextUrl.pathname);
  const refused = await rateLimited(request, "page");
  if (refused) return refused;
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    tileUrl: process.env.TILE_URL,
    siteUrl: process.env.SITE_URL,
    development: process.env.NODE_ENV === "development",
    inlineStyles: apiDocsPage(request.nextUrl.pathname),
  });
  // next-intl forwards the request's headers to the page, these two with them.
  request.headers.set("x-nonce", nonce);
  request.headers.set("content-security-policy", policy);
  const response = localise(request);
  response.headers.set("content-security-policy", policy);
  return response;
}

/**
 * An API path with a broken percent-escape (/api/v1/entries/%ZZ) makes Next's own parameter decoding throw
 * before any route handler runs; it is answered here in the one error shape instead of a plain-text 500.
 */
function malformedApiPath(pathname: string): Response | undefined {
  try {
    decodeURIComponent(pathname);
    return undefined;
  } catch {
    return errorResponse(new ApiError(400, "invalid_parameter", "path: has a malformed percent-encoding", "path"));
  }
}

// Pages (the API, Next's own files and files with an extension are not localised), and API paths with a
// percent sign only: the proxy stays off the API's hot path.
export const config = { matcher: ["/((?!api|_next|_vercel|.*\\..*).*)", "/api/(.*%.*)"] };
