import { Forbidden } from "../errors";

/**
 * The site's own origin: SITE_URL when set (behind a proxy), else the origin the browser addressed (its Host
 * header: Next.js may rebuild req.url from the address it listens on, e.g. localhost for 127.0.0.1).
 */
export function siteOrigin(req: Request): string {
  if (process.env.SITE_URL) return new URL(process.env.SITE_URL).origin;
  const url = new URL(req.url);
  const host = req.headers.get("host");
  return host ? `${url.protocol}//${host}` : url.origin;
}

const crossSite = () => new Forbidden("Cross-site requests may not change anything", undefined, "cross_site");

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard for every state-changing request: a browser always sends Origin (or at
 * least Sec-Fetch-Site) on such requests, and another site cannot forge them. Requests with neither come
 * from non-browser clients, which do not carry a victim's cookies.
 */
export function assertSameOrigin(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  if (origin !== null) {
    if (origin !== siteOrigin(req)) throw crossSite();
    return;
  }
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw crossSite();
  }
}
