import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiCallError, callApi } from "@/components/api/client";
import { fetchEntry } from "@/components/directory/api";

// The browser's one client: every failure, whoever answered, is an ApiCallError with code, message and field.

const answer = (status: number, body: string) => vi.stubGlobal("fetch", vi.fn(() => Promise.resolve(new Response(body, { status }))));

afterEach(() => vi.unstubAllGlobals());

describe("callApi", () => {
  it("resolves with the body of a success", async () => {
    answer(200, JSON.stringify({ items: [1, 2] }));
    expect(await callApi<{ items: number[] }>("/api/v1/x")).toEqual({ ok: true, status: 200, data: { items: [1, 2] } });
  });

  it("reads our routes' error shape, with the field and what the error adds", async () => {
    answer(409, JSON.stringify({ error: { code: "conflict", message: "Someone saved", field: "version", currentVersion: 3 } }));
    const res = await callApi("/api/v1/x", { method: "PUT", body: {} });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toBeInstanceOf(ApiCallError);
    expect(res.error).toMatchObject({ status: 409, code: "conflict", message: "Someone saved", field: "version", details: { currentVersion: 3 } });
  });

  it("reads better-auth's {code, message} the same way", async () => {
    answer(401, JSON.stringify({ code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" }));
    const res = await callApi("/api/auth/sign-in/email", { body: {} });
    expect(!res.ok && res.error).toMatchObject({ status: 401, code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" });
  });

  it("turns a body that is not JSON, an unknown shape and no answer into errors too", async () => {
    answer(502, "<html>Bad gateway</html>");
    expect(await callApi("/api/v1/x")).toMatchObject({ ok: false, error: { status: 502, code: "bad_response", message: "<html>Bad gateway</html>" } });
    answer(500, JSON.stringify({ oops: true }));
    expect(await callApi("/api/v1/x")).toMatchObject({ ok: false, error: { status: 500, code: "http_500", message: "" } });
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new TypeError("fetch failed"))));
    expect(await callApi("/api/v1/x")).toMatchObject({ ok: false, error: { status: 0, code: "unreachable" } });
  });

  it("rejects only when the caller aborts", async () => {
    vi.stubGlobal("fetch", vi.fn(() => Promise.reject(new DOMException("This operation was aborted", "AbortError"))));
    const abort = new AbortController();
    abort.abort();
    await expect(callApi("/api/v1/x", { signal: abort.signal })).rejects.toThrow();
  });

  it("sends JSON with its content type, a file as it is, and GET without a body", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(new Response("{}")));
    vi.stubGlobal("fetch", fetch);
    await callApi("/a", { body: { x: 1 } });
    await callApi("/b", { raw: "a,b\n1,2" });
    await callApi("/c");
    expect(fetch.mock.calls.map(([path, init]) => [path, init?.method, init?.headers, init?.body])).toEqual([
      ["/a", "POST", { "content-type": "application/json" }, '{"x":1}'],
      ["/b", "POST", {}, "a,b\n1,2"],
      ["/c", "GET", {}, undefined],
    ]);
  });
});

describe("the home page's fetchers", () => {
  it("reject with the API's own error, not a bare HTTP status", async () => {
    answer(404, JSON.stringify({ error: { code: "not_found", message: 'Entry "x" was not found' } }));
    const failure = await fetchEntry("x", new AbortController().signal).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiCallError);
    expect(failure).toMatchObject({ status: 404, code: "not_found", message: 'Entry "x" was not found' });
  });
});
