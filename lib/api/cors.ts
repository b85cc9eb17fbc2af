// Cross-origin reads of the open API: any site may read a public GET from the browser, without credentials.
// Write and account routes get none of these headers, so browsers keep them same-origin (route() decides).

/** What a consumer's script may read besides the CORS-safelisted headers. */
const EXPOSED = ["ETag", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy", "Retry-After"];
/** The few request headers a consumer sends: revalidation, and a JSON content type some clients add to a GET. */
const ALLOWED_REQUEST_HEADERS = ["If-None-Match", "Content-Type"];
const PUBLIC_METHODS = "GET, HEAD, OPTIONS";
/** A day: Chromium caps the preflight cache at 2 h, Firefox at 24 h. */
const PREFLIGHT_MAX_AGE = String(24 * 60 * 60);

/**
 * `*` and never Access-Control-Allow-Credentials: browsers then refuse to send cookies with a cross-site
 * fetch that asks to, and public reads never look at a session anyway.
 */
export const PUBLIC_CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": EXPOSED.join(", "),
};

/**
 * OPTIONS of a public route: a preflight (Access-Control-Request-Method present) or a plain question about
 * the methods; both answer 204 with what a cross-origin GET may do.
 */
export function publicPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...PUBLIC_CORS_HEADERS,
      allow: PUBLIC_METHODS,
      "access-control-allow-methods": PUBLIC_METHODS,
      "access-control-allow-headers": ALLOWED_REQUEST_HEADERS.join(", "),
      "access-control-max-age": PREFLIGHT_MAX_AGE,
    },
  });
}
