import { callApi, dataOrThrow } from "@/components/api/client";
import type { CourtKind, EntryKind, RegionIso } from "@/lib/directory/kinds";
import type { ApiEntry, NearestEntry } from "@/lib/validation/entry";
import type { LocateResponse, MarkerRow, MarkersResponse, NearestResponse } from "@/lib/validation/responses";
import type { ListedEntry } from "./types";

// The home page talks to the public API v1 only. A failed call rejects with its ApiCallError.

export interface EntryQuery {
  kinds?: EntryKind[];
  courtKind?: CourtKind;
  region?: RegionIso;
  q?: string;
}

const getJson = async <T>(url: string, signal: AbortSignal): Promise<T> => dataOrThrow(await callApi<T>(url, { signal }));

function query(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") p.set(k, String(v));
  return p.toString();
}

function fromMarkerRow([id, kind, courtKind, kk, ru, en, regionIso, locality, sample, lat, lng]: MarkerRow): ListedEntry {
  return {
    id,
    kind,
    courtKind: courtKind ?? undefined,
    name: { kk: kk ?? undefined, ru: ru ?? undefined, en: en ?? undefined },
    regionIso,
    locality: locality ?? undefined,
    sample,
    location: lat !== null && lng !== null ? { lat, lng } : null,
  };
}

/** Every entry matching the query, in one compact response (the map shows them all; paging only added round trips). */
export async function fetchMarkers(q: EntryQuery, signal: AbortSignal): Promise<{ items: ListedEntry[]; total: number }> {
  const body = await getJson<MarkersResponse>(
    `/api/v1/markers?${query({ kind: q.kinds?.join(","), courtKind: q.courtKind, region: q.region, q: q.q?.trim() })}`,
    signal,
  );
  return { items: body.items.map(fromMarkerRow), total: body.total };
}

/** One full entry, for what the markers leave out (address, phones) when an entry is opened. */
export function fetchEntry(id: string, signal: AbortSignal): Promise<ApiEntry> {
  return getJson<ApiEntry>(`/api/v1/entries/${encodeURIComponent(id)}`, signal);
}

export async function fetchNearest(
  point: { lat: number; lng: number },
  q: Pick<EntryQuery, "kinds" | "courtKind">,
  signal: AbortSignal,
): Promise<NearestEntry[]> {
  const body = await getJson<NearestResponse>(
    `/api/v1/nearest?${query({ lat: point.lat, lng: point.lng, kind: q.kinds?.join(","), courtKind: q.courtKind, limit: 20 })}`,
    signal,
  );
  return body.items;
}

export function fetchLocate(point: { lat: number; lng: number }, signal: AbortSignal): Promise<LocateResponse> {
  return getJson<LocateResponse>(`/api/v1/locate?${query({ lat: point.lat, lng: point.lng })}`, signal);
}

export function fetchRegionOutlines(signal: AbortSignal): Promise<GeoJSON.FeatureCollection> {
  return getJson<GeoJSON.FeatureCollection>("/api/v1/regions?format=geojson", signal);
}
