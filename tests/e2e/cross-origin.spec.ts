import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

// A consumer's page (a journalist's map, a municipal site) on an origin of its own: a tiny static server on
// another port, so every call the page makes to the app is cross-origin, judged by the browser's own CORS.
const CONSUMER_PORT = Number(process.env.E2E_CONSUMER_PORT ?? 3472);
let consumer: http.Server;
let consumerOrigin = "";

test.beforeAll(async () => {
  consumer = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><html lang=en><title>A consumer's page</title><p>Another site using the open API.</p></html>");
  });
  await new Promise<void>((resolve) => consumer.listen(CONSUMER_PORT, "127.0.0.1", resolve));
  consumerOrigin = `http://127.0.0.1:${(consumer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => consumer.close(resolve));
});

test("a page on another origin reads nearest and regions with fetch(), and revalidates them", async ({ page, baseURL }) => {
  expect(new URL(baseURL!).origin).not.toBe(consumerOrigin);
  await page.goto(consumerOrigin);
  const read = await page.evaluate(async (api) => {
    const nearest = await fetch(`${api}/api/v1/nearest?lat=43.25&lng=76.95&limit=3`);
    const regions = await fetch(`${api}/api/v1/regions?format=geojson`);
    const etag = regions.headers.get("etag");
    // If-None-Match is not a CORS-safelisted header: this one goes through a preflight first.
    const again = await fetch(`${api}/api/v1/regions?format=geojson`, { headers: { "if-none-match": etag ?? "" } });
    return {
      nearest: nearest.status,
      items: ((await nearest.json()) as { items: unknown[] }).items.length,
      remaining: nearest.headers.get("ratelimit-remaining"),
      regions: regions.status,
      features: ((await regions.json()) as { features: unknown[] }).features.length,
      etag,
      again: again.status,
    };
  }, baseURL);
  expect(read.nearest).toBe(200);
  expect(read.items).toBe(3);
  expect(Number(read.remaining)).toBeGreaterThan(0); // exposed to the script, not only sent
  expect(read.regions).toBe(200);
  expect(read.features).toBe(20);
  expect(read.etag).toMatch(/^"/);
  expect(read.again).toBe(304);
});

test("the same page cannot use a visitor's session: account and write routes are refused by the browser", async ({ page, baseURL }) => {
  await page.goto(consumerOrigin);
  const outcome = await page.evaluate(async (api) => {
    const attempt = async (url: string, init: RequestInit) => {
      try {
        return `answered ${(await fetch(url, init)).status}`;
      } catch (error) {
        return String(error);
      }
    };
    return {
      write: await attempt(`${api}/api/v1/me/claims`, { method: "POST", credentials: "include", headers: { "content-type": "application/json" }, body: "{}" }),
      account: await attempt(`${api}/api/v1/me`, { credentials: "include" }),
    };
  }, baseURL);
  expect(outcome.write).toMatch(/TypeError/);
  expect(outcome.account).toMatch(/TypeError/);
});

test("preflights: granted for a public read, not for a write route", async ({ request }) => {
  const preflight = { origin: "https://news.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" };
  const open = await request.fetch("/api/v1/nearest", { method: "OPTIONS", headers: preflight });
  expect(open.status()).toBe(204);
  expect(open.headers()["access-control-allow-origin"]).toBe("*");
  expect(open.headers()["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  const closed = await request.fetch("/api/v1/admin/entries", { method: "OPTIONS", headers: { ...preflight, "access-control-request-method": "POST" } });
  expect(closed.headers()["access-control-allow-origin"]).toBeUndefined();
  const head = await request.head("/api/v1/regions");
  expect(head.status()).toBe(200);
  expect(head.headers()["etag"]).toMatch(/^"/);
  expect(await head.body()).toHaveLength(0);
});
