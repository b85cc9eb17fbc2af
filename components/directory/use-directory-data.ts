"use client";

import { useEffect, useState } from "react";
import type { ApiEntry } from "@/lib/validation/entry";
import type { LocateResponse } from "@/lib/validation/responses";
import { fetchAllEntries, fetchLocate, fetchNearest, type NearestEntry } from "./api";
import type { InitialResults } from "./types";
import { effectiveKinds, type ViewState } from "./view-state";

const TYPING_PAUSE_MS = 250;

export interface DirectoryData {
  entries: ApiEntry[];
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
  const [entries, setEntries] = useState<{ items: ApiEntry[]; total: number }>(initial.entries);
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
    fetchAllEntries(
      { kinds: kindsKey ? (kindsKey.split(",") as ViewState["kinds"]) : undefined, courtKind: state.courtKind, region: state.region, q },
      abort.signal,
      (items, total) => setEntries({ items, total }),
    )
      .then(() => setLoading(false))
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

  return { entries: entries.items, total: entries.total, loading, error, ...near, retry: () => setAttempt((n) => n + 1) };
}
