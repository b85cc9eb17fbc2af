import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { regionsWithCounts } from "@/lib/directory/regions";

// Counts come from the database at request time, never from the build.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "regions" }))("title") };
}

export default async function RegionsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("regions");
  const k = await getTranslations("kinds");
  const nf = new Intl.NumberFormat(locale);
  const regions = (await regionsWithCounts(db()))
    .map((r) => r.region)
    .sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("region")}</th>
              {ENTRY_KINDS.map((kind) => (
                <th scope="col" key={kind} className="num">
                  {k(`plural.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => (
              <tr key={r.iso}>
                <th scope="row">
                  <Link href={`/regions/${r.iso}`}>{r.name[locale]}</Link>
                </th>
                {ENTRY_KINDS.map((kind) => (
                  <td key={kind} className="num">
                    {nf.format(r.counts[kind])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
