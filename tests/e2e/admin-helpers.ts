import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3999);
/** The database scripts/e2e-server.sh gives the server under test. */
const E2E_DATABASE = path.join(process.cwd(), "var", "e2e", `courts-gis-e2e-${port}.sqlite`);

/** An administrator created the documented way: the CLI, with the password on stdin. */
export function createAdmin(): { email: string; password: string } {
  const email = `admin-${randomUUID().slice(0, 8)}@example.org`;
  const password = `pw-${randomUUID()}`;
  execFileSync("npx", ["tsx", "scripts/create-admin.ts", "--email", email], {
    input: `${password}\n`,
    env: { ...process.env, DATABASE_PATH: E2E_DATABASE },
    stdio: ["pipe", "ignore", "inherit"],
  });
  return { email, password };
}

export async function signIn(page: Page, locale: string, who: { email: string; password: string }) {
  await page.goto(`/${locale}/admin`);
  const form = page.locator("form").filter({ has: page.locator('input[autocomplete="current-password"]') });
  await form.locator('input[type="email"]').fill(who.email);
  await form.locator('input[type="password"]').fill(who.password);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator(".admin-who")).toContainText(who.email);
}

/** Tiles come from the internet, which tests do not have. */
export async function offline(page: Page) {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
}
