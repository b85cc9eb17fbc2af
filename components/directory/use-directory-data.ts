"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import type { ApiEntry } from "@/lib/validation/entry";
import { PRACTITIONER_KINDS, type EntryKind } from "@/lib/directory/kinds";
import type { InitialResults } from "@/lib/directory/initial-results";
import { NEAR_COURTS, NEAR_PRACTITIONERS, type NearResults } from "@/lib/directory/near";
import type { MarkersResponse } from "@/lib/validation/responses";
import { fetchEntriesPage, fetchEntry, fetchLocate, fetchMarkers, fetchNearest, markersView, type EntryQuery, type MarkersView } from "./api";
import type { ListedEntry, ShownEntry } from "./types";
import { effectiveKinds, type ViewState } from "./view-state";

const TYPING_PAUSE_MS = 250;

export interface DirectoryData {
  /** The list's entries so far (full entries, page after page from /api/v1/entries). */
  entries: ApiEntry[];
  total: number;
  /** Whether more pages remain. */
  more: boolean;
  loadMore: () => void;
  loading: boolean;
  error: boolean;
  /** Per language and area of practice, how many of the matches have it (the filters' counts). */
  facets: MarkersResponse["facets"] | null;
  near: NearResults | null;
  /** The filters as the API takes them (the map asks its markers with the same). */
  query: EntryQuery;
  /** While the filters are the page's first: the country view's markers rendered with the page, for the map's first draw. */
  firstMarkers: MarkersView | null;
  retry: () => void;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError";

/** The list for the filters (paged), their counts, and near a point the courts and practitioners. */
export function useDirectoryData(state: ViewState, initial: InitialResults): DirectoryData {
  const kinds = effectiveKinds(state);
  const kindsKey = kinds?.join(",") ?? "";
  const langKey = state.languages.join(",");
  const specKey = state.specialisations.join(",");
  const [q, setQ] = useState(state.q);
  const [list, setList] = useState(initial.entries);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [facets, setFacets] = useState<DirectoryData["facets"]>(initial.markers.facets);
  const [near, setNear] = useState(initial.near);

  useEffect(() => {
    const id = setTimeout(() => setQ(state.q), TYPING_PAUSE_MS);
    return () => clearTimeout(id);
  }, [state.q]);

  const query = useMemo<EntryQuery>(
    () => ({
      kinds: kindsKey ? (kindsKey.split(",") as EntryKind[]) : undefined,
      courtKind: state.courtKind,
      region: state.region,
      q,
      languages: langKey ? langKey.split(",") : undefined,
      specialisations: specKey ? (specKey.split(",") as ViewState["specialisations"]) : undefined,
    }),
    [kindsKey, state.courtKind, state.region, q, langKey, specKey],
  );

  // The first render already has the first page (server-rendered); any later change of the filters reloads it.
  const [firstQuery] = useState(query);
  useEffect(() => {
    if (query === firstQuery && attempt === 0) return;
    const abort = new AbortController();
    setLoading(true);
    setError(false);
    fetchEntriesPage(query, null, abort.signal)
      .then((page) => {
        setList(page);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (isAbort(e)) return;
        setLoading(false);
        setError(true);
      });
    return () => abort.abort();
  }, [query, firstQuery, attempt]);

  useEffect(() => {
    if (query === firstQuery && attempt === 0) return;
    const abort = new AbortController();
    fetchMarkers(query, {}, abort.signal).then(
      (m) => setFacets(m.facets),
      () => undefined,
    );
    return () => abort.abort();
  }, [query, firstQuery, attempt]);
  const firstMarkers = useMemo(() => markersView(initial.markers), [initial.markers]);

  const loadMore = useCallback(() => {
    if (!list.nextCursor) return;
    const abort = new AbortController();
    setLoading(true);
    fetchEntriesPage(query, list.nextCursor, abort.signal)
      .then((page) => {
        setList((l) => ({ items: [...l.items, ...page.items.filter((e) => !l.items.some((x) => x.id === e.id))], total: page.total, nextCursor: page.nextCursor }));
        setLoading(false);
      })
      .catch(() => {
        setLoading(false);
        setError(true);
      });
  }, [list.nextCursor, query]);

  const lat = state.point?.lat;
  const lng = state.point?.lng;
  const [firstPoint] = useState({ lat, lng, query });
  useEffect(() => {
    if (lat === undefined || lng === undefined) {
      setNear(null);
      return;
    }
    if (firstPoint.lat === lat && firstPoint.lng === lng && firstPoint.query === query && attempt === 0 && initial.near) return;
    const abort = new AbortController();
    const point = { lat, lng };
    const wants = (kind: EntryKind) => !query.kinds || query.kinds.includes(kind);
    const practitionerKinds = PRACTITIONER_KINDS.filter(wants);
    Promise.all([
      wants("court") ? fetchNearest(point, { kinds: ["court"], courtKind: query.courtKind }, NEAR_COURTS, abort.signal) : [],
      practitionerKinds.length
        ? fetchNearest(point, { kinds: practitionerKinds, languages: query.languages, specialisations: query.specialisations }, NEAR_PRACTITIONERS, abort.signal)
        : [],
      fetchLocate(point, abort.signal),
    ])
      .then(([courts, practitioners, locate]) => setNear({ courts, practitioners, locate }))
      .catch((e: unknown) => {
        if (!isAbort(e)) setError(true);
      });
    return () => abort.abort();
  }, [lat, lng, query, attempt, firstPoint, initial.near]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // One object while nothing in it changed: the list is memoised on it (a pan of the map renders the page again).
  return useMemo(
    () => ({
      entries: list.items,
      total: list.total,
      more: list.nextCursor !== null,
      loadMore,
      loading,
      error,
      facets,
      near,
      query,
      firstMarkers: query === firstQuery ? firstMarkers : null,
      retry,
    }),
    [list, loadMore, loading, error, facets, near, query, firstQuery, firstMarkers, retry],
  );
}

/**
 * The selected entry for its popup: at once from what is at hand (full where known, else the marker that was
 * clicked), then completed with its address and phones from /api/v1/entries/{id}.
 */
export function useSelectedEntry(id: string | undefined, data: DirectoryData, picked: ListedEntry | null): ShownEntry | undefined {
  const atHand = useMemo(
    () =>
      id
        ? (data.entries.find((e) => e.id === id) ??
          data.near?.courts.find((e) => e.id === id) ??
          data.near?.practitioners.find((e) => e.id === id) ??
          data.near?.locate.courts.find((c) => c.entry.id === id)?.entry ??
          (picked?.id === id ? picked : undefined))
        : undefined,
    [id, data.entries, data.near, picked],
  );
  const complete = atHand !== undefined && "phones" in atHand;
  const [fetched, setFetched] = useState<ApiEntry | null>(null);
  useEffect(() => {
    if (!id || complete) return;
    const abort = new AbortController();
    fetchEntry(id, abort.signal)
      .then(setFetched)
      .catch(() => {
        // The popup keeps what the marker knows; the entry page link has the rest.
      });
    return () => abort.abort();
  }, [id, complete]);
  return fetched && fetched.id === id ? fetched : atHand;
}
