import { expect, test } from "@playwright/test";
import { blockExternal, waitForMarkers } from "./support";

// Kept as test artifacts (test-results/screenshots/) for people to look at.
const dir = "test-results/screenshots";

test.beforeEach(async ({ page }) => blockExternal(page));

for (const locale of ["kk", "ru", "en"]) {
  test(`screenshots ${locale}: home (desktop, phone) and an entry page`, async ({ page, request }) => {
    await page.setViewportSize({ width: 1366, height: 860 });
    await page.goto(`/${locale}`);
    await waitForMarkers(page);
    await expect(page.locator(".results-panel")).toHaveAttribute("aria-busy", "false");
    // The cluster layer adds markers in chunks: wait until (nearly) all entries are on the map.
    await expect
      .poll(async () => (await page.locator(".cluster-icon [aria-hidden]").allTextContents()).reduce((n, t) => n + Number(t), 0))
      .toBeGreaterThan(9000);
    await page.screenshot({ path: `${dir}/home-desktop-${locale}.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}?kind=court&region=KZ-75`);
    await expect(page.locator(".results-panel")).toHaveAttribute("aria-busy", "false");
    await page.screenshot({ path: `${dir}/home-phone-${locale}.png` });
    // A phone shows the list or the map (issue 12): the map through the switch at the top.
    await page.locator(".view-switch button").nth(1).click();
    await expect(page.locator(".leaflet-container")).toBeInViewport();
    await waitForMarkers(page);
    await expect(page.locator(".leaflet-overlay-pane path").first()).toBeAttached();
    await page.screenshot({ path: `${dir}/home-phone-map-${locale}.png` });

    const res = await request.get(`/api/v1/entries?q=${encodeURIComponent("Таразский городской")}&kind=court&limit=1`);
    const id = ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
    await page.setViewportSize({ width: 1366, height: 860 });
    await page.goto(`/${locale}/entries/${id}`);
    await expect(page.locator(".mini-map .leaflet-marker-icon")).toBeVisible();
    await expect(page.locator(".mini-map .leaflet-overlay-pane path").first()).toBeAttached();
    await page.screenshot({ path: `${dir}/entry-${locale}.png`, fullPage: true });
  });
}
