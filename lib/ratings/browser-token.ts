import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret";

// Who rated, without knowing who: a random token in a signed HttpOnly cookie tells one browser from another
// (the replacement rule), and the client's address key counts per client. Neither is stored: only keyed
// hashes (HMAC with the server's secret), which cannot be turned back into a token or an address, nor
// recomputed by anyone holding the open data or a copy of the database without the secret.

export const RATING_COOKIE = "courts_rating_token";
/** A year: long enough for the 30-day rule, short enough that a forgotten browser is forgotten. */
export const RATING_COOKIE_MAX_AGE = 365 * 24 * 3600;

const keyed = (purpose: string, value: string) => createHmac("sha256", authSecret()).update(`${purpose}\0${value}`).digest("base64url");

/** A new token, as the cookie carries it: random part and its signature. */
export function newBrowserToken(): string {
  const value = randomBytes(18).toString("base64url");
  return `${value}.${keyed("rating-token", value)}`;
}

/** The cookie's token when its signature is ours, else null (a forged or garbled cookie gets a new token). */
export function verifiedBrowserToken(cookie: string | undefined): string | null {
  if (!cookie || cookie.length > 200) return null;
  const [value, signature, extra] = cookie.split(".");
  if (!value || !signature || extra !== undefined) return null;
  const expected = Buffer.from(keyed("rating-token", value));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? cookie : null;
}

export const browserTokenHash = (token: string) => keyed("browser", token);
export const clientHash = (clientKey: string) => keyed("client", clientKey);
