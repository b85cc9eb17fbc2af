import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { headers } from "next/headers";
import { ApiReference } from "@/components/api-docs/ApiReference";
import { scalarBundleUrl } from "@/components/api-docs/scalar-bundle";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "apiDocs" }))("title") };
}

/** The API documentation: Scalar's reference, drawn in the browser from /api/v1/openapi.json, all from our origin. */
export default async function ApiDocsPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("apiDocs");
  // The CSP allows scripts only with this request's nonce (proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <div className="page api-docs">
      <h1>{t("title")}</h1>
      <p>
        {t("intro")} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
      </p>
      <p>{t("noRequests")}</p>
      <noscript>
        <p>
          {t("noscript")} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        </p>
      </noscript>
      <ApiReference bundleUrl={scalarBundleUrl()} nonce={nonce} />
    </div>
  );
}
