/**
 * The security headers of every response, built from plain values so that the proxy (pages, per request)
 * and next.config (API, static files, everything else, fixed at build time) say the same thing.
 */

export type Header = { key: string; value: string };

export type PolicyOptions = {
  /** The request's nonce; without one (responses that are not pages) no inline script may run at all. */
  nonce?: string;
  /** The operator's TILE_URL template; its host is where the map's tile images come from. */
  tileUrl?: string;
  /** SITE_URL, the site's public address: https there turns on HSTS and upgrade-insecure-requests. */
  siteUrl?: string;
  /** `next dev` only: React rebuilds server error stacks in the browser with eval, and CSS comes in <style> tags. */
  development?: boolean;
  /** The API documentation page only (apiDocsPage): see INLINE_STYLES. */
  inlineStyles?: boolean;
};

/**
 * Scalar's API reference (/{locale}/api) puts its CSS in <style> elements it creates at run time, with no way
 * to give them a nonce, and sets style attributes: under the site's style-src it renders unstyled. That one page
 * gets 'unsafe-inline' for styles — and no style nonce, since a nonce makes browsers ignore 'unsafe-inline'.
 * Scripts stay nonce-only there too: Scalar needs no eval (the zod in its bundle probes `new Function("")` once,
 * the browser reports the refusal, and zod falls back). Styles cannot run code, so the cost is small.
 */
const INLINE_STYLES = ["'self'", "'unsafe-inline'"];

/** /kk/api, /ru/api, /en/api (and /api under the default locale is an API path, never a page). */
export const apiDocsPage = (pathname: string) => /^\/[a-z]{2}\/api\/?$/.test(pathname);

const HOST = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

/** A nonce for one response: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function servedOverHttps(siteUrl: string | undefined): boolean {
  return /^https:\/\//i.test(siteUrl?.trim() ?? "");
}

/**
 * The CSP source that allows a Leaflet tile template's images: `https://{s}.tile.example.org/{z}/{x}/{y}.png`
 * becomes `https://*.tile.example.org` (CSP wildcards only stand for whole leftmost labels, so every label up
 * to the last one holding a placeholder becomes the `*`). Null for none, a same-origin path (covered by 'self')
 * or anything that is not a plain http(s) host, so an odd TILE_URL can never add a directive of its own.
 */
export function tileImageSource(tileUrl: string | undefined): string | null {
  const match = /^(?:(https?):)?\/\/([^/?#]+)/i.exec(tileUrl?.trim() ?? "");
  if (!match) return null;
  const [, scheme, authority = ""] = match;
  const [, hostTemplate = "", port] = /^(.*?)(?::(\d{1,5}))?$/.exec(authority) ?? [];
  const labels = hostTemplate.split(".");
  const lastTemplated = labels.findLastIndex((label) => label.includes("{"));
  const host = lastTemplated < 0 ? hostTemplate : ["*", ...labels.slice(lastTemplated + 1)].join(".");
  if (!HOST.test(host) || host === "*") return null;
  return `${scheme ? `${scheme.toLowerCase()}://` : ""}${host.toLowerCase()}${port ? `:${port}` : ""}`;
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const { nonce, development = false } = options;
  const tiles = tileImageSource(options.tileUrl);
  const scripts = nonce
    ? // 'strict-dynamic': the chunks Next's nonced scripts load (the map is one, imported on demand) may run too.
      ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])]
    : ["'self'"];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    // No 'unsafe-inline' for styles either: Leaflet places tiles, markers, clusters and
    // popups through element.style (the CSSOM, which CSP does not govern), and no markup of ours carries a style
    // attribute; the nonce covers any inline style Next adds. `next dev` injects its CSS as <style> tags.
    options.inlineStyles
      ? ["style-src", ...INLINE_STYLES]
      : ["style-src", "'self'", ...(nonce ? [`'nonce-${nonce}'`] : []), ...(development ? ["'unsafe-inline'"] : [])],
    ["img-src", "'self'", "data:", "blob:", ...(tiles ? [tiles] : [])],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (servedOverHttps(options.siteUrl)) directives.push(["upgrade-insecure-requests"]);
  return directives.map((d) => d.join(" ")).join("; ");
}

/** The headers every response carries, whatever produced it. */
export function securityHeaders(siteUrl: string | undefined): Header[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "geolocation=(self), camera=(), microphone=()" },
    // Two years, this host only: subdomains may be other services of the operator's that are not on HTTPS.
    ...(servedOverHttps(siteUrl) ? [{ key: "Strict-Transport-Security", value: "max-age=63072000" }] : []),
  ];
}
