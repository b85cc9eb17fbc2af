import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

// Pages are public routes too: the proxy counts each page request against its client's "page" bucket.

vi.stubEnv("RATE_LIMIT_PAGE", "3/60");
const { default: proxy } = await import("@/proxy");

const page = (client: string) => new NextRequest("http://127.0.0.1/en/about", { headers: { [CLIENT_ADDRESS_HEADER]: client, "accept-language": "en" } });

describe("pages are rate-limited per client", () => {
  it("a client over its page limit gets a 429 with Retry-After in the one error shape; another client does not", async () => {
    for (let i = 0; i < 3; i++) expect((await proxy(page("192.0.2.10")))!.status).not.toBe(429);
    const refused = (await proxy(page("192.0.2.10")))!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).error.code).toBe("rate_limited");
    expect((await proxy(page("192.0.2.11")))!.status).not.toBe(429);
  });

  it("API paths are not counted by the proxy (their routes count them)", async () => {
    const api = (client: string) => new NextRequest("http://127.0.0.1/api/v1/entries/%ZZ", { headers: { [CLIENT_ADDRESS_HEADER]: client } });
    for (let i = 0; i < 5; i++) expect((await proxy(api("192.0.2.12")))!.status).toBe(400);
  });
});
