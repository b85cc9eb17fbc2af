import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";

// How the open API is used from elsewhere (CORS, caching, parameters, rate limits): the words and the
// reusable header components the OpenAPI document carries. route() in ./respond.ts does what they say.

export const OPEN_USE_DESCRIPTION = [
  "**Cross-origin use.** Every public GET (the routes without a security requirement) answers any origin with `Access-Control-Allow-Origin: *`, never with credentials: call it with `fetch()` from any page. Account and write routes are same-origin only.",
  "**Caching.** Every public GET has a strong `ETag` and a `Cache-Control`; send `If-None-Match` to get a `304` without the body. Lists and entries revalidate (`no-cache`); `/api/v1/regions?format=geojson&v=<its ETag without quotes>` may be kept for a year.",
  "**Parameters.** Every route refuses a query parameter it does not know with `400` and the message `unknown parameter: <name>` (`error.field` names it): a mistyped filter never silently returns everything.",
  "**Rate limits.** Limits are per client address. Every limited answer carries `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds) and `RateLimit-Policy` (IETF draft names); a `429` adds `Retry-After`.",
  "**Stability.** v1 only grows: new fields and new optional parameters may appear at any time; anything else is v2. Ids never change. A route to be removed is announced with `Deprecation` and `Sunset` headers at least 6 months ahead.",
].join("\n\n");

const integer = { type: "integer" as const, minimum: 0 };

/** Header components, by their name in the document. */
const HEADERS = {
  ETag: { description: "Strong validator of the body; send it back in If-None-Match", schema: { type: "string" as const } },
  "Cache-Control": { description: "`public, no-cache`, or `public, max-age=…` where the URL names its data version", schema: { type: "string" as const } },
  "RateLimit-Limit": { description: "Requests this client may make in the window", schema: integer },
  "RateLimit-Remaining": { description: "Requests left in the current window", schema: integer },
  "RateLimit-Reset": { description: "Seconds until the window resets", schema: integer },
  "RateLimit-Policy": { description: "`<limit>;w=<window seconds>`", schema: { type: "string" as const } },
  "Retry-After": { description: "Seconds to wait before the next request", schema: integer },
};
type HeaderName = keyof typeof HEADERS;

export const headerRefs = (...names: HeaderName[]) => Object.fromEntries(names.map((n) => [n, { $ref: `#/components/headers/${n}` }]));

export const RATE_LIMIT_HEADER_REFS = headerRefs("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy");

export function registerOpenUseComponents(registry: OpenAPIRegistry): void {
  for (const [name, header] of Object.entries(HEADERS)) registry.registerComponent("headers", name, header);
}
