import { expect, test } from "@playwright/test";

test("the About page links the open-data export in CSV and GeoJSON", async ({ page, request }) => {
  for (const [locale, title] of [["kk", "Ашық деректер"], ["ru", "Открытые данные"], ["en", "Open data"]]) {
    await page.goto(`/${locale}/about`);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  const links = page.locator("#open-data-heading + p + ul a");
  const csvHref = await links.nth(0).getAttribute("href");
  const geoHref = await links.nth(1).getAttribute("href");
  const csv = await request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\n")[0]).toContain("id,kind,courtKind,name_ru");
  const geo = await (await request.get(geoHref!)).json();
  expect(geo.type).toBe("FeatureCollection");
  expect(geo.features.length).toBeGreaterThan(9000);
});
