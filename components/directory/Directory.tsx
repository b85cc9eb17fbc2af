"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { HomeMap } from "@/components/map";
import { Filters } from "./Filters";
import { ResultList } from "./ResultList";
import type { InitialResults } from "@/lib/directory/initial-results";
import type { ListedEntry, RegionOption, TileConfig } from "./types";
import { useDirectoryData, useSelectedEntry } from "./use-directory-data";
import { viewStateToQuery, type ViewState } from "./view-state";

interface Props {
  initialState: ViewState;
  initial: InitialResults;
  regions: RegionOption[];
  tiles: TileConfig;
}

/** The home page: filters, the result list (first, for narrow screens and screen readers) and the map. */
export function Directory({ initialState, initial, regions, tiles }: Props) {
  const t = useTranslations("home");
  const [state, setState] = useState(initialState);
  const [geoStatus, setGeoStatus] = useState<"idle" | "locating" | "denied" | "failed">("idle");
  const [focusRequest, setFocusRequest] = useState<{ entry: ListedEntry; n: number } | null>(null);
  const data = useDirectoryData(state, initial);
  const regionMap = useMemo(() => new Map(regions.map((r) => [r.iso as string, r])), [regions]);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const query = viewStateToQuery(state);
    // null state: Next.js then syncs useSearchParams (the language links) with the new URL.
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }, [state]);

  const update = useCallback((patch: Partial<ViewState>) => setState((s) => ({ ...s, ...patch })), []);

  const nearMe = () => {
    if (!("geolocation" in navigator)) {
      setGeoStatus("failed");
      document.getElementById("q")?.focus();
      return;
    }
    setGeoStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setGeoStatus("idle");
        const point = { lat: pos.coords.latitude, lng: pos.coords.longitude };
        update({ point, view: { zoom: 11, ...point } });
      },
      (err) => {
        setGeoStatus(err.code === err.PERMISSION_DENIED ? "denied" : "failed");
        document.getElementById("q")?.focus();
      },
      { timeout: 15_000, maximumAge: 60_000 },
    );
  };

  const showOnMap = useCallback(
    (entry: ListedEntry) => {
      update({ entry: entry.id });
      setFocusRequest((r) => ({ entry, n: (r?.n ?? 0) + 1 }));
    },
    [update],
  );

  // A click on the map and a place chosen in the search box: the same point view.
  const pointAt = useCallback((point: { lat: number; lng: number }) => update({ point, entry: undefined }), [update]);
  const placeChosen = useCallback(
    (point: { lat: number; lng: number }) => {
      pointAt(point);
      update({ view: { zoom: 11, ...point } });
    },
    [pointAt, update],
  );
  const select = useCallback((id: string | undefined) => update({ entry: id }), [update]);

  const located = useMemo(() => data.entries.filter((e) => e.location !== null), [data.entries]);
  const selected = useSelectedEntry(state.entry, data);

  return (
    <div className="directory">
      <h1 className="visually-hidden">{t("title")}</h1>
      <div className="directory-side">
        <Filters state={state} regions={regions} onChange={update} onNearMe={nearMe} onPlace={placeChosen} onEntry={select} geoStatus={geoStatus} />
        <ResultList
          state={state}
          data={data}
          regions={regionMap}
          onShowOnMap={showOnMap}
          onFilterRegion={(iso) => update({ region: iso as ViewState["region"], point: undefined })}
        />
      </div>
      <section className="directory-map" aria-label={t("mapLabel")}>
        <p className="hint map-hint">{t("mapHint")}</p>
        <HomeMap
          entries={located}
          selected={selected?.location ? selected : undefined}
          focusRequest={focusRequest}
          point={state.point}
          view={state.view}
          region={state.region}
          tiles={tiles}
          onPoint={pointAt}
          onSelect={select}
          onView={(view) => update({ view })}
        />
      </section>
    </div>
  );
}
