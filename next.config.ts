import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, securityHeaders } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The import's worker thread (lib/import/job-boot.mjs) loads tsx from node_modules at run time; bundling it
  // fails (it imports by computed specifiers) and would be unused.
  serverExternalPackages: ["tsx", "esbuild"],
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
