import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** No network in tests: tiles and anything else off this server are refused. */
export async function blockExternal(page: Page): Promise<void> {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
}

/**
 * WCAG 2.2 AA as axe checks it. Map markers are left out of target-size only: markers of nearby places
 * overlap by nature, and WCAG 2.5.8's "equivalent" exception applies — every marker's entry is in the
 * result list, whose controls meet the size (see the list's "show on map" and the entry links).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const all = await new AxeBuilder({ page }).withTags(tags).disableRules(["target-size"]).analyze();
  const size = await new AxeBuilder({ page }).withRules(["target-size"]).exclude(".leaflet-marker-pane").analyze();
  const violations = [...all.violations, ...size.violations];
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`)).toEqual([]);
}

/** The result list (not the "courts that serve this place" list). */
export const resultItems = (page: Page) => page.locator(".results-panel > ul.results > li");

export async function waitForMarkers(page: Page): Promise<void> {
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
}

/** Whatever the browser says about the CSP: console messages and securitypolicyviolation events. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) messages.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return async () => [...messages, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}
