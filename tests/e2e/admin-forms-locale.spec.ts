import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { COURT_KINDS, CONTACT_PURPOSES, REGION_ISO_CODES } from "@/lib/directory/kinds";
import { createAdmin, offline, signIn } from "./admin-helpers";
import { expectNoAxeViolations } from "./support";

// Issue 8, items 7, 8 and 10: the admin form speaks the page's language (no region codes, no enum values),
// server errors are shown in it, no element id is used twice; the entry page shows the structured facts.

test.describe.configure({ mode: "serial" });

const MEDEU_COURT = "sudkz-r3-a1b078d5";
const CODES = new Set<string>([...REGION_ISO_CODES, ...COURT_KINDS, ...CONTACT_PURPOSES, "kk", "ru", "en", "step_free_entrance", "open_space"]);

let admin: { email: string; password: string };
test.beforeAll(() => {
  admin = createAdmin();
});

async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
}

/** Every text a person reads in the form: option texts, labels, legends. */
async function formTexts(page: Page): Promise<string[]> {
  return page.locator(".entry-form option, .entry-form label, .entry-form legend").allInnerTexts();
}

for (const [locale, hoursError, successorError] of [
  ["kk", "opening_hours синтаксисінде емес", "Мирасқор"],
  ["ru", "не в синтаксисе opening_hours", "Преемник —"],
] as const) {
  test(`the court editor in ${locale} shows names, not codes, and the server's errors in ${locale}`, async ({ page }) => {
    await offline(page);
    await signIn(page, locale, admin);
    await page.goto(`/${locale}/admin/entries/${MEDEU_COURT}`);
    await expect(page.locator(".entry-form")).toBeVisible();
    await page.getByRole("button", { name: locale === "kk" ? "Қосу Телефондар" : "Добавить Телефоны" }).click();

    const texts = (await formTexts(page)).flatMap((t) => t.split("\n")).map((t) => t.trim()).filter(Boolean);
    expect(texts.filter((t) => CODES.has(t) || /\bKZ-\d\d\b/.test(t) || /^[a-z]+_[a-z_]+$/.test(t))).toEqual([]);
    const region = page.locator(".entry-form select").nth(2);
    await expect(region.locator("option:checked")).toHaveText(locale === "kk" ? /Алматы/ : /Алматы/);
    expect(await duplicateIds(page)).toEqual([]);

    // The form's own check: invalid opening hours, said in the page's language.
    const hours = page.locator('input[id$="f-openingHours"]');
    await hours.fill("weekdays nine to six");
    await page.locator(".entry-form button[type=submit]").click();
    // The empty phone row is refused too (in the page's language); the hours have their own message.
    await expect(page.locator(".entry-form .field-error[id$=\"openingHours\"]")).toContainText(hoursError);
    await expectNoAxeViolations(page);

    // The server's answer: a successor that does not exist is a 400 with a code, shown in the page's language.
    await page.reload();
    await page.locator(".entry-status input").nth(1).fill("no-such-court");
    await page.locator(".entry-status button").click();
    await expect(page.locator(".entry-status .field-error")).toContainText(successorError);
  });
}

test("the entry page shows the structured facts in kk, ru and en, axe-clean, at 390 px and on a desktop", async ({ page }) => {
  await offline(page);
  await signIn(page, "en", admin);
  const current = await (await page.request.get(`/api/v1/admin/entries/${MEDEU_COURT}`)).json();
  const saved = await page.request.put(`/api/v1/admin/entries/${MEDEU_COURT}`, {
    data: {
      version: current.version,
      entry: {
        visitingAddress: { postalCode: "050000", locality: "Алматы", street: "ул. Пример", building: "1", office: "101" },
        phones: [{ number: "+7 727 000 00 00", purpose: "chancellery" }],
        openingHours: "Mo-Fr 09:00-13:00,14:00-18:30; Sa,Su off",
        services: ["reception", "digital_queue", "open_space"],
        accessibilityFeatures: ["step_free_entrance", "lift", "sign_language_on_request"],
      },
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const [locale, chancellery, week] of [
    ["kk", "Кеңсе", "Осы аптадағы жұмыс уақыты"],
    ["ru", "Канцелярия", "Часы работы на этой неделе"],
    ["en", "Chancellery", "Opening hours this week"],
  ] as const) {
    await page.goto(`/${locale}/entries/${MEDEU_COURT}`);
    await expect(page.locator(".phones")).toContainText(chancellery);
    await expect(page.locator(".week-hours caption")).toHaveText(week);
    await expect(page.locator(".open-state")).toBeVisible();
    await expect(page.locator(".fact-list li")).toHaveCount(6);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `test-results/facts-entry-${locale}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `test-results/facts-entry-${locale}-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test("a merged court's page says where its work went; the current court is found by the old name", async ({ page }) => {
  await offline(page);
  const oldName = "Есильский районный суд г. Астаны";
  const id = `history-${createHash("sha256").update(oldName).digest("hex").slice(0, 12)}`;
  await page.goto(`/ru/entries/${id}`);
  await expect(page.locator(".notice")).toContainText("Этого суда больше нет");
  await expect(page.locator(".notice a")).toHaveText("Межрайонный суд по гражданским делам города Астаны");
  await expectNoAxeViolations(page);
  await page.goto(`/ru?q=${encodeURIComponent("Есильский районный суд")}`);
  await expect(page.locator(".result-note").first()).toContainText("прежде: ");
});
