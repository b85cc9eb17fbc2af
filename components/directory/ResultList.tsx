"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ResultItem } from "./ResultItem";
import { ServingCourts } from "./ServingCourts";
import type { ListedEntry, RegionOption } from "./types";
import type { DirectoryData } from "./use-directory-data";
import type { ViewState } from "./view-state";

const PAGE = 50;

interface Props {
  state: ViewState;
  data: DirectoryData;
  regions: Map<string, RegionOption>;
  onShowOnMap: (entry: ListedEntry) => void;
  onFilterRegion: (iso: string) => void;
}

/** The list is a full alternative to the map: every result, its details link, and "show on map". */
export function ResultList({ state, data, regions, onShowOnMap, onFilterRegion }: Props) {
  const t = useTranslations("home");
  const [shown, setShown] = useState(PAGE);
  // Coordinates keep the decimal point in every language: "42,92, 71,4" would be ambiguous.
  const coords = (n: number) => n.toFixed(4);

  return (
    <section className="results-panel" aria-labelledby="results-title" aria-busy={data.loading}>
      <h2 id="results-title">{t("results")}</h2>
      {data.error ? (
        <div role="alert" className="error-box">
          <p>{t("loadError")}</p>
          <button type="button" onClick={data.retry}>
            {t("retry")}
          </button>
        </div>
      ) : null}
      {state.point && data.nearest ? (
        <>
          <h3 suppressHydrationWarning>{t("nearestTitle", { lat: coords(state.point.lat), lng: coords(state.point.lng) })}</h3>
          {data.nearest.length === 0 ? <p>{t("nearestNone")}</p> : null}
          <ul className="results" suppressHydrationWarning aria-label={t("nearestTitle", { lat: coords(state.point.lat), lng: coords(state.point.lng) })}>
            {data.nearest.map((e) => (
              <ResultItem key={e.id} entry={e} regions={regions} onShowOnMap={onShowOnMap} selected={e.id === state.entry} />
            ))}
          </ul>
          {data.locate ? (
            <ServingCourts place={data.locate} regions={regions} onShowOnMap={onShowOnMap} onFilterRegion={onFilterRegion} selectedId={state.entry} />
          ) : null}
        </>
      ) : (
        <>
          {/* Browsers format numbers for kk differently from Node: the server's text may differ, harmlessly. */}
          <p role="status" className="results-count" suppressHydrationWarning>
            {t("total", { total: data.total })}
            {data.total > Math.min(shown, data.entries.length) ? ` (${t("showing", { shown: Math.min(shown, data.entries.length) })})` : ""}
          </p>
          {data.total === 0 && !data.loading ? <p>{t("noResults")}</p> : null}
          <ul className="results">
            {data.entries.slice(0, shown).map((e) => (
              <ResultItem key={e.id} entry={data.known.get(e.id) ?? e} regions={regions} onShowOnMap={onShowOnMap} selected={e.id === state.entry} />
            ))}
          </ul>
          {data.entries.length > shown ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t("showMore")}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
