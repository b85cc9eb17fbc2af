import { newBrowserToken, RATING_COOKIE, RATING_COOKIE_MAX_AGE, verifiedBrowserToken } from "../ratings/browser-token";

/** The browser's rating token from its cookie, or a new one to issue with the answer (`issued`). */
export function browserTokenOf(req: Request): { token: string; issued: boolean } {
  const header = req.headers.get("cookie") ?? "";
  const value = header.split(";").map((c) => c.trim()).find((c) => c.startsWith(`${RATING_COOKIE}=`))?.slice(RATING_COOKIE.length + 1);
  const token = verifiedBrowserToken(value ? decodeURIComponent(value) : undefined);
  return token ? { token, issued: false } : { token: newBrowserToken(), issued: true };
}

/**
 * The Set-Cookie of a newly issued token: HttpOnly (no script reads it), SameSite=Lax (another site's form
 * cannot rate with it), Secure when the site is https — by SITE_URL, else by the request, as the session
 * cookie decides (lib/auth/cookies.ts), so a plain-HTTP deployment can still rate.
 */
export function ratingCookie(req: Request, token: string): string {
  const site = process.env.SITE_URL ? new URL(process.env.SITE_URL).protocol : new URL(req.url).protocol;
  const secure = site === "https:" ? "; Secure" : "";
  return `${RATING_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=${RATING_COOKIE_MAX_AGE}; HttpOnly; SameSite=Lax${secure}`;
}
