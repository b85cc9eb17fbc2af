import { expect, test } from "@playwright/test";
import { blockExternal, expectNoAxeViolations, waitForMarkers } from "./support";

test.beforeEach(async ({ page }) => blockExternal(page));

test("the search box is a combobox: a place chosen by keyboard shows the courts that serve it, the URL holds it", async ({ page, request }) => {
  test.setTimeout(180_000); // every keystroke also reloads the list and the map's markers: slow on a busy machine
  await page.goto("/ru");
  await waitForMarkers(page);
  const box = page.getByRole("combobox", { name: "Поиск" });
  await box.focus();
  await page.keyboard.type("Отырар");
  const list = page.getByRole("listbox");
  await expect(list).toBeVisible({ timeout: 30_000 });
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const first = list.getByRole("option").first();
  await expect(first).toContainText("Отрарский район");
  await page.keyboard.press("ArrowDown");
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/e2e/place-search-open.png" });
  await page.keyboard.press("Enter");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(page).toHaveURL(/[?&]at=/);
  const at = new URL(page.url()).searchParams.get("at")!.split(",").map(Number);
  await expect(page.locator("#near-serving")).toBeVisible();
  // The same courts as /api/v1/locate at the place's point, in the same order.
  const located = (await (await request.get(`/api/v1/locate?lat=${at[0]}&lng=${at[1]}`)).json()) as { courts: { entry: { id: string } }[] };
  const shown = await page.locator("section[aria-labelledby='near-serving'] a[href*='/entries/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/entries/")[1]!));
  expect([...new Set(shown)]).toEqual(located.courts.map((c) => c.entry.id));
  await page.screenshot({ path: "test-results/e2e/place-search-chosen.png" });

  // Escape closes the offers, a second Escape clears the box.
  await box.focus();
  await page.keyboard.type("Oskemen");
  await expect(list.getByRole("option").first()).toContainText("Усть-Каменогорск", { timeout: 30_000 });
  await page.keyboard.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("Escape");
  await expect(box).toHaveValue("");
});

for (const [locale, width] of [["kk", 390], ["en", 1280]] as const) {
  test(`the combobox in ${locale} at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/${locale}`);
    // A phone shows the list first (the map behind the List | Map switch).
    if (width > 700) await waitForMarkers(page);
    await page.locator("#q").focus();
    await page.keyboard.type("Караганда");
    await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `test-results/e2e/place-search-${locale}-${width}.png` });
  });
}

test("the A–Z page lists all 396 courts, server-rendered, by region then kind", async ({ page, request }) => {
  for (const locale of ["kk", "ru", "en"]) {
    const html = await (await request.get(`/${locale}/courts`)).text();
    const ids = new Set([...html.matchAll(/href="\/[a-z]{2}\/entries\/(sudkz-[^"]+)"/g)].map((m) => m[1]));
    expect(ids.size, locale).toBe(396);
  }
  await page.goto("/en/courts");
  const regions = page.locator(".page > section > h2");
  expect(await regions.count()).toBeGreaterThanOrEqual(20); // the 20 regions (and "Without a region" if a court has none)
  await expect(regions.first()).toContainText("Abai Region");
  await expect(page.locator("h3").first()).toBeVisible();
  await expectNoAxeViolations(page);
});
