import type { ResponseConfig, RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { MAX_PENDING_PER_ACCOUNT } from "../directory/moderation";
import { isHeavyPath } from "../net/admission";
import { ApiErrorSchema } from "./errors";
import { headerRefs, RATE_LIMIT_HEADER_REFS } from "./open-use";

// What a route promises (method, path, summary, request and response schemas), written beside the route
// in its contract.ts; app/api/v1/contracts.ts lists them all and lib/api/openapi.ts makes the document.

export type RouteContract = RouteConfig;

export const jsonBody = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
export const ok = (schema: z.ZodType, description = "OK") => ({ description, ...jsonBody(schema) });
export const err = (description: string) => ({ description, ...jsonBody(ApiErrorSchema) });

export const BAD_INPUT = err("Bad input: the message and `field` name the parameter at fault");
export const NOT_FOUND = err("Not found");
export const NOT_SIGNED_IN = err("Not signed in");
export const TOO_MANY_PENDING = err(`Too many requests of yours are waiting for review (${MAX_PENDING_PER_ACCOUNT})`);
const AUTH = {
  401: NOT_SIGNED_IN,
  403: err("Signed in, but your role, region or ownership does not allow this; or a cross-site request"),
};

export const RATE_LIMITED = {
  description: "Too many requests from this client in the window, or too many at once (code `rate_limited`); `Retry-After` gives the seconds to wait",
  headers: { ...headerRefs("Retry-After"), ...RATE_LIMIT_HEADER_REFS },
  ...jsonBody(ApiErrorSchema),
};

/** Answered by the production server before the route when the heavy answers it serves at once are all taken (lib/net/admission.ts). */
export const BUSY = {
  description: "The server is busy with other large answers (code `busy`); `Retry-After` gives the seconds to wait",
  headers: headerRefs("Retry-After"),
  ...jsonBody(ApiErrorSchema),
};

const NOT_MODIFIED = { description: "Not modified: If-None-Match named the current ETag", headers: headerRefs("ETag", "Cache-Control") };
/** What every answer of a public read carries besides its body. */
const PUBLIC_HEADERS = { ...headerRefs("ETag", "Cache-Control"), ...RATE_LIMIT_HEADER_REFS };

export const idParams = z.object({ id: z.string() });

/** Requests carry the session cookie (see the `session` security scheme). */
export const SESSION = [{ session: [] }];

/** No sign-in needed: said explicitly (an empty requirement), so that a missing one on a private route stands out. */
export const PUBLIC: RouteConfig["security"] = [];

/** A public read: no sign-in, open to any origin, cacheable (ETag, 304), rate-limited per client; a heavy one may be 503 when busy. */
export function publicRead(path: string, summary: string, request: RouteConfig["request"], responses: RouteConfig["responses"]): RouteContract {
  const found = responses[200] as ResponseConfig;
  const busy: RouteConfig["responses"] = isHeavyPath(path) ? { 503: BUSY } : {};
  return { method: "get", path, summary, security: PUBLIC, request, responses: { 400: BAD_INPUT, ...responses, 200: { ...found, headers: PUBLIC_HEADERS }, 304: NOT_MODIFIED, 429: RATE_LIMITED, ...busy } };
}

/** A private read: signed in, answering 401/403 besides its own responses. */
export function privateRead(path: string, summary: string, request: RouteConfig["request"], responses: RouteConfig["responses"]): RouteContract {
  return { method: "get", path, summary, security: SESSION, ...(request ? { request } : {}), responses: { 400: BAD_INPUT, ...responses, ...AUTH } };
}

/** A state-changing request: signed in and same-site, answering 400/401/403 besides its own responses. */
export function write(method: "post" | "put", path: string, summary: string, request: RouteConfig["request"], responses: RouteConfig["responses"]): RouteContract {
  return { method, path, summary, security: SESSION, request, responses: { ...responses, 400: BAD_INPUT, ...AUTH } };
}
