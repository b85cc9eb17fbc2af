"use client";

import { useEffect, useMemo, useState } from "react";
import type { ApiEntry, NearestEntry } from "@/lib/validation/entry";
import type { LocateResponse } from "@/lib/validation/responses";
import { fetchEntry, fetchLocate, fetchMarkers, fetchNearest } from "./api";
import type { InitialResults } from "@/lib/directory/initial-results";
import type { ListedEntry, ShownEntry } from "./types";
import { effectiveKinds, type ViewState } from "./view-state";

const TYPING_PAUSE_MS = 250;

export interface DirectoryData {
  /** Every entry for the filters, compact (the map and the list). */
  entries: ListedEntry[];
  /** Full entries already at hand (the server-rendered first results), by id: the list shows their details. */
  known: Map<string, ApiEntry>;
  total: number;
  loading: boolean;
  error: boolean;
  nearest: NearestEntry[] | null;
  locate: LocateResponse | null;
  retry: () => void;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === "AbortError";

/** The entries for the filters (all of them, for the map) and, when a point is set, the nearest and locate. */
export function useDirectoryData(state: ViewState, initial: InitialResults): DirectoryData {
  const kinds = effectiveKinds(state);
  const kindsKey = kinds?.join(",") ?? "";
  const [q, setQ] = useState(state.q);
  const [entries, setEntries] = useState<{ items: ListedEntry[]; total: number }>(initial.entries);
  const known = useMemo(() => new Map(initial.entries.items.map((e) => [e.id, e])), [initial.entries.items]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [near, setNear] = useState({ nearest: initial.nearest, locate: initial.locate });

  useEffect(() => {
    const id = setTimeout(() => setQ(state.q), TYPING_PAUSE_MS);
    return () => clearTimeout(id);
  }, [state.q]);

  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setError(false);
    fetchMarkers({ kinds: kindsKey ? (kindsKey.split(",") as ViewState["kinds"]) : undefined, courtKind: state.courtKind, region: state.region, q }, abort.signal)
      .then((markers) => {
        setEntries(markers);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (isAbort(e)) return;
        setLoading(false);
        setError(true);
      });
    return () => abort.abort();
  }, [kindsKey, state.courtKind, state.region, q, attempt]);

  const lat = state.point?.lat;
  const lng = state.point?.lng;
  useEffect(() => {
    if (lat === undefined || lng === undefined) {
      setNear({ nearest: null, locate: null });
      return;
    }
    const abort = new AbortController();
    const kindList = kindsKey ? (kindsKey.split(",") as ViewState["kinds"]) : undefined;
    Promise.all([fetchNearest({ lat, lng }, { kinds: kindList, courtKind: state.courtKind }, abort.signal), fetchLocate({ lat, lng }, abort.signal)])
      .then(([nearest, locate]) => setNear({ nearest, locate }))
      .catch((e: unknown) => {
        if (!isAbort(e)) setError(true);
      });
    return () => abort.abort();
  }, [lat, lng, kindsKey, state.courtKind, attempt]);

  return { entries: entries.items, known, total: entries.total, loading, error, ...near, retry: () => setAttempt((n) => n + 1) };
}

/**
 * The selected entry for its popup: at once from what is at hand (full where known, else its marker),
 * then completed with its address and phones from /api/v1/entries/{id}.
 */
export function useSelectedEntry(id: string | undefined, data: DirectoryData): ShownEntry | undefined {
  const atHand = useMemo(
    () =>
      id
        ? (data.known.get(id) ??
          data.nearest?.find((e) => e.id === id) ??
          data.locate?.courts.find((c) => c.entry.id === id)?.entry ??
          data.entries.find((e) => e.id === id))
        : undefined,
    [id, data.known, data.nearest, data.locate, data.entries],
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
