import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BuildingsTable } from "@/components/access/BuildingsTable";
import { FiguresSummary } from "@/components/access/FiguresSummary";
import { FiguresTable } from "@/components/access/FiguresTable";
import { count } from "@/components/access/format";
import { DistanceLegend } from "@/components/access/Legend";
import { RegionBarChart } from "@/components/access/RegionBarChart";
import { WhatIfExplorer } from "@/components/access/WhatIfExplorer";
import "@/components/access/access.css";
import { tileConfig } from "@/components/site/tiles";
import { accessState } from "@/lib/access/service";
import type { Locale } from "@/i18n/locales";
import { pageLocale } from "@/i18n/page-locale";
import { db } from "@/lib/db/client";
import { REGION_ISO_CODES } from "@/lib/directory/kinds";

// The figures follow the directory (a court added, moved or closed): computed per request from the cached model.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ region?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "access" }))("title") };
}

export default async function AccessPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const t = await getTranslations("access");
  const b = await getTranslations("access.buildings");
  const asked = (await searchParams).region;
  const region = typeof asked === "string" && (REGION_ISO_CODES as readonly string[]).includes(asked) ? asked : undefined;
  const { model, buildings } = await accessState(db());
  const byName = (a: { name: Record<Locale, string> }, z: { name: Record<Locale, string> }) => a.name[locale].localeCompare(z.name[locale], locale);
  const chosen = model.regions.find((r) => r.iso === region);
  const markers = buildings.flatMap((x) =>
    x.court?.lat != null && x.court.lng != null
      ? [{ key: `${x.courtAsWritten}-${x.year}`, lat: x.court.lat, lng: x.court.lng, title: x.court.nameRu, lines: [`${x.year} · ${b(x.status)}`, `${x.budgetAsWritten} (${b(x.budgetSource)})`, b("source")] }]
      : [],
  );
  const c = model.country.coverage;
  const download = (format: string) => `/api/v1/access?${new URLSearchParams({ ...(format === "json" ? {} : { format }), ...(region ? { region } : {}) })}`;

  return (
    <div className="page page--wide access-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p className="access-note">
        <strong>{t("method")}</strong> {t("servingNote")}
      </p>
      <p className="access-note">
        {t("coverage", { population: count(c.population, locale), settlements: count(c.settlements, locale), withoutPopulation: count(c.settlements - c.withPopulation, locale), outside: count(model.outsideDistricts, locale) })}
      </p>

      <section aria-labelledby="access-national">
        <h2 id="access-national">{t("nationalTitle")}</h2>
        <FiguresSummary figures={model.country} locale={locale} />
      </section>

      <section aria-labelledby="access-map-title">
        <h2 id="access-map-title">{t("mapTitle")}</h2>
        <DistanceLegend locale={locale} />
        <WhatIfExplorer tiles={tileConfig()} buildings={markers} />
      </section>

      <section aria-labelledby="access-regions">
        <h2 id="access-regions">{t("table.regionsTitle")}</h2>
        <FiguresTable
          id="access-region-table"
          caption={t("table.regionsCaption")}
          nameLabel={t("table.region")}
          rows={[...model.regions].sort(byName).map((r) => ({ key: r.iso, name: r.name[locale], href: `?region=${r.iso}#access-districts`, figures: r.figures }))}
        />
        <RegionBarChart regions={model.regions} locale={locale} />
      </section>

      <section aria-labelledby="access-districts-title" id="access-districts">
        <h2 id="access-districts-title">{chosen ? t("table.districtsTitle", { region: chosen.name[locale] }) : t("table.showDistricts")}</h2>
        <form method="get" className="access-region-form">
          <div className="field">
            <label htmlFor="access-region">{t("table.showDistricts")}</label>
            <select id="access-region" name="region" defaultValue={region ?? ""}>
              <option value="">{t("table.allRegions")}</option>
              {[...model.regions].sort(byName).map((r) => (
                <option key={r.iso} value={r.iso}>
                  {r.name[locale]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t("table.choose")}</button>
        </form>
        {chosen ? (
          <>
            <FiguresSummary figures={chosen.figures} locale={locale} />
            <FiguresTable
              id="access-district-table"
              caption={t("table.districtsCaption", { region: chosen.name[locale] })}
              nameLabel={t("table.district")}
              rows={model.districts.filter((d) => d.regionIso === chosen.iso).sort(byName).map((d) => ({ key: d.kato, name: d.name[locale], figures: d.figures }))}
            />
          </>
        ) : null}
      </section>

      <BuildingsTable buildings={buildings} locale={locale} />

      <section aria-labelledby="access-downloads">
        <h2 id="access-downloads">{t("downloads.title")}</h2>
        <ul>
          <li>
            <a href={download("csv")} download>{t("downloads.csv")}</a>
          </li>
          <li>
            <a href={download("json")}>{t("downloads.json")}</a>
          </li>
          <li>
            <a href={download("geojson")}>{t("downloads.geojson")}</a>
          </li>
        </ul>
        <p className="hint">{t("downloads.api")}</p>
      </section>
    </div>
  );
}
