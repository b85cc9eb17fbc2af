import { describe, expect, it } from "vitest";
import { apiDocsPage, contentSecurityPolicy, createNonce, securityHeaders, tileImageSource } from "@/lib/security/headers";

/** The policy as directive → sources. */
function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name = "", ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("tileImageSource", () => {
  it("turns the subdomain placeholder into a CSP wildcard", () => {
    expect(tileImageSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://*.tile.openstreetmap.org");
    expect(tileImageSource("https://tile-{s}.maps.example.kz/{z}/{x}/{y}{r}.png")).toBe("https://*.maps.example.kz");
  });

  it("keeps a fixed host with its port, and a scheme-relative one without a scheme", () => {
    expect(tileImageSource("http://Tiles.Example.org:8080/{z}/{x}/{y}.png")).toBe("http://tiles.example.org:8080");
    expect(tileImageSource("//tiles.example.org/{z}/{x}/{y}.png")).toBe("tiles.example.org");
  });

  it("adds nothing for no TILE_URL, a same-origin path or a host that is all placeholder", () => {
    expect(tileImageSource(undefined)).toBeNull();
    expect(tileImageSource("")).toBeNull();
    expect(tileImageSource("/tiles/{z}/{x}/{y}.png")).toBeNull();
    expect(tileImageSource("https://{s}/{z}/{x}/{y}.png")).toBeNull();
  });

  it("cannot be used to add a directive or a scheme of its own", () => {
    expect(tileImageSource("https://a.example.org;script-src *;/{z}.png")).toBeNull();
    expect(tileImageSource("https://a.example.org 'unsafe-inline'/{z}.png")).toBeNull();
    expect(tileImageSource("javascript://a.example.org/{z}.png")).toBeNull();
    expect(tileImageSource("https://user@a.example.org/{z}.png")).toBeNull();
  });
});

describe("contentSecurityPolicy", () => {
  const nonce = "bm9uY2UtZm9yLXRlc3Rz";

  it("lets scripts and inline styles in only with the request's nonce, never inline or through eval", () => {
    const csp = parse(contentSecurityPolicy({ nonce }));
    expect(csp.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("allows eval and inline styles only under next dev", () => {
    const csp = parse(contentSecurityPolicy({ nonce, development: true }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toContain("'unsafe-inline'");
  });

  it("without a nonce allows no inline script or style at all", () => {
    const csp = parse(contentSecurityPolicy({}));
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'"]);
  });

  it("allows images from the operator's tile host, data: and blob:", () => {
    const csp = parse(contentSecurityPolicy({ nonce, tileUrl: "https://{s}.tile.example.org/{z}/{x}/{y}.png" }));
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://*.tile.example.org"]);
    expect(parse(contentSecurityPolicy({ nonce })).get("img-src")).toEqual(["'self'", "data:", "blob:"]);
  });

  it("upgrades insecure requests when the site is served over HTTPS", () => {
    expect(parse(contentSecurityPolicy({ nonce, siteUrl: "https://courts.example.kz" })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  const byKey = (siteUrl?: string) => Object.fromEntries(securityHeaders(siteUrl).map((h) => [h.key, h.value]));

  it("forbids framing and sniffing, trims the referrer and limits powerful features", () => {
    expect(byKey()).toEqual({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "geolocation=(self), camera=(), microphone=()",
    });
  });

  it("sends HSTS only when SITE_URL is https", () => {
    expect(byKey("http://127.0.0.1:3000")["Strict-Transport-Security"]).toBeUndefined();
    expect(byKey("https://courts.example.kz")["Strict-Transport-Security"]).toBe("max-age=63072000");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("the API documentation page's policy", () => {
  it("relaxes inline styles on /{locale}/api only, and keeps scripts nonce-only there", () => {
    const nonce = createNonce();
    const docs = parse(contentSecurityPolicy({ nonce, inlineStyles: apiDocsPage("/en/api") }));
    expect(docs.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(docs.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    for (const other of ["/en", "/en/about", "/en/api/extra", "/en/apis", "/api/v1/regions"]) {
      expect(apiDocsPage(other), other).toBe(false);
    }
    expect(parse(contentSecurityPolicy({ nonce, inlineStyles: apiDocsPage("/en/about") })).get("style-src")).toEqual(["'self'", `'nonce-${nonce}'`]);
  });
});
