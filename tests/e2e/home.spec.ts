import { expect, test } from "@playwright/test";
import { blockExternal, resultItems, waitForMarkers } from "./support";

test.beforeEach(async ({ page }) => blockExternal(page));

/** The results for a point, group after group. */
const pointItems = (page: import("@playwright/test").Page) => page.locator(".point-results li");

test("/ picks the language from Accept-Language, else Kazakh", async ({ browser }) => {
  const ru = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "accept-language": "ru-RU,ru;q=0.9" } });
  const page = await ru.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await ru.close();
  const other = await browser.newContext({ locale: "de-DE", extraHTTPHeaders: { "accept-language": "de-DE,de;q=0.9" } });
  const p2 = await other.newPage();
  await p2.goto("/");
  await expect(p2).toHaveURL(/\/kk$/);
  await expect(p2.locator("html")).toHaveAttribute("lang", "kk");
  await other.close();
});

test("searching «Алматы» lists Almaty's courts, as you type", async ({ page }) => {
  await page.goto("/en");
  await page.getByLabel("Search by name, place or phone").pressSequentially("Алматы");
  await expect(page).toHaveURL(/q=%D0%90%D0%BB%D0%BC%D0%B0%D1%82%D1%8B/);
  const first = resultItems(page).first();
  // A court of Almaty first, before any sample practitioner there.
  await expect(first.locator(".result-name")).toHaveText(/суд.*Алмат|Алмат.*суд/i);
  const names = await resultItems(page).locator(".result-name").allTextContents();
  const courts = names.filter((n) => /суд/i.test(n));
  expect(courts.length).toBeGreaterThanOrEqual(10);
  for (const name of courts) expect(name).toMatch(/Алматы|Алматинск/);
  // Russian-only court names carry their own language on an English page.
  await expect(first.locator(".result-name [lang=ru]")).toBeVisible();
});

test("region Abai (KZ-10) shows only Abai entries", async ({ page }) => {
  await page.goto("/en");
  await page.getByLabel("Region").selectOption("KZ-10");
  await expect(page).toHaveURL(/region=KZ-10/);
  await expect(page.locator(".results-count")).toContainText(/entries found/);
  await expect(resultItems(page).first()).toContainText("Abai Region");
  const metas = await resultItems(page).locator(".result-meta").first().allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const item of await resultItems(page).all()) await expect(item).toContainText("Abai Region");
  // The API says how many there are; the count shown agrees.
  const res = await page.request.get("/api/v1/entries?region=KZ-10&limit=1");
  const { total } = (await res.json()) as { total: number };
  await expect(page.locator(".results-count")).toContainText(new Intl.NumberFormat("en").format(total));
});

test("a click near Taraz lists Taraz's courts first, with distances, and the courts that serve it", async ({ page }) => {
  await page.goto("/en?kind=court&map=11/42.91/71.39");
  await waitForMarkers(page);
  const map = page.locator(".leaflet-container");
  const box = (await map.boundingBox())!;
  // An empty spot a little off the map's centre (the centre is near Taraz; markers sit on the city point).
  await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 60);
  await expect(page).toHaveURL(/at=42\.\d+%2C71\.\d+/);
  // The courts that serve the place come first now (issue 12), with distances, then the nearest courts.
  await expect(page.getByRole("heading", { name: "Courts that serve this place" })).toBeVisible();
  const items = pointItems(page);
  await expect(items.first()).toContainText(/Тараз|Жамбыл/);
  const firstNames = await items.locator(".result-name").allTextContents();
  expect(firstNames.slice(0, 5).every((n) => /Тараз|Жамбыл/.test(n))).toBe(true);
  await expect(items.first().locator(".result-distance")).toHaveText(/\d.* (m|km) away/);
  await expect(page.getByRole("button", { name: "Show only Jambyl Region" }).or(page.getByRole("button", { name: /Show only .*Region/ }))).toBeVisible();
});

test("near me with a granted location lists the nearest offices with distances", async ({ browser }) => {
  const context = await browser.newContext({ permissions: ["geolocation"], geolocation: { latitude: 43.238, longitude: 76.945 } });
  const page = await context.newPage();
  await blockExternal(page);
  await page.goto("/en?kind=court");
  await page.getByRole("button", { name: "Near me" }).click();
  await expect(page).toHaveURL(/at=43\.238%2C76\.945/);
  await expect(pointItems(page).first()).toContainText(/Алмат/);
  await expect(pointItems(page).first().locator(".result-distance")).toHaveText(/away/);
  await context.close();
});

test("near me with a denied location falls back to the search box with a message", async ({ browser }) => {
  const context = await browser.newContext({ permissions: [] });
  const page = await context.newPage();
  await blockExternal(page);
  await page.addInitScript(() => {
    navigator.geolocation.getCurrentPosition = (_ok, fail) =>
      fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: "denied" });
  });
  await page.goto("/en");
  await page.getByRole("button", { name: "Near me" }).click();
  await expect(page.getByText("Location access was denied")).toBeVisible();
  await expect(page.getByLabel("Search by name, place or phone")).toBeFocused();
  await context.close();
});

test("switching language on a filtered view keeps the filters", async ({ page }) => {
  await page.goto("/en");
  await page.getByLabel("Region").selectOption("KZ-10");
  await page.getByRole("checkbox", { name: "Advocates" }).uncheck();
  await expect(page).toHaveURL(/kind=court%2Cnotary%2Cmediator|kind=court,notary,mediator/);
  await page.getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\?.*region=KZ-10/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByLabel("Регион")).toHaveValue("KZ-10");
  await expect(page.getByRole("checkbox", { name: "Адвокаты" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Суды" })).toBeChecked();
  await expect(resultItems(page).first()).toContainText("область Абай");
});

test("a shared URL restores its view: filters, map view and the open entry", async ({ page, request }) => {
  const res = await request.get(`/api/v1/entries?q=${encodeURIComponent("Таразский городской")}&kind=court`);
  const taraz = ((await res.json()) as { items: { id: string }[] }).items[0]!;
  const url = `/en?kind=court&q=${encodeURIComponent("Тараз")}&map=12/42.898/71.373&entry=${taraz.id}`;
  await page.goto(url);
  await expect(page.getByLabel("Search by name, place or phone")).toHaveValue("Тараз");
  await expect(page.getByRole("checkbox", { name: "Advocates" })).not.toBeChecked();
  await expect(page.locator(".leaflet-popup")).toContainText("Таразский городской суд");
  await expect(page).toHaveURL(/map=12%2F42\.|map=12\/42\./);
  await expect(page.locator(`li[data-entry-id="${taraz.id}"]`)).toHaveClass(/result--selected/);
});

test("markers are reachable and open by keyboard; the list's «show on map» opens the popup", async ({ page }) => {
  await page.goto("/en?kind=court");
  await waitForMarkers(page);
  // A single court marker (not a cluster) is a button with the court's name.
  const marker = page.locator(".kind-marker[role=button]").first();
  await expect(marker).toHaveAttribute("title", /\(Court\)$/);
  await marker.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  await page.locator(".leaflet-popup-close-button").click();
  await resultItems(page).first().getByRole("button", { name: /Show on map/ }).click();
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  await expect(page).toHaveURL(/entry=/);
});
