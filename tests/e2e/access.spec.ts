import { expect, test } from "@playwright/test";
import { blockExternal, expectNoAxeViolations } from "./support";

// Kept as test artifacts for people to look at (as tests/e2e/screenshots.spec.ts does).
const shots = "test-results/screenshots";

test.beforeEach(async ({ page }) => blockExternal(page));
// Each test loads the 224 district outlines and runs axe more than once: more than the default minute on a busy machine.
test.describe.configure({ timeout: 180_000 });

const choroplethDrawn = (page: import("@playwright/test").Page) =>
  expect.poll(() => page.locator(".access-map path.leaflet-interactive").count(), { timeout: 20_000 }).toBeGreaterThan(200);

for (const locale of ["kk", "ru", "en"]) {
  test(`access page ${locale}: figures, choropleth, table, chart, buildings, axe clean`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/${locale}/access`);
    await expect(page.locator("h1")).toBeVisible();
    await choroplethDrawn(page);
    await expect(page.locator("#access-region-table tbody tr")).toHaveCount(20);
    await expect(page.locator(".access-chart svg g")).toHaveCount(20);
    await expect(page.locator(".access-building-marker")).toHaveCount(21);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/access-desktop-${locale}.png`, fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/${locale}/access?region=KZ-43`);
    await choroplethDrawn(page);
    await expect(page.locator("#access-district-table tbody tr").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${shots}/access-phone-${locale}.png`, fullPage: true });
  });
}

test("the region table sorts by a column, both ways", async ({ page }) => {
  await page.goto("/en/access");
  const header = page.locator("#access-region-table thead th").filter({ hasText: "Covered population" });
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  const populations = async () =>
    (await page.locator("#access-region-table tbody tr td:nth-child(2)").allTextContents()).map((t) => Number(t.replace(/\D/g, "")));
  const down = await populations();
  expect(down).toEqual([...down].sort((a, b) => b - a));
  await header.getByRole("button").click();
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const up = await populations();
  expect(up).toEqual([...up].sort((a, b) => a - b));
});

test("what if: a click on the map and typed coordinates answer without saving, and axe stays clean", async ({ page }) => {
  await page.goto("/en/access");
  await choroplethDrawn(page);
  // A typed point near Aral (Kyzylorda region) answers with its district and region.
  await page.getByLabel("Latitude").fill("46.8");
  await page.getByLabel("Longitude").fill("61.67");
  await page.getByRole("button", { name: "Place a hypothetical court" }).click();
  const result = page.locator(".access-what-if__result");
  await expect(result).toContainText("Kyzylorda Region");
  await expect(result).toContainText("nothing is saved");
  await expect(page.locator(".access-map .leaflet-tooltip").filter({ hasText: "Hypothetical court" })).toHaveCount(1);
  await expectNoAxeViolations(page);
  const map = page.locator(".access-map");
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await expect(result).toHaveAttribute("aria-busy", "false");
  await expect(result.locator("p").first()).toContainText("A court at");
  await page.screenshot({ path: `${shots}/access-what-if-en.png`, fullPage: true });
});
