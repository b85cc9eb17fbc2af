"use client";

import "./directory.css";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { HomeMap, preloadHomeMap } from "@/components/map";
import type { MapSettlement } from "@/components/map/types";
import { entryName } from "@/components/entry/names";
import { Filters } from "./Filters";
import { ResultList } from "./ResultList";
import type { InitialResults } from "@/lib/directory/initial-results";
import type { ListedEntry, RegionOption, TileConfig } from "./types";
import { useDirectoryData, useSelectedEntry } from "./use-directory-data";
import { ViewSwitch } from "./ViewSwitch";
import { viewStateToQuery, type ViewState } from "./view-state";

/** How long the view must stay still before the URL follows it. */
const URL_SYNC_PAUSE_MS = 400;

// In the browser, as soon as this module runs (before hydration): the map is the page's main content.
if (typeof window !== "undefined") preloadHomeMap();

const withoutView = ({ view: _view, ...filters }: ViewState): Omit<ViewState, "view"> => filters;

interface Props {
  initialState: ViewState;
  initial: InitialResults;
  regions: RegionOption[];
  tiles: TileConfig;
  settlements: MapSettlement[];
}

/** The home page: filters, the result list (first, for narrow screens and screen readers) and the map. */
export function Directory({ initialState, initial, regions, tiles, settlements }: Props) {
  const t = useTranslations("home");
  const d = useTranslations("directory");
  const locale = useLocale();
  // The map's view is kept apart from the filters: it changes at every pan and zoom, and the list and the
  // filters (memoised) then need not render again (~90 ms in one piece, which held back the new view's
  // markers: bench/map-render.ts, redraw).
  const [state, setState] = useState<Omit<ViewState, "view">>(() => withoutView(initialState));
  const [view, setView] = useState(initialState.view);
  const [geoStatus, setGeoStatus] = useState<"idle" | "locating" | "denied" | "failed">("idle");
  const [focusRequest, setFocusRequest] = useState<{ entry: ListedEntry; n: number } | null>(null);
  const [picked, setPicked] = useState<ListedEntry | null>(null);
  const [you, setYou] = useState<{ lat: number; lng: number; accuracy: number } | undefined>();
  const [announcement, setAnnouncement] = useState("");
  /** What to bring into view once it is drawn: a list item (a marker was clicked) or the point's results (a tap). */
  const [reveal, setReveal] = useState<{ target: "entry" | "point"; n: number } | null>(null);
  const data = useDirectoryData(state, initial);
  const regionMap = useMemo(() => new Map(regions.map((r) => [r.iso as string, r])), [regions]);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const query = viewStateToQuery({ ...state, view });
    // null state: Next.js then syncs useSearchParams (the language links) with the new URL. That re-renders
    // the page (~0.3 s on a slow phone-class CPU), so it waits until the map has stopped moving: done at
    // once, it held back the markers of the new view (bench/map-render.ts, redraw).
    const sync = setTimeout(() => window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`), URL_SYNC_PAUSE_MS);
    return () => clearTimeout(sync);
  }, [state, view]);

  const update = useCallback((patch: Partial<Omit<ViewState, "view">>) => setState((s) => ({ ...s, ...patch })), []);

  const nearMe = useCallback(() => {
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
        setYou({ ...point, accuracy: pos.coords.accuracy });
        update({ point, entry: undefined });
        setView({ zoom: 11, ...point });
        setReveal((r) => ({ target: "point", n: (r?.n ?? 0) + 1 }));
      },
      (err) => {
        setGeoStatus(err.code === err.PERMISSION_DENIED ? "denied" : "failed");
        document.getElementById("q")?.focus();
      },
      { timeout: 15_000, maximumAge: 60_000 },
    );
  }, [update]);

  const showOnMap = useCallback(
    (entry: ListedEntry) => {
      update({ entry: entry.id, pane: "map" });
      setFocusRequest((r) => ({ entry, n: (r?.n ?? 0) + 1 }));
    },
    [update],
  );

  // A click on the map and a place chosen in the search box: the same point view, its results brought into view.
  const pointAt = useCallback(
    (point: { lat: number; lng: number }) => {
      update({ point, entry: undefined });
      setReveal((r) => ({ target: "point", n: (r?.n ?? 0) + 1 }));
    },
    [update],
  );
  const placeChosen = useCallback(
    (point: { lat: number; lng: number }) => {
      pointAt(point);
      setView({ zoom: 11, ...point });
    },
    [pointAt],
  );
  const filterRegion = useCallback((iso: string) => update({ region: iso as ViewState["region"], point: undefined }), [update]);
  const entryChosen = useCallback((id: string) => update({ entry: id }), [update]);
  const selectOnMap = useCallback(
    (entry: ListedEntry | undefined) => {
      update({ entry: entry?.id });
      setPicked(entry ?? null);
      if (!entry) return;
      setAnnouncement(d("selected", { name: entryName(entry.name, locale).text }));
      setReveal((r) => ({ target: "entry", n: (r?.n ?? 0) + 1 }));
    },
    [update, d, locale],
  );

  const selected = useSelectedEntry(state.entry, data, picked);

  // After a marker click the list shows its item (scrolled into view inside the list, not the page); after a
  // tap the point's results are brought into view, next to the map on a phone.
  useEffect(() => {
    if (!reveal) return;
    const side = document.querySelector<HTMLElement>(".directory-side");
    const target =
      reveal.target === "entry" && state.entry
        ? document.querySelector<HTMLElement>(`.results-panel li[data-entry-id="${CSS.escape(state.entry)}"]`)
        : reveal.target === "point" && data.near
          ? document.getElementById("point-title")
          : null;
    if (!target || !side || side.offsetParent === null) return;
    // "nearest": only as far as needed, so on a phone the map above the results stays in view.
    target.scrollIntoView({ block: "nearest" });
  }, [reveal, state.entry, data.near, data.entries]);

  return (
    <div className={`directory directory--${state.pane}${state.point ? " directory--point" : ""}`}>
      <h1 className="visually-hidden">{t("title")}</h1>
      <ViewSwitch pane={state.pane} onPane={(pane) => update({ pane })} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div className="directory-side">
        <Filters state={state} regions={regions} onChange={update} onNearMe={nearMe} onPlace={placeChosen} onEntry={entryChosen} geoStatus={geoStatus} facets={data.facets} />
        <ResultList
          state={state}
          data={data}
          regions={regionMap}
          picked={selected && picked && selected.id === picked.id ? selected : undefined}
          onShowOnMap={showOnMap}
          onFilterRegion={filterRegion}
        />
      </div>
      <section className="directory-map" aria-label={t("mapLabel")}>
        <p className="hint map-hint">{t("mapHint")}</p>
        <HomeMap
          query={data.query}
          firstMarkers={data.firstMarkers}
          selected={selected?.location ? selected : undefined}
          focusRequest={focusRequest}
          point={state.point}
          you={you}
          view={view}
          region={state.region}
          tiles={tiles}
          settlements={settlements}
          visible={state.pane === "map"}
          onPoint={pointAt}
          onSelect={selectOnMap}
          onView={setView}
        />
      </section>
    </div>
  );
}
