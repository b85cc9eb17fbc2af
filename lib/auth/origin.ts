import { ApiError } from "../api/errors";

/** The site's own origin: SITE_URL when set (behind a proxy), else the origin the request was addressed to. */
export function siteOrigin(req: Request): string {
  return process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : new URL(req.url).origin;
}

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
    if (origin !== siteOrigin(req)) throw new ApiError(403, "cross_site", "Cross-site requests may not change anything");
    return;
  }
  const fetchSite = req.headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new ApiError(403, "cross_site", "Cross-site requests may not change anything");
  }
}
