import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { EntryNameText } from "@/components/entry/EntryNameText";
import { SampleBadge } from "@/components/entry/SampleBadge";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { regionsWithCounts } from "@/lib/directory/regions";
import { ratingTable } from "@/lib/ratings/aggregates";
import { CRITERION_CODES } from "@/lib/ratings/criteria";
import { MIN_RANKED_COUNT, PRIOR_MEAN, PRIOR_WEIGHT } from "@/lib/ratings/ranking";
import { RatingTableQuerySchema } from "@/lib/validation/ratings";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "ratings" }))("page.title") };
}

/** The national or a region's table of rated courts, with how the ranking works. */
export default async function RatingsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("ratings");
  const format = await getFormatter();
  const asked = await searchParams;
  // The form's own values; anything else (a hand-edited URL) shows the national table of all criteria.
  const parsed = RatingTableQuerySchema.pick({ region: true, criterion: true }).safeParse({ region: asked.region || undefined, criterion: asked.criterion || undefined });
  const filter = parsed.success ? parsed.data : {};
  const [table, regions] = await Promise.all([ratingTable(db(), filter, { limit: 500 }), regionsWithCounts(db())]);
  const regionName = (iso: string | null) => regions.find((r) => r.region.iso === iso)?.region.name[locale] ?? "";
  const sortedRegions = regions.map((r) => r.region).sort((a, b) => a.name[locale].localeCompare(b.name[locale], locale));
  const decimal = (n: number | null) => (n === null ? "—" : format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  const query = new URLSearchParams({ ...(filter.region ? { region: filter.region } : {}), ...(filter.criterion ? { criterion: filter.criterion } : {}) });
  const caption = t("page.caption", { criterion: filter.criterion ? t(`criteria.${filter.criterion}`) : t("page.allCriteria"), region: filter.region ? regionName(filter.region) : t("page.allRegions") });
  return (
    <div className="page ratings-page">
      <h1>{t("page.title")}</h1>
      <p>{t("page.intro")}</p>
      <h2>{t("page.how")}</h2>
      <p>{t("page.how1", { weight: PRIOR_WEIGHT, prior: PRIOR_MEAN })}</p>
      <p>{t("page.how2", { min: MIN_RANKED_COUNT })}</p>
      <p>{t("page.how3")}</p>
      <form className="rating-filters" method="get">
        <div className="field">
          <label htmlFor="ratings-region">{t("page.region")}</label>
          <select id="ratings-region" name="region" defaultValue={filter.region ?? ""}>
            <option value="">{t("page.allRegions")}</option>
            {sortedRegions.map((r) => (
              <option key={r.iso} value={r.iso}>
                {r.name[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ratings-criterion">{t("page.criterion")}</label>
          <select id="ratings-criterion" name="criterion" defaultValue={filter.criterion ?? ""}>
            <option value="">{t("page.allCriteria")}</option>
            {CRITERION_CODES.map((c) => (
              <option key={c} value={c}>
                {t(`criteria.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("page.show")}</button>
      </form>
      <h2>{caption}</h2>
      {table.items.length === 0 ? (
        <p>{t("page.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t("page.rank")}</th>
                <th scope="col">{t("page.court")}</th>
                <th scope="col" className="num">{t("page.ratings")}</th>
                <th scope="col" className="num">{t("page.mean")}</th>
                <th scope="col" className="num">{t("page.score")}</th>
                <th scope="col" className="num">{t("page.negative")}</th>
              </tr>
            </thead>
            <tbody>
              {table.items.map((row) => (
                <tr key={row.entryId}>
                  <td className="num">{row.rank ?? <span className="hint">{t("page.notRanked")}</span>}</td>
                  <th scope="row">
                    <Link href={`/entries/${row.entryId}#rate`}>
                      <EntryNameText name={row.name} locale={locale} />
                    </Link>
                    {filter.region ? null : <span className="hint"> · {regionName(row.regionIso)}</span>}
                    {row.sample ? <> <SampleBadge label={t("page.sample")} /></> : null}
                  </th>
                  <td className="num">{format.number(row.count)}</td>
                  <td className="num">{decimal(row.mean)}</td>
                  <td className="num">{decimal(row.score)}</td>
                  <td className="num">{row.negativeShare === null ? "—" : format.number(row.negativeShare, { style: "percent" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {t("page.openData")} <a href={`/api/v1/ratings?${new URLSearchParams([...query, ["format", "csv"]])}`}>CSV</a> ·{" "}
        <a href={`/api/v1/ratings?${query}`}>JSON</a>
      </p>
    </div>
  );
}
