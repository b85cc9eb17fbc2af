import type { ApiErrorBody } from "@/lib/api/errors";

// The browser's one way to call our API: same origin (the browser adds Origin and the session cookie), JSON
// in and out. Only types come from lib/: the public pages' bundle stays free of zod.

/** What the API answered instead of the result: its one error shape, the HTTP status (0: no answer) and any extra fields. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly field?: string;

  constructor(
    readonly status: number,
    error: ApiErrorBody["error"],
    /** What some errors add next to code and message: a conflict's changes, an import's problems. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(error.message);
    this.code = error.code;
    this.field = error.field;
  }
}

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; error: ApiCallError };

export interface CallOptions {
  method?: "GET" | "POST" | "PUT";
  /** Sent as JSON (and the method defaults to POST). */
  body?: unknown;
  /** Sent as it is, e.g. a file to import (and the method defaults to POST). */
  raw?: BodyInit;
  signal?: AbortSignal;
}

/**
 * Calls the API and resolves with the typed body or with an ApiCallError: for an error the API sent, for
 * better-auth's own {code, message}, for a body that is not JSON and for no answer at all. Only an abort
 * rejects, because the caller asked for it.
 */
export async function callApi<T>(path: string, options: CallOptions = {}): Promise<ApiResult<T>> {
  const { body, raw, signal } = options;
  let res: Response;
  try {
    res = await fetch(path, {
      method: options.method ?? (body !== undefined || raw !== undefined ? "POST" : "GET"),
      headers: body !== undefined ? { "content-type": "application/json" } : {},
      body: raw ?? (body !== undefined ? JSON.stringify(body) : undefined),
      credentials: "same-origin",
      signal,
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    return { ok: false, error: new ApiCallError(0, { code: "unreachable", message: "" }) };
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    return { ok: false, error: new ApiCallError(res.status, { code: "bad_response", message: text.slice(0, 200) }) };
  }
  return res.ok ? { ok: true, status: res.status, data: parsed as T } : { ok: false, error: errorFrom(res.status, parsed) };
}

/** The result's data, or its error thrown: for promise chains that handle failure in one catch. */
export function dataOrThrow<T>(result: ApiResult<T>): T {
  if (!result.ok) throw result.error;
  return result.data;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** Our routes send {error: {code, message, field, …}}; better-auth sends {code, message}; anything else keeps only its status. */
function errorFrom(status: number, body: unknown): ApiCallError {
  const { code, message, field, ...details } = isRecord(body) ? (isRecord(body.error) ? body.error : body) : {};
  return new ApiCallError(status, { code: text(code) ?? `http_${status}`, message: text(message) ?? "", field: text(field) }, details);
}
