import { expect, test, type Page } from "@playwright/test";
import { createAdmin, offline, signIn } from "./admin-helpers";

// Script and HTML saved in every text field must come back as text: nothing runs, nothing is parsed.
const PAYLOAD = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">"'><svg onload="window.__xss=3">`;

// Opening hours are OSM opening_hours syntax now: the free text goes in its quoted comment (no " inside).
const HOURS_NOTE = `hours ${PAYLOAD.replace(/"/g, "'")}`;

const TEXT_FIELDS = {
  name: { kk: `kk ${PAYLOAD}`, ru: `ru ${PAYLOAD}`, en: `en ${PAYLOAD}` },
  locality: `locality ${PAYLOAD}`,
  address: `address ${PAYLOAD}`,
  phones: [{ number: "+77011234567", purpose: "reception" }],
  emails: [{ address: "x@example.org", purpose: "chancellery" }],
  website: `https://example.org/?q=${encodeURIComponent(PAYLOAD)}`,
  openingHours: `Mo-Fr 09:00-18:00 "${HOURS_NOTE}"`,
  accessibility: `access ${PAYLOAD}`,
  licenceNumber: `lic ${PAYLOAD}`.slice(0, 50),
  locationNote: `note ${PAYLOAD}`,
};

async function expectInert(page: Page, texts: string[]) {
  for (const text of texts) await expect(page.getByText(text, { exact: false }).first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // The only script in the page body may be the entry page's JSON-LD (data, never run).
  expect(await page.locator("main script:not([type='application/ld+json']), main img[src='x'], main svg[onload]").count()).toBe(0);
}

test("payloads in every text field render as inert text on the public entry page and the admin pages", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await offline(page);
  await signIn(page, "en", createAdmin());
  const created = await page.request.post("/api/v1/admin/entries", {
    data: { kind: "notary", regionIso: "KZ-75", location: { lat: 43.25, lng: 76.9, precision: "building" }, ...TEXT_FIELDS },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = await created.json();

  // The public API returns the text exactly as saved.
  const pub = await (await page.request.get(`/api/v1/entries/${id}`)).json();
  expect(pub.name.ru).toBe(TEXT_FIELDS.name.ru);
  expect(pub.address).toBe(TEXT_FIELDS.address);

  for (const locale of ["kk", "ru", "en"]) {
    await page.goto(`/${locale}/entries/${id}`);
    await expect(page.locator("h1")).toContainText(PAYLOAD);
    await expectInert(page, [TEXT_FIELDS.address, HOURS_NOTE]);

    await page.goto(`/${locale}/admin/entries/${id}`);
    await expect(page.locator("h1")).toContainText(PAYLOAD);
    await expect(page.getByLabel(/Мекенжай|Адрес|Address/).first()).toHaveValue(TEXT_FIELDS.address);
    await page.locator(".history details").first().click();
    await expectInert(page, [`address ${PAYLOAD}`, HOURS_NOTE, `access ${PAYLOAD}`, `note ${PAYLOAD}`]);
  }
  await page.goto("/en/admin");
  await page.getByRole("searchbox").fill("locality");
  await expectInert(page, [`en ${PAYLOAD}`]);
  expect(dialogs).toEqual([]);
});
