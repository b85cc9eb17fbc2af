import path from "node:path";
import { expect, test } from "@playwright/test";
import { createAdmin, offline, signIn } from "./admin-helpers";

test.describe.configure({ mode: "serial" });

let admin: { email: string; password: string };
test.beforeAll(() => {
  admin = createAdmin();
});

test("an administrator edits an entry in each language; a stale save shows what changed", async ({ page, browser }) => {
  await offline(page);
  await signIn(page, "kk", admin);
  for (const [locale, tab] of [["kk", "Жазбалар"], ["ru", "Записи"], ["en", "Entries"]]) {
    await page.goto(`/${locale}/admin`);
    await expect(page.getByRole("heading", { level: 2, name: tab })).toBeVisible();
  }
  await page.getByRole("searchbox").fill("Алматы");
  await page.locator(".admin-table tbody tr a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit entry");
  const url = page.url();

  // A second tab saves first.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await offline(otherPage);
  await signIn(otherPage, "en", admin);
  await otherPage.goto(url);
  await otherPage.getByLabel("Opening hours").fill('Mo-Fr 09:00-18:00 "other tab"');
  await otherPage.getByRole("button", { name: "Save" }).first().click();
  await expect(otherPage.getByRole("status").first()).toContainText("Saved");
  await other.close();

  await page.getByLabel("Opening hours").fill("Mo-Fr 10:00-17:00");
  await page.getByRole("button", { name: "Save" }).first().click();
  const conflict = page.locator(".conflict");
  await expect(conflict).toContainText("Someone else saved");
  await expect(conflict).toContainText("\"other tab\"");

  // A bad phone is refused next to its field before anything is sent.
  await conflict.getByRole("button").click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByLabel("Opening hours")).toHaveValue('Mo-Fr 09:00-18:00 "other tab"');
  const phones = page.getByRole("group", { name: "Phones" });
  await phones.getByRole("button", { name: "Add" }).click();
  await phones.getByLabel("Number").last().fill("12345");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(phones.locator(".field-error").first()).toContainText("not a valid phone number");
});

test("the import page's dry run lists rows 41-43 field by field", async ({ page }) => {
  await signIn(page, "ru", admin);
  await page.getByRole("button", { name: "Импорт" }).click();
  await page.locator('input[type="file"]').setInputFiles(path.join(process.cwd(), "tests", "fixtures", "registries", "advocates-fictional.json"));
  await page.getByRole("button", { name: "Проверить (без записи)" }).click();
  const problems = page.locator("table.problems tbody tr");
  await expect(problems).toHaveCount(7);
  await expect(problems.filter({ hasText: "joinedAt" })).toContainText("41");
  await expect(problems.filter({ hasText: "Несуществующая область" })).toContainText("42");
  await expect(problems.filter({ hasText: "markup" }).first()).toContainText("43");
  await expect(page.getByRole("button", { name: "Импортировать" })).toBeDisabled();
});

test("moderation end to end: sign up, claim, approve, change contacts, reject with reason, approve, public", async ({ page, browser, request }) => {
  const sample = (await (await request.get("/api/v1/entries?kind=notary&region=KZ-75&limit=1")).json()).items[0];
  const practitionerContext = await browser.newContext();
  const p = await practitionerContext.newPage();
  await p.goto("/kk/admin");
  const signUp = p.locator("form").filter({ has: p.locator('input[autocomplete="new-password"]') });
  const email = `notary-${Date.now()}@example.org`;
  await signUp.locator('input[autocomplete="name"]').fill("Тест Нотариус");
  await signUp.locator('input[type="email"]').fill(email);
  await signUp.locator('input[type="password"]').fill("a-long-enough-password");
  await signUp.locator('button[type="submit"]').click();
  await expect(p.locator(".admin-who")).toContainText(email);
  await p.locator('input[name="entryId"]').fill(sample.id);
  await p.locator('input[name="licenceNumber"]').fill(sample.licenceNumber);
  await p.locator(".claim-form button[type=submit]").click();
  await expect(p.getByRole("status").first()).toContainText("Жіберілді");

  await signIn(page, "ru", admin);
  await page.getByRole("button", { name: "Модерация" }).click();
  const claimItem = page.locator(".moderation-list li").filter({ hasText: email });
  await claimItem.getByRole("button", { name: "Одобрить" }).click();
  await expect(page.getByRole("status").first()).toContainText("Одобрено");

  await p.reload();
  const listing = p.locator(".my-listing");
  await expect(listing).toContainText(sample.id);
  await listing.getByLabel("Сайт").fill("https://notary.example.org");
  await listing.getByRole("button", { name: "Өзгерістерді тексеруге жіберу" }).click();
  await expect(p.getByRole("status").first()).toContainText("Жіберілді");

  await page.getByRole("button", { name: "Модерация" }).click();
  await page.reload();
  await page.getByRole("button", { name: "Модерация" }).click();
  const change = page.locator(".moderation-list li").filter({ hasText: "notary.example.org" });
  await change.getByLabel("Причина отказа").fill("Сайт не открывается");
  await change.getByRole("button", { name: "Отклонить" }).click();
  await expect(page.getByRole("status").first()).toContainText("Отклонено");
  expect((await (await request.get(`/api/v1/entries/${sample.id}`)).json()).website).toBeUndefined();

  await p.reload();
  await expect(p.locator("li").filter({ hasText: "Сайт не открывается" })).toBeVisible();
  await p.locator(".my-listing").getByLabel("Сайт").fill("https://notary.example.org");
  await p.locator(".my-listing").getByRole("button", { name: "Өзгерістерді тексеруге жіберу" }).click();
  await expect(p.getByRole("status").first()).toContainText("Жіберілді");
  await practitionerContext.close();

  await page.reload();
  await page.getByRole("button", { name: "Модерация" }).click();
  // A contact change is decided field by field (issue 8): its one field accepted, then the decisions saved.
  await page.locator(".moderation-list li").filter({ hasText: "notary.example.org" }).getByRole("button", { name: "Сохранить решения" }).click();
  await expect(page.getByRole("status").first()).toContainText("принято 1");
  expect((await (await request.get(`/api/v1/entries/${sample.id}`)).json()).website).toBe("https://notary.example.org");
});
