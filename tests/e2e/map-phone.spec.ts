import { expect, test, type Page } from "@playwright/test";
import { blockExternal, expectNoAxeViolations, waitForMarkers } from "./support";

// Issue 12: the map on a phone and without tiles, courts first near a point, list <-> map, practitioner filters.
const dir = "test-results/screenshots";
const PHONE = { width: 390, height: 844 };

test.beforeEach(async ({ page }) => blockExternal(page));

/** Whether the element's box is within the viewport (at least partly, its top on screen). */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight && r.bottom > 0;
  });
}

for (const locale of ["kk", "ru", "en"]) {
  test(`phone ${locale}: the List | Map switch works and a tap shows its results in view`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}?kind=court&map=11/42.91/71.39`);
    const switcher = page.locator(".view-switch");
    await expect(switcher).toBeVisible();
    const [listButton, mapButton] = await switcher.getByRole("button").all();
    await expect(listButton!).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(".leaflet-container")).toBeHidden();
    await mapButton!.click();
    await expect(mapButton!).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/show=map/);
    const map = page.locator(".leaflet-container");
    await expect(map).toBeVisible();
    await waitForMarkers(page);
    const box = (await map.boundingBox())!;
    // The map fills the screen below the switch.
    expect(box.height).toBeGreaterThan(PHONE.height * 0.6);
    await page.screenshot({ path: `${dir}/phone-map-${locale}.png` });
    await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 60);
    await expect(page).toHaveURL(/at=42\.\d+%2C71\.\d+/);
    await expect(page.locator(".point-results .near-group").first()).toBeVisible();
    expect(await inViewport(page, "#point-title")).toBe(true);
    await expect(map).toBeInViewport();
    await page.screenshot({ path: `${dir}/phone-tap-${locale}.png` });
    await listButton!.click();
    await expect(page.locator(".filters")).toBeVisible();
  });
}

test("near me shows the courts first: serving courts with distances, nearest courts, then practitioners; samples below real ones", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["geolocation"], geolocation: { latitude: 43.238, longitude: 76.945, accuracy: 120 } });
  const page = await context.newPage();
  await blockExternal(page);
  await page.goto("/en");
  await page.getByRole("button", { name: "Near me" }).click();
  await expect(page).toHaveURL(/at=43\.238%2C76\.945/);
  const groups = page.locator(".point-results .near-group");
  await expect(groups.first()).toBeVisible();
  const headings = await groups.locator(":scope > h3").allTextContents();
  expect(headings.slice(0, 2)).toEqual(["Courts that serve this place", "Nearest courts"]);
  expect(headings.slice(2)).toEqual(["Advocates nearby", "Notaries nearby", "Mediators nearby"]);
  // Serving courts carry distances; the first item of the page is a court.
  await expect(groups.first().locator(".result-distance").first()).toHaveText(/\d.* (m|km) away/);
  await expect(groups.first().locator("li").first()).not.toContainText("Sample");
  // Within each practitioner group no sample stands above a real entry.
  for (const group of (await groups.all()).slice(2)) {
    const samples = await group.locator("li.result").evaluateAll((items) => items.map((li) => li.querySelector(".sample-badge") !== null));
    expect(samples).toEqual([...samples].sort((a, b) => Number(a) - Number(b)));
  }
  // "You are here" with its accuracy circle.
  await expect(page.locator("path.you-accuracy")).toBeAttached();
  await expect(page.locator("path.you-are-here")).toBeAttached();
  await context.close();
});

test("a marker click brings its list item into view and announces it", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 860 });
  // A court that stands alone on the map (placed at its district's interior point), so its marker is no cluster.
  const found = await page.request.get(`/api/v1/entries?kind=court&q=${encodeURIComponent("Алатауский районный суд")}`);
  const court = (await found.json()).items.find((e: { location?: { precision: string } }) => e.location?.precision === "district");
  expect(court, "the Alatau district court is placed in its district").toBeDefined();
  const { lat, lng } = court.location;
  await page.goto(`/en?kind=court&map=14/${lat}/${lng}`);
  await waitForMarkers(page);
  const marker = page.locator(".kind-marker").first();
  const title = (await marker.getAttribute("title"))!.replace(/ \(Court\)$/, "");
  await marker.click();
  await expect(page).toHaveURL(/entry=/);
  const id = new URL(page.url()).searchParams.get("entry")!;
  const item = page.locator(`.results-panel li[data-entry-id="${id}"]`).first();
  await expect(item).toBeInViewport();
  await expect(item).toHaveClass(/result--selected/);
  await expect(page.locator("[aria-live=polite]")).toContainText(title);
  // And the other way: the list's "show on map" opens the popup.
  await item.getByRole("button", { name: /Show on map/ }).click();
  await expect(page.locator(".leaflet-popup")).toContainText(title);
});

for (const [locale, name] of [["en", "Almaty"], ["ru", "Конаев"], ["kk", "Қонаев"]] as const) {
  test(`without tiles (${locale}): settlement names, district outlines and a scale bar at zoom 9`, async ({ page }) => {
    let tileRequests = 0;
    await page.route(/tile|\/\d+\/\d+\/\d+\.png/, (route) => {
      tileRequests++;
      return route.abort();
    });
    await page.goto(`/${locale}?map=9/43.55/77.0`);
    await expect(page.locator(".settlement-label", { hasText: name }).first()).toBeVisible();
    await expect(page.locator("path.district-outline").first()).toBeAttached();
    await expect(page.locator(".leaflet-control-scale-line")).toBeVisible();
    expect(tileRequests).toBe(0);
    if (locale === "en") await page.screenshot({ path: `${dir}/no-tiles-zoom9-${locale}.png` });
  });
}

test("practitioner filters: languages and specialisation with counts, in the URL and the API", async ({ page, request }) => {
  await page.goto("/en?kind=advocate");
  await page.getByText("Advocates, notaries, mediators: language and specialisation").click();
  const english = page.getByRole("checkbox", { name: /^English \(/ });
  await expect(english).toBeVisible();
  const label = await page.locator("label", { has: english }).textContent();
  const count = Number(/\(([\d,\s]+)\)/.exec(label!)![1]!.replace(/\D/g, ""));
  await english.check();
  await expect(page).toHaveURL(/language=en/);
  await expect(page.locator(".results-count")).toContainText(new Intl.NumberFormat("en").format(count));
  await page.getByRole("checkbox", { name: /^Family and divorce/ }).check();
  await expect(page).toHaveURL(/specialisation=family/);
  const api = await request.get("/api/v1/entries?kind=advocate&language=en&specialisation=family&limit=1");
  const { total } = (await api.json()) as { total: number };
  await expect(page.locator(".results-count")).toContainText(new Intl.NumberFormat("en").format(total));
  await page.reload();
  await expect(page.getByRole("checkbox", { name: /^English \(/ })).toBeChecked();
  await expectNoAxeViolations(page);
});

test("the entry page fits 320 px without scrolling sideways", async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const court = ((await (await request.get("/api/v1/entries?kind=court&limit=1")).json()) as { items: { id: string }[] }).items[0]!.id;
  const sample = ((await (await request.get("/api/v1/entries?kind=advocate&limit=1")).json()) as { items: { id: string }[] }).items[0]!.id;
  for (const locale of ["kk", "ru", "en"]) {
    for (const id of [court, sample]) {
      await page.goto(`/${locale}/entries/${id}`);
      await expect(page.locator(".mini-map .leaflet-marker-icon")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale} ${id}`).toBeLessThanOrEqual(320);
    }
  }
  await page.screenshot({ path: `${dir}/entry-320-kk.png`, fullPage: true });
});

test("axe: the phone map with a point's results, and the list", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/en?kind=court&at=42.9%2C71.38&map=10/42.9/71.38&show=map");
  await expect(page.locator(".point-results .near-group").first()).toBeVisible();
  await waitForMarkers(page);
  await expectNoAxeViolations(page);
  await page.locator(".view-switch").getByRole("button", { name: "List" }).click();
  await expectNoAxeViolations(page);
  const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBe(new Set(ids).size);
});
