import { expect, type APIResponse, test } from "@playwright/test";
import { createAdmin, signIn } from "./admin-helpers";
import { blockExternal, waitForMarkers, watchCsp } from "./support";

function expectHardened(res: APIResponse) {
  const h = res.headers();
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toBe("geolocation=(self), camera=(), microphone=()");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  // Served over plain HTTP here (no SITE_URL): HSTS would be wrong.
  expect(h["strict-transport-security"]).toBeUndefined();
}

const sources = (res: APIResponse, directive: string) =>
  new RegExp(`${directive} ([^;]*)`).exec(res.headers()["content-security-policy"] ?? "")?.[1]?.split(" ") ?? [];
const scriptSources = (res: APIResponse) => sources(res, "script-src");

test.beforeEach(async ({ page }) => blockExternal(page));

test("every kind of response carries the security headers", async ({ request }) => {
  const page = await request.get("/en");
  const html = await page.text();
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  const responses: [string, APIResponse, number][] = [
    ["page", page, 200],
    ["redirect to a language", await request.get("/", { maxRedirects: 0 }), 307],
    ["unknown page", await request.get("/en/no/such/page"), 404],
    ["unknown file", await request.get("/no-such-file.txt"), 404],
    ["API", await request.get("/api/v1/regions"), 200],
    ["API error", await request.get("/api/v1/nearest?lat=999&lng=1"), 400],
    ["unknown API route", await request.get("/api/v1/no-such-route"), 404],
    ["auth API", await request.get("/api/auth/get-session"), 200],
    ["static script", await request.get(chunk!), 200],
    ["icon", await request.get("/icon.svg"), 200],
  ];
  for (const [what, res, status] of responses) {
    await test.step(what, () => {
      expect(res.status()).toBe(status);
      expectHardened(res);
    });
  }
});

test("pages allow scripts and inline styles only with a nonce that is new on every response", async ({ request }) => {
  const [a, b] = [await request.get("/en/about"), await request.get("/en/about")];
  for (const res of [a, b]) {
    expect(scriptSources(res)).not.toContain("'unsafe-inline'");
    expect(scriptSources(res)).not.toContain("'unsafe-eval'");
    expect(sources(res, "style-src")).not.toContain("'unsafe-inline'");
    const nonce = scriptSources(res).find((s) => s.startsWith("'nonce-"));
    expect(nonce).toBeTruthy();
    // Next put it on its own scripts; there is no script without it.
    const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce!.slice(7, -1)}"`);
  }
  expect(scriptSources(a)).not.toEqual(scriptSources(b));
  // Responses that are not pages let no inline script run at all.
  expect(scriptSources(await request.get("/api/v1/regions"))).toEqual(["'self'"]);
});

test("the map renders markers and clusters under the CSP, with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await page.goto("/en");
  await waitForMarkers(page);
  await expect(page.locator(".cluster-icon").first()).toBeVisible();
  await expect(page.locator(".kind-marker").first()).toBeAttached();
  await page.locator(".cluster-icon").first().click();
  await expect(page).toHaveURL(/map=/);
  expect(await violations()).toEqual([]);
});

test("the entry page's JSON-LD carries the response's nonce, with no violation", async ({ page, request }) => {
  const { items } = (await (await request.get("/api/v1/entries?kind=court&limit=1")).json()) as { items: { id: string }[] };
  const violations = await watchCsp(page);
  const res = await page.goto(`/ru/entries/${items[0]!.id}`);
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"] ?? "")?.[1];
  const jsonLd = page.locator('script[type="application/ld+json"]');
  await expect(jsonLd).toHaveCount(1);
  expect(JSON.parse((await jsonLd.textContent()) ?? "")["@type"]).toBe("Courthouse");
  // The browser hides the nonce attribute's value from the DOM; the property keeps it.
  expect(await jsonLd.evaluate((el) => (el as HTMLScriptElement).nonce)).toBe(nonce);
  await expect(page.locator(".mini-map .leaflet-marker-icon")).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("the admin site signs in and saves an edit under the CSP, with no violation", async ({ page }) => {
  const violations = await watchCsp(page);
  await signIn(page, "en", createAdmin());
  await page.getByRole("searchbox").fill("Алматы");
  await page.locator(".admin-table tbody tr a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit entry");
  await expect(page.locator(".location-picker .leaflet-marker-icon")).toBeVisible();
  await page.getByLabel("Opening hours").fill('Mo-Fr 09:00-18:00 "under CSP"');
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByRole("status").first()).toContainText("Saved");
  expect(await violations()).toEqual([]);
});

test("a signed-in admin page cannot be framed, not even by a page of the same origin", async ({ page }) => {
  await signIn(page, "en", createAdmin());
  const violations = await watchCsp(page);
  // A page of this very origin (the browser cannot tell it from the server's) that frames the admin site.
  await page.route("**/framing-test.html", (route) =>
    route.fulfill({ contentType: "text/html", body: '<!doctype html><title>frame</title><iframe src="/en/admin"></iframe>' }),
  );
  const adminLoaded = page.waitForResponse((r) => r.url().endsWith("/en/admin"));
  await page.goto("/framing-test.html");
  expect((await adminLoaded).headers()["x-frame-options"]).toBe("DENY");
  await expect.poll(violations).toContainEqual(expect.stringContaining("frame-ancestors 'none'"));
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await expect(frame!.locator(".admin-who")).toHaveCount(0);
  expect(frame!.url()).not.toContain("/en/admin");
});
