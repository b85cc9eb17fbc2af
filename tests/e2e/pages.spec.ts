import { expect, test } from "@playwright/test";
import { blockExternal } from "./support";

test.beforeEach(async ({ page }) => blockExternal(page));

async function firstId(request: import("@playwright/test").APIRequestContext, query: string): Promise<string> {
  const res = await request.get(`/api/v1/entries?${query}&limit=1`);
  return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
}

test("a court's page shows its fields, precision in words, directions, serving courts and JSON-LD", async ({ page, request }) => {
  const id = await firstId(request, `q=${encodeURIComponent("Таразский городской")}&kind=court`);
  await page.goto(`/en/entries/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Таразский городской суд Жамбылской области");
  await expect(page.getByRole("heading", { level: 1 }).locator("[lang=ru]")).toBeVisible();
  await expect(page.locator(".facts")).toContainText("City court");
  await expect(page.locator(".facts")).toContainText("Тараз");
  await expect(page.getByText("approximate: the town, not the building")).toBeVisible();
  for (const service of ["OpenStreetMap", "2GIS", "Yandex Maps", "Google Maps"]) {
    await expect(page.locator(".inline-list").getByRole("link", { name: service, exact: true })).toHaveAttribute("href", /42\.89799/);
  }
  await expect(page.getByRole("heading", { name: "Courts that serve this place" })).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(ld["@type"]).toBe("Courthouse");
  expect(ld.name).toBe("Таразский городской суд Жамбылской области");
  expect(ld.geo).toEqual({ "@type": "GeoCoordinates", latitude: 42.89799, longitude: 71.37334 });
  await expect(page.locator(".mini-map .leaflet-marker-icon")).toBeVisible();
});

test("a sample practitioner's page says it is a sample; notaries are schema.org Notary", async ({ page, request }) => {
  const id = await firstId(request, "kind=notary");
  await page.goto(`/ru/entries/${id}`);
  await expect(page.locator(".sample-badge")).toHaveText("Образец — не реальный специалист");
  await expect(page.locator(".facts")).toContainText("Номер лицензии");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(ld["@type"]).toBe("Notary");
});

test("an unknown entry is a 404 page in the page's language", async ({ page }) => {
  const res = await page.goto("/kk/entries/no-such-entry");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Бет табылмады");
});

test("regions: the index lists 20 regions with counts; a region page lists everything in it by kind", async ({ page }) => {
  await page.goto("/en/regions");
  await expect(page.locator("tbody tr")).toHaveCount(20);
  await page.getByRole("link", { name: "Abai Region" }).click();
  await expect(page).toHaveURL(/\/en\/regions\/KZ-10$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Abai Region");
  await expect(page.getByRole("heading", { name: /^Courts \(\d+\)$/ })).toBeVisible();
  const res = await page.request.get("/api/v1/entries?region=KZ-10&kind=court&limit=1");
  const { total } = (await res.json()) as { total: number };
  await expect(page.locator("section[aria-labelledby=court] li")).toHaveCount(total);
  expect((await page.goto("/en/regions/KZ-99"))?.status()).toBe(404);
});

test("About names the data sources with their licences and attributions", async ({ page }) => {
  await page.goto("/en/about");
  await expect(page.getByText(/geokz © Alexander Rodionov, CC BY 4.0/)).toBeVisible();
  await expect(page.getByText("GeoNames, geonames.org, CC BY 4.0")).toBeVisible();
  await expect(page.getByText(/office\.sud\.kz court directory/)).toBeVisible();
});

test("the map shows the data sources' attribution", async ({ page }) => {
  await page.goto("/kk");
  await expect(page.locator(".leaflet-control-attribution")).toContainText("geokz CC BY 4.0");
  await expect(page.locator(".leaflet-control-attribution")).toContainText("GeoNames CC BY 4.0");
});
