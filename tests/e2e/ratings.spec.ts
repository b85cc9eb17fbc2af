import { expect, test, type Page } from "@playwright/test";
import { blockExternal, expectNoAxeViolations, waitForMarkers } from "./support";

test.beforeEach(async ({ page }) => blockExternal(page));
// Several pages, languages and widths with axe each: more than the default minute on a busy machine.
test.describe.configure({ timeout: 240_000 });

async function courts(request: import("@playwright/test").APIRequestContext, n: number): Promise<string[]> {
  const body = (await (await request.get(`/api/v1/entries?kind=court&region=KZ-63&limit=${n}`)).json()) as { items: { id: string }[] };
  return body.items.map((i) => i.id);
}

const countOf = async (request: import("@playwright/test").APIRequestContext, id: string, criterion: string) => {
  const body = (await (await request.get(`/api/v1/entries/${id}/ratings`)).json()) as { criteria: { criterion: string; count: number; mean: number }[] };
  return body.criteria.find((c) => c.criterion === criterion)!;
};

test("a rating in two clicks: a criterion, then a star; it counts at once", async ({ page, request }) => {
  const [court] = await courts(request, 1);
  await page.goto(`/en/entries/${court}#rate`);
  const section = page.locator("#rate");
  await section.getByRole("radio", { name: "Staff" }).click();
  await section.getByRole("button", { name: "4 stars" }).click();
  await expect(section.getByRole("status")).toHaveText("Thank you: your rating of “Staff” (4 of 5) counts.");
  expect(await countOf(request, court!, "personnel")).toMatchObject({ count: 1, mean: 4 });
  // The page's summary follows (the server part is refreshed).
  await expect(section.locator(".rating-summary")).toContainText("Staff: average 4.0 of 5 · 1 rating · 0% negative");
  await expectNoAxeViolations(page);
});

/** Tabs forward until `locator` has the focus: the keyboard is the only way in. */
async function tabTo(page: Page, locator: import("@playwright/test").Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("never reached by Tab");
}

test("a rating by keyboard only, with items and a comment, in Russian", async ({ page, request }) => {
  const [, court] = await courts(request, 2);
  await page.goto(`/ru/entries/${court}`);
  const section = page.locator("#rate");
  await tabTo(page, section.getByRole("radio").first());
  await page.keyboard.press("ArrowRight"); // the arrows choose within the group: «Обслуживание»
  await expect(section.getByRole("radio", { name: "Обслуживание" })).toBeChecked();
  await page.keyboard.press("Tab"); // the first star
  await expect(section.getByRole("button", { name: "1 звезда" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter"); // 2 stars
  await expect(section.getByRole("status")).toHaveText("Спасибо: ваша оценка «Обслуживание» (2 из 5) учтена.");
  expect(await countOf(request, court!, "service")).toMatchObject({ count: 1, mean: 2 });

  await tabTo(page, section.locator("summary"));
  await page.keyboard.press("Enter");
  await tabTo(page, section.getByRole("checkbox", { name: "Информационные сайты" }).last());
  await page.keyboard.press("Space");
  await tabTo(page, section.getByLabel("Комментарий (до 1 000 знаков)"));
  await page.keyboard.type("Расписание заседаний на сайте устарело.");
  await tabTo(page, section.getByRole("button", { name: "Отправить подробности" }));
  await page.keyboard.press("Enter");
  await expect(section.getByRole("status")).toHaveText("Спасибо: подробности сохранены, комментарий появится после проверки.");
  // Replaced, not added; and the comment is not public before review.
  expect(await countOf(request, court!, "service")).toMatchObject({ count: 1, mean: 2 });
  await expect(section.locator(".rating-comments")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the ratings page explains the ranking, fits 390 px and is axe-clean in every language", async ({ page }) => {
  for (const locale of ["kk", "ru", "en"]) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/ratings?region=KZ-63`);
      await expect(page.locator("table tbody tr").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/ratings-page-${locale}-${width}.png`, fullPage: true });
      if (width === 1280) await expectNoAxeViolations(page);
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/en/ratings");
  await expect(page.getByRole("heading", { name: "How the ranking works" })).toBeVisible();
  await expect(page.getByText(/Bayesian average: its ratings counted together with 10 imagined ratings of 3/)).toBeVisible();
});

test("the court's rating section at 390 px and on the desktop, kk/ru/en", async ({ page, request }) => {
  const [court] = await courts(request, 1);
  for (const locale of ["kk", "ru", "en"]) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/entries/${court}#rate`);
      const section = page.locator("#rate");
      await section.getByRole("radio").nth(2).click();
      await expect(section.locator(".star").first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await section.screenshot({ path: `test-results/ratings-entry-${locale}-${width}.png` });
      if (width === 390) await expectNoAxeViolations(page);
    }
  }
});

test("the map popup of a court links to its rating section; the admin review page asks to sign in", async ({ page }) => {
  await page.goto("/en?kind=court");
  await waitForMarkers(page);
  await page.locator(".kind-marker").first().click();
  const link = page.locator(".leaflet-popup").getByRole("link", { name: "Rate this court" });
  await expect(link).toHaveAttribute("href", /\/en\/entries\/[^/]+#rate$/);
  await link.click();
  await expect(page.locator("#rate")).toBeInViewport();
  await page.goto("/kk/admin/ratings");
  await expect(page.locator("main [role=alert]")).toHaveText("Алдымен әкімшілік бетінде кіріңіз.");
  await expectNoAxeViolations(page);
});
