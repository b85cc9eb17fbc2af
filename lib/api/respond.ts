import { createHash } from "node:crypto";
import { z } from "zod";
import { Conflict, DomainError, Forbidden, Invalid, LimitReached, NotFound, TooLarge, Unauthenticated } from "../errors";
import { requestClientKey } from "../net/client-address";
import { ApiError, fromZodError, type ApiErrorBody } from "./errors";
import { takeRequest, type RateLimitBucket } from "../net/rate-limit";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers: { ...JSON_HEADERS, ...init.headers } });
}

/**
 * JSON that browsers and shared caches may keep but must revalidate (entries change through the admin
 * side at any moment): an unchanged body costs a 304 without its bytes.
 */
export function revalidatedJson(req: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha1").update(text).digest("base64url")}"`;
  const headers = { ...JSON_HEADERS, etag, "cache-control": "public, no-cache" };
  const seen = req.headers.get("if-none-match")?.split(",").map((t) => t.trim().replace(/^W\//, ""));
  if (seen?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers });
}

export function errorResponse(error: ApiError, headers?: Record<string, string>): Response {
  const body: ApiErrorBody & { error: Record<string, unknown> } = {
    error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), ...error.details },
  };
  return json(body, { status: error.status, headers });
}

/**
 * Counts the request against its client's `bucket`: a Response (429, Retry-After) when the client is over
 * the limit, else null.
 */
export async function rateLimited(req: Request, bucket: RateLimitBucket): Promise<Response | null> {
  const retryAfter = await takeRequest(bucket, requestClientKey(req.headers));
  if (retryAfter === null) return null;
  const error = new ApiError(429, "rate_limited", `Too many requests; try again in ${retryAfter} s`);
  return errorResponse(error, { "retry-after": String(retryAfter) });
}

/** URLSearchParams to a plain object: a repeated key becomes an array. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0]! : all;
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(schema: S, url: string | URL): z.output<S> {
  const parsed = schema.safeParse(searchParamsObject(new URL(url).searchParams));
  if (!parsed.success) throw fromZodError(parsed.error, "query");
  return parsed.data;
}

/** The status of each kind of domain error: the one place lib's errors meet HTTP. */
const STATUS_OF_DOMAIN_ERROR: [new (...args: never[]) => DomainError, number][] = [
  [Invalid, 400],
  [Unauthenticated, 401],
  [Forbidden, 403],
  [NotFound, 404],
  [Conflict, 409],
  [LimitReached, 429],
  [TooLarge, 413],
];

export const statusOfDomainError = (error: DomainError): number => STATUS_OF_DOMAIN_ERROR.find(([kind]) => error instanceof kind)?.[1] ?? 500;

function fromDomainError(error: DomainError): ApiError {
  const status = statusOfDomainError(error);
  return new ApiError(status, error.code, error.message, error.field, error.details);
}

/**
 * Wraps a route handler: domain errors and ApiErrors become their status, anything unexpected a logged 500
 * in the same shape. `limit` names the rate-limit bucket the route's requests count against (checked before
 * anything else), or picks it per request.
 */
export function route<A extends unknown[]>(
  handler: (req: Request, ...rest: A) => Promise<Response> | Response,
  options: { limit?: RateLimitBucket | ((req: Request) => RateLimitBucket) } = {},
) {
  const { limit } = options;
  return async (req: Request, ...rest: A): Promise<Response> => {
    try {
      const refused = limit ? await rateLimited(req, typeof limit === "function" ? limit(req) : limit) : null;
      return refused ?? (await handler(req, ...rest));
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      if (error instanceof DomainError) return errorResponse(fromDomainError(error));
      if (error instanceof z.ZodError) return errorResponse(fromZodError(error));
      console.error(error);
      return errorResponse(new ApiError(500, "internal_error", "Something went wrong on our side"));
    }
  };
}
