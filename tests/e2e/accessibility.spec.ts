import { expect, test } from "@playwright/test";
import { blockExternal, expectNoAxeViolations, waitForMarkers } from "./support";

test.beforeEach(async ({ page }) => blockExternal(page));

const pages: [string, string][] = [];
for (const locale of ["kk", "ru", "en"]) {
  pages.push(
    [`home ${locale}`, `/${locale}`],
    [`home with a point ${locale}`, `/${locale}?kind=court&at=42.9%2C71.38&map=10/42.9/71.38`],
    [`empty results ${locale}`, `/${locale}?q=zzqqxxjj`],
    [`regions ${locale}`, `/${locale}/regions`],
    [`region page ${locale}`, `/${locale}/regions/KZ-10`],
    [`about ${locale}`, `/${locale}/about`],
    [`unknown entry (404) ${locale}`, `/${locale}/entries/no-such-entry`],
    [`unknown page (404) ${locale}`, `/${locale}/no/such/page`],
  );
}

for (const [name, path] of pages) {
  test(`axe: ${name}`, async ({ page }) => {
    await page.goto(path);
    if (!path.includes("/", 1) || path.includes("?")) await waitForMarkersOrEmpty(page);
    await expectNoAxeViolations(page);
  });
}

async function waitForMarkersOrEmpty(page: import("@playwright/test").Page) {
  await expect(page.locator(".results-panel")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator(".leaflet-container")).toBeVisible();
}

test("axe: entry pages (court, sample) in every language", async ({ page, request }) => {
  const court = ((await (await request.get("/api/v1/entries?kind=court&limit=1")).json()) as { items: { id: string }[] }).items[0]!.id;
  const sample = ((await (await request.get("/api/v1/entries?kind=mediator&limit=1")).json()) as { items: { id: string }[] }).items[0]!.id;
  for (const locale of ["kk", "ru", "en"]) {
    for (const id of [court, sample]) {
      await page.goto(`/${locale}/entries/${id}`);
      await expect(page.locator(".mini-map .leaflet-marker-icon")).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

test("axe: the home page's error state when the API fails", async ({ page }) => {
  // The list loads its pages from /api/v1/entries (the map's markers only draw): a change of filter that fails.
  await page.route(/\/api\/v1\/entries(\?|$)/, (route) => route.fulfill({ status: 500, body: "{}" }));
  await page.goto("/en");
  await page.getByRole("checkbox", { name: "Advocates" }).uncheck();
  await expect(page.locator(".error-box[role=alert]")).toContainText("could not be loaded");
  await expectNoAxeViolations(page);
});

test("axe: the home page with an open popup and the denied-location message", async ({ page }) => {
  await page.addInitScript(() => {
    navigator.geolocation.getCurrentPosition = (_ok, fail) =>
      fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: "denied" });
  });
  await page.goto("/en?kind=court");
  await waitForMarkers(page);
  await page.locator(".kind-marker").first().click();
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  await page.getByRole("button", { name: "Near me" }).click();
  await expect(page.getByText("Location access was denied")).toBeVisible();
  // Leaflet fades a popup in: axe would measure the contrast of half-transparent text.
  await expect(page.locator(".leaflet-popup")).toHaveCSS("opacity", "1");
  await expectNoAxeViolations(page);
});
