import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, securityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The import worker thread registers tsx (lib/import/job-boot.mjs) at run time: it must not be bundled.
  serverExternalPackages: ["tsx"],
  reactStrictMode: true,
  // Every response: API, static files, errors. Fixed at build time (Next writes them into its routes manifest),
  // so these read SITE_URL when `next build` runs. Pages get their per-request CSP from proxy.ts, which
  // overrides the one here; this one, with no nonce, lets no inline script run.
  async headers() {
    const siteUrl = process.env.SITE_URL;
    return [
      {
        source: "/:path*",
        headers: [...securityHeaders(siteUrl), { key: "Content-Security-Policy", value: contentSecurityPolicy({ siteUrl }) }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
