import { expect, test, type Page } from "@playwright/test";
import { createAdmin, signIn } from "./admin-helpers";
import { blockExternal, expectNoAxeViolations } from "./support";

test.beforeEach(async ({ page }) => blockExternal(page));
// Each test walks several pages with axe on each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 240_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/e2e/corrections-${name}.png`, fullPage: true });

test("a visitor's correction in Russian, approved in part by an editor, shows the accepted value with its provenance", async ({ page, request }) => {
  // A court of Almaty without phones or website (every court lacks them, but for the few facts loaded from data/courts/seen).
  const list = (await (await request.get("/api/v1/entries?kind=court&region=KZ-75&limit=50")).json()) as { items: { id: string; phones: unknown[]; website?: string; name: { ru?: string } }[] };
  const court = list.items.find((e) => e.phones.length === 0 && !e.website)!;

  await page.goto(`/ru/entries/${court.id}`);
  await page.getByText("Предложить исправление").click();
  await expectNoAxeViolations(page);

  // A bad value first: the error is shown at its field, in Russian.
  await page.getByLabel("Что исправить").selectOption({ label: "Сайт" });
  await page.getByLabel("Новое значение").fill("не адрес");
  await page.getByRole("button", { name: "Отправить исправление" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Проверьте значение" })).toBeVisible();

  await page.getByLabel("Новое значение").fill("https://wrong-court.example.kz");
  await page.getByRole("button", { name: "Добавить ещё поле" }).click();
  await page.getByLabel("Что исправить").nth(1).selectOption({ label: "Телефон" });
  await page.getByLabel("Новое значение").nth(1).fill("8 7272 55 66 77");
  await page.getByLabel("Где это опубликовано (ссылка, необязательно)").fill("https://example.kz/contacts");
  await page.getByLabel(/Ваш e-mail или телефон/).fill("visitor@example.org");
  await page.setViewportSize({ width: 390, height: 900 });
  await shot(page, "form-ru-390");
  await page.getByRole("button", { name: "Отправить исправление" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ждёт проверки" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });

  // Not public before approval.
  await page.goto(`/en/entries/${court.id}`);
  await expect(page.getByText("+77272556677")).toHaveCount(0);

  // The editor's queue: a field-by-field diff; accept the phone, reject the website with a reason.
  await signIn(page, "en", createAdmin());
  await page.getByRole("button", { name: "Moderation" }).click();
  const request_ = page.locator(".moderation-list > li").filter({ hasText: court.name.ru! });
  await expect(request_.getByRole("row", { name: /Phone/ })).toContainText("+77272556677");
  await expect(request_).toContainText("Contact (editors only): visitor@example.org");
  await expectNoAxeViolations(page);
  await shot(page, "moderation-en");
  const website = request_.getByRole("row", { name: /Website/ });
  await website.getByLabel("Reject").check();
  await website.getByLabel("Why Website is rejected").fill("Not the court's site");
  await request_.getByRole("button", { name: "Save the decisions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: 1 accepted, 1 rejected." })).toBeVisible();

  // Public now: the phone with its provenance and the last-verified date; the website absent.
  await page.goto(`/en/entries/${court.id}`);
  await expect(page.locator(".facts")).toContainText("+77272556677");
  await expect(page.getByText("wrong-court.example.kz")).toHaveCount(0);
  const sources = page.locator(".fact-sources");
  await expect(sources).toContainText(/Phone — proposed by a visitor, approved \d+ \w+ \d{4}/);
  await expect(sources).toContainText(/Last verified: \d+ \w+ \d{4}/);
  await expect(page.getByText("visitor@example.org")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shot(page, "entry-en");
});

test("facts seen on public pages show their page and date, medium ones marked unverified, in every language", async ({ page }) => {
  await page.goto("/en/entries/sudkz-r2-61cb306f");
  await expect(page.locator(".fact-sources")).toContainText("Address — as published on globalnews.kz, May 2023");
  await page.goto("/ru/entries/sudkz-r6-af6078ec");
  await expect(page.locator(".fact-sources")).toContainText("не проверено");
  await page.goto("/kk/entries/sudkz-r2-61cb306f");
  await expect(page.locator(".fact-sources")).toContainText("globalnews.kz сайтында жарияланғандай");
  await page.getByText("Түзету ұсыну").click();
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 900 });
  await shot(page, "entry-kk-390");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
