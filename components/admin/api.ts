/** Same-origin JSON calls to our API from the admin pages (the browser adds Origin and the session cookie). */
export interface ApiResult<T = any> {
  ok: boolean;
  status: number;
  data: T;
}

export async function api<T = any>(path: string, init: { method?: string; body?: unknown; raw?: BodyInit } = {}): Promise<ApiResult<T>> {
  const res = await fetch(path, {
    method: init.method ?? (init.body !== undefined || init.raw !== undefined ? "POST" : "GET"),
    headers: init.raw !== undefined ? {} : { "content-type": "application/json" },
    body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    credentials: "same-origin",
  });
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { error: { code: "bad_response", message: text.slice(0, 200) } };
  }
  return { ok: res.ok, status: res.status, data: data as T };
}

/** zod issues or an API error as messages by field path ("phones.0.number"). */
export type FieldErrors = Record<string, string>;

export function apiFieldErrors(data: { error?: { field?: string; message?: string } } | null, prefix = ""): FieldErrors {
  const e = data?.error;
  if (!e?.field) return {};
  const field = prefix && e.field.startsWith(prefix) ? e.field.slice(prefix.length) : e.field;
  return { [field]: e.message ?? "" };
}
