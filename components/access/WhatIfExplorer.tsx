"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { AccessMap } from "@/components/map";
import type { AccessBuildingMarker } from "./types";
import type { TileConfig } from "@/components/directory/types";
import type { Locale } from "@/i18n/locales";
import type { WhatIfResponse } from "@/lib/validation/access";
import { count, km, share } from "./format";

type State = { status: "idle" } | { status: "loading" } | { status: "done"; result: WhatIfResponse } | { status: "error"; outside: boolean };

const MAX_CHANGES_SHOWN = 15;

/** The choropleth with the what-if: a click (or coordinates typed in) asks the API what a court there would change. */
export function WhatIfExplorer({ tiles, buildings }: { tiles: TileConfig; buildings: AccessBuildingMarker[] }) {
  const t = useTranslations("access");
  const locale = useLocale() as Locale;
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);
  const [state, setState] = useState<State>({ status: "idle" });
  const [showBuildings, setShowBuildings] = useState(true);
  const [typed, setTyped] = useState({ lat: "", lng: "" });
  const asked = useRef<AbortController | null>(null);

  const ask = (p: { lat: number; lng: number }) => {
    const at = { lat: Math.round(p.lat * 1e5) / 1e5, lng: Math.round(p.lng * 1e5) / 1e5 };
    setPoint(at);
    setTyped({ lat: String(at.lat), lng: String(at.lng) });
    setState({ status: "loading" });
    asked.current?.abort();
    const abort = (asked.current = new AbortController());
    fetch(`/api/v1/access/what-if?lat=${at.lat}&lng=${at.lng}`, { signal: abort.signal })
      .then(async (res) => {
        const body = (await res.json()) as WhatIfResponse & { error?: { code: string } };
        if (!res.ok) setState({ status: "error", outside: body.error?.code === "outside_kazakhstan" });
        else setState({ status: "done", result: body });
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setState({ status: "error", outside: false });
      });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const lat = Number(typed.lat);
    const lng = Number(typed.lng);
    if (typed.lat.trim() && typed.lng.trim() && Number.isFinite(lat) && Number.isFinite(lng)) ask({ lat, lng });
  };

  return (
    <div className="access-explorer">
      <p className="hint" id="access-map-hint">{t("mapHint")}</p>
      <label className="access-toggle">
        <input type="checkbox" checked={showBuildings} onChange={(e) => setShowBuildings(e.target.checked)} /> {t("buildingsToggle")}
      </label>
      <div role="region" aria-label={t("mapLabel")} aria-describedby="access-map-hint">
        <AccessMap tiles={tiles} buildings={buildings} showBuildings={showBuildings} point={point} onPick={ask} />
      </div>
      <section aria-labelledby="access-what-if" className="access-what-if">
        <h2 id="access-what-if">{t("whatIf.title")}</h2>
        <form onSubmit={submit} className="access-what-if__form">
          <div className="field">
            <label htmlFor="access-lat">{t("whatIf.lat")}</label>
            <input id="access-lat" inputMode="decimal" value={typed.lat} onChange={(e) => setTyped((v) => ({ ...v, lat: e.target.value }))} />
          </div>
          <div className="field">
            <label htmlFor="access-lng">{t("whatIf.lng")}</label>
            <input id="access-lng" inputMode="decimal" value={typed.lng} onChange={(e) => setTyped((v) => ({ ...v, lng: e.target.value }))} />
          </div>
          <button type="submit">{t("whatIf.submit")}</button>
          {point ? (
            <button type="button" onClick={() => (asked.current?.abort(), setPoint(null), setState({ status: "idle" }))}>
              {t("whatIf.clear")}
            </button>
          ) : null}
        </form>
        <div aria-live="polite" aria-busy={state.status === "loading"} className="access-what-if__result">
          {state.status === "loading" ? <p>{t("whatIf.loading")}</p> : null}
          {state.status === "error" ? <p className="error-box">{state.outside ? t("whatIf.outside") : t("whatIf.error")}</p> : null}
          {state.status === "done" ? <WhatIfResult result={state.result} locale={locale} /> : null}
        </div>
      </section>
    </div>
  );
}

function WhatIfResult({ result: r, locale }: { result: WhatIfResponse; locale: Locale }) {
  const t = useTranslations("access.whatIf");
  const point = `${new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(r.point.lat)}, ${new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(r.point.lng)}`;
  const region = r.region.name[locale] ?? r.region.name.ru ?? "";
  return (
    <>
      <p>{t("summary", { point, district: r.district.name[locale] ?? "", region })}</p>
      <p>
        {r.closer.settlements > 0 && r.closer.population === 0
          ? t("closerUnpopulated", { settlements: count(r.closer.settlements, locale), total: count(r.districtSettlements, locale) })
          : r.closer.settlements > 0
          ? t("closer", {
              settlements: count(r.closer.settlements, locale),
              total: count(r.districtSettlements, locale),
              population: count(r.closer.population, locale),
              mean: km(r.closer.meanGainKm, locale),
              max: km(r.closer.maxGainKm, locale),
            })
          : t("none", { total: count(r.districtSettlements, locale) })}
      </p>
      <ul>
        <li>{t("regionMean", { region, before: km(r.regionBefore.meanKm, locale), after: km(r.regionAfter.meanKm, locale) })}</li>
        <li>{t("regionOver50", { region, before: share(r.regionBefore.shareOver50Km, locale), after: share(r.regionAfter.shareOver50Km, locale) })}</li>
        <li>{t("countryMean", { before: km(r.countryBefore.meanKm, locale), after: km(r.countryAfter.meanKm, locale) })}</li>
      </ul>
      {r.changes.length > 0 ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="access-changes">
          <table>
            <caption id="access-changes">{t("changesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("settlement")}</th>
                <th scope="col" className="num">{t("population")}</th>
                <th scope="col" className="num">{t("before")}</th>
                <th scope="col" className="num">{t("after")}</th>
              </tr>
            </thead>
            <tbody>
              {r.changes.slice(0, MAX_CHANGES_SHOWN).map((c) => (
                <tr key={c.id}>
                  <th scope="row" lang="en">{c.name}</th>
                  <td className="num">{count(c.population, locale)}</td>
                  <td className="num">{km(c.beforeKm, locale)}</td>
                  <td className="num">{km(c.afterKm, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="hint">{t("notSaved")}</p>
    </>
  );
}
