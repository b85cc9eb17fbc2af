import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { blockExternal, watchCsp } from "./support";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test.beforeEach(async ({ page }) => blockExternal(page));

for (const locale of ["kk", "ru", "en"]) {
  test(`the footer of /${locale} links the API documentation`, async ({ page }) => {
    await page.goto(`/${locale}/about`);
    await page.locator("footer").locator(`a[href="/${locale}/api"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/api$`));
  });
}

test("the API documentation renders the operations from our own origin only, under the CSP", async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  const cspViolations = await watchCsp(page);
  const res = await page.goto("/en/api");
  // Styles only are relaxed there (Scalar's run-time <style> elements); scripts keep the nonce.
  const csp = res!.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).toContain("style-src 'self' 'unsafe-inline';");

  const reference = page.locator(".api-reference");
  // Scalar fetches and indexes the document (~3 s on an idle machine) before it draws anything.
  await expect(reference.getByText("Located entries nearest to a point").first()).toBeVisible({ timeout: 45_000 });
  for (const summary of ["Located entries nearest to a point", "The region and district containing a point", "Daily bulk open data"]) {
    await expect(reference.getByText(summary).first()).toBeVisible();
  }
  await page.waitForLoadState("networkidle");

  const origin = new URL(baseURL!).origin;
  const elsewhere = requested.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(requested).toContainEqual(expect.stringMatching(/\/api\/docs\/scalar\.js\?v=\d/));
  expect(requested).toContainEqual(`${origin}/api/v1/openapi.json`);
  // The one refusal is expected and harmless: the zod inside Scalar's bundle probes `new Function("")` once,
  // in a try/catch, to see whether it may compile validators, and falls back when the CSP says no.
  expect((await cspViolations()).filter((v) => v !== "script-src eval")).toEqual([]);

  // Our frame of the page (header, intro, footer) meets WCAG 2.2 AA. Scalar's own markup is left out: a
  // third-party widget whose markup we do not write (what axe finds in it is listed in README, "API documentation").
  const ours = await new AxeBuilder({ page }).withTags(WCAG).exclude(".api-reference").analyze();
  expect(ours.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)).toEqual([]);
});

test("Scalar's bundle is served by us with a long cache", async ({ request }) => {
  const res = await request.get("/api/docs/scalar.js?v=1");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/javascript");
  expect(res.headers()["cache-control"]).toContain("max-age=31536000");
});
