import { createHash } from "node:crypto";
import { z } from "zod";
import { Conflict, DomainError, Forbidden, Invalid, LimitReached, NotFound, TooLarge, Unauthenticated } from "../errors";
import { requestClientKey } from "../net/client-address";
import { ApiError, fromZodError, type ApiErrorBody } from "./errors";
import { takeRequest, type Quota, type RateLimitBucket } from "../net/rate-limit";
import { PUBLIC_CORS_HEADERS } from "./cors";
import { NoQuerySchema } from "../validation/query";

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers: { ...JSON_HEADERS, ...init.headers } });
}

/** Browsers and shared caches may keep the answer but must ask again each time (a 304 costs no body). */
export const REVALIDATE = "public, no-cache";
/** For a URL that names its data version: it never changes, so it may be kept for a year. */
export const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * If-None-Match against our (strong) ETag the way RFC 9110 compares for GET: weakly, so W/"x" matches "x";
 * a list matches if any of its tags does, and * matches anything.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim() === "*" || strip(t) === strip(etag));
}

/**
 * A cacheable answer: a 304 without the body when the client already holds `etag`, else `send()` with the
 * ETag and Cache-Control on it. `send` is only called when the body is wanted (a streamed export is not
 * started for a 304).
 */
export function conditional(req: Request, cache: { etag: string; cacheControl?: string }, send: () => Response): Response {
  const headers = { etag: cache.etag, "cache-control": cache.cacheControl ?? REVALIDATE };
  if (etagMatches(req.headers.get("if-none-match"), cache.etag)) return new Response(null, { status: 304, headers });
  const res = send();
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/** The strong ETag of a body: its SHA-1. */
export const etagOf = (text: string) => `"${createHash("sha1").update(text).digest("base64url")}"`;

/**
 * JSON that browsers and shared caches may keep but must revalidate (entries change through the admin
 * side at any moment): an unchanged body costs a 304 without its bytes. `version` is the data version the
 * request named (?v=): when it is the body's own ETag the answer is immutable.
 */
export function revalidatedJson(req: Request, body: unknown, options: { version?: string; contentType?: string } = {}): Response {
  const text = JSON.stringify(body);
  const etag = etagOf(text);
  const cacheControl = options.version !== undefined && `"${options.version}"` === etag ? IMMUTABLE : REVALIDATE;
  const headers = options.contentType ? { "content-type": options.contentType } : JSON_HEADERS;
  return conditional(req, { etag, cacheControl }, () => new Response(text, { status: 200, headers }));
}

export function errorResponse(error: ApiError, headers?: Record<string, string>): Response {
  const body: ApiErrorBody & { error: Record<string, unknown> } = {
    error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), ...error.details },
  };
  return json(body, { status: error.status, headers });
}

/** The IETF draft's RateLimit-* fields (draft-ietf-httpapi-ratelimit-headers): where the client stands in its window. */
function rateLimitHeaders(quota: Quota): Record<string, string> {
  return {
    "ratelimit-limit": String(quota.limit),
    "ratelimit-remaining": String(quota.remaining),
    "ratelimit-reset": String(quota.resetSeconds),
    "ratelimit-policy": `${quota.limit};w=${quota.windowSeconds}`,
  };
}

/** A 429 in the one error shape, with Retry-After. */
function refusal(retryAfter: number): Response {
  const error = new ApiError(429, "rate_limited", `Too many requests; try again in ${retryAfter} s`);
  return errorResponse(error, { "retry-after": String(retryAfter) });
}

/** URLSearchParams to a plain object: a repeated key becomes an array. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  // No prototype: `__proto__` or `constructor` is a parameter name like any other (and refused as unknown).
  const out = Object.create(null) as Record<string, string | string[]>;
  // A nameless pair (`?=x`) names nothing a client could have meant: skipped, not refused.
  for (const key of new Set([...params.keys()].filter(Boolean))) {
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

export interface RouteOptions {
  /** The rate-limit bucket the route's requests count against (checked before anything else), or one per request. */
  limit?: RateLimitBucket | ((req: Request) => RateLimitBucket);
  /**
   * "public": an open read any site may call from the browser (CORS for everyone, no credentials; HEAD without
   * the body). "private" (the default): account and write routes, same-origin only: no CORS header at all.
   */
  access?: "public" | "private";
  /**
   * The handler parses the query string itself (parseQuery with a strict schema). Otherwise the route takes
   * no parameters and any parameter is a 400 naming it. "foreign": a handler of someone else's (better-auth)
   * that reads its own parameters.
   */
  query?: "parsed" | "foreign";
}

/** Counts a request that no route() wraps (pages, in proxy.ts) against `bucket`: its 429, or null to go ahead. */
export async function rateLimited(req: Request, bucket: RateLimitBucket): Promise<Response | null> {
  const quota = await takeRequest(bucket, requestClientKey(req.headers));
  return quota.retryAfter ? refusal(quota.retryAfter) : null;
}

/**
 * Wraps a route handler: domain errors and ApiErrors become their status, anything unexpected a logged 500
 * in the same shape. Limited routes carry RateLimit-* headers on every answer; public ones the CORS grant.
 */
export function route<A extends unknown[]>(handler: (req: Request, ...rest: A) => Promise<Response> | Response, options: RouteOptions = {}) {
  const { limit, access = "private", query } = options;
  return async (req: Request, ...rest: A): Promise<Response> => {
    const counted: { quota?: Quota } = {};
    const res = await answer(async () => {
      if (limit) counted.quota = await takeRequest(typeof limit === "function" ? limit(req) : limit, requestClientKey(req.headers));
      if (counted.quota?.retryAfter) return refusal(counted.quota.retryAfter);
      if (!query) parseQuery(NoQuerySchema, req.url);
      return handler(req, ...rest);
    });
    const extra = { ...(counted.quota ? rateLimitHeaders(counted.quota) : {}), ...(access === "public" ? PUBLIC_CORS_HEADERS : {}) };
    return decorated(res, extra, access === "public" && req.method === "HEAD");
  };
}

async function answer(handle: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    if (error instanceof DomainError) return errorResponse(fromDomainError(error));
    if (error instanceof z.ZodError) return errorResponse(fromZodError(error));
    console.error(error);
    return errorResponse(new ApiError(500, "internal_error", "Something went wrong on our side"));
  }
}

/**
 * The response with `extra` headers. Rebuilt rather than changed in place: a Response from another library
 * may have immutable headers. A HEAD answer keeps the GET's headers and drops the body (a stream is cancelled).
 */
function decorated(res: Response, extra: Record<string, string>, headOnly: boolean): Response {
  if (Object.keys(extra).length === 0 && !headOnly) return res;
  const headers = new Headers(res.headers);
  for (const [k, v] of Object.entries(extra)) headers.set(k, v);
  if (headOnly) void res.body?.cancel();
  return new Response(headOnly ? null : res.body, { status: res.status, statusText: res.statusText, headers });
}
