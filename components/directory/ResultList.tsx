"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { PointResults } from "./PointResults";
import { ResultItem } from "./ResultItem";
import type { ListedEntry, RegionOption, ShownEntry } from "./types";
import type { DirectoryData } from "./use-directory-data";
import type { ViewState } from "./view-state";

interface Props {
  state: ViewState;
  data: DirectoryData;
  regions: Map<string, RegionOption>;
  /** The entry chosen on the map when the list has not reached it yet: shown first. */
  picked?: ShownEntry;
  onShowOnMap: (entry: ListedEntry) => void;
  onFilterRegion: (iso: string) => void;
}

/** The list is a full alternative to the map: every result (page after page), its details link, and "show on map". */
/** Memoised: the page renders again at every pan and zoom of the map, the list need not. */
export const ResultList = memo(function ResultList({ state, data, regions, picked, onShowOnMap, onFilterRegion }: Props) {
  const t = useTranslations("home");
  const m = useTranslations("directory");
  const listed = picked && !data.entries.some((e) => e.id === picked.id) && !state.point ? picked : undefined;

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
      {state.point && data.near ? (
        <PointResults point={state.point} near={data.near} regions={regions} onShowOnMap={onShowOnMap} onFilterRegion={onFilterRegion} selectedId={state.entry} />
      ) : (
        <>
          {/* Browsers format numbers for kk differently from Node: the server's text may differ, harmlessly. */}
          <p role="status" className="results-count" suppressHydrationWarning>
            {t("total", { total: data.total })}
            {data.total > data.entries.length ? ` (${t("showing", { shown: data.entries.length })})` : ""}
          </p>
          {data.total === 0 && !data.loading ? <p>{t("noResults")}</p> : null}
          {listed ? (
            <ul className="results picked" aria-label={m("picked")}>
              <ResultItem entry={listed} regions={regions} onShowOnMap={onShowOnMap} selected />
            </ul>
          ) : null}
          <ul className="results">
            {data.entries.map((e) => (
              <ResultItem key={e.id} entry={e} regions={regions} onShowOnMap={onShowOnMap} selected={e.id === state.entry} />
            ))}
          </ul>
          {data.more ? (
            <button type="button" onClick={data.loadMore} disabled={data.loading}>
              {t("showMore")}
            </button>
          ) : null}
        </>
      )}
    </section>
  );
});
