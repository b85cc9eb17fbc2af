import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { ATTRIBUTIONS } from "@/lib/directory/attributions";
import { OpenDataLinks } from "@/components/site/OpenDataLinks";
import { Link } from "@/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "about" }))("title") };
}

export default async function AboutPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("about");
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2>{t("precisionTitle")}</h2>
      <p>{t("precision")}</p>
      <h2>{t("namesTitle")}</h2>
      <p>{t("names")}</p>
      <h2>{t("samplesTitle")}</h2>
      <p>{t("samples")}</p>
      <h2>{t("sourcesTitle")}</h2>
      <dl className="facts">
        {ATTRIBUTIONS.map((a) => (
          <div key={a.id}>
            <dt>{t(`source.${a.id}`)}</dt>
            <dd>
              <blockquote lang="en">{a.text}</blockquote>
              <p>
                {t("licence")}: <span lang="en">{a.licence}</span>
              </p>
            </dd>
          </div>
        ))}
      </dl>
      <OpenDataLinks />
      <h2>{t("tilesTitle")}</h2>
      <p>{t("tiles")}</p>
      <h2>{t("apiTitle")}</h2>
      <p>
        {t("api")} <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> · <Link href="/api">{t("apiDocs")}</Link>
      </p>
      <p>
        {t("snapshots")} <a href="/api/v1/snapshots">/api/v1/snapshots</a>
      </p>
    </div>
  );
}
