import { callApi, dataOrThrow } from "@/components/api/client";
import type { CourtKind, EntryKind, RegionIso, Specialisation } from "@/lib/directory/kinds";
import type { ApiEntry, NearestEntry } from "@/lib/validation/entry";
import type { LocateResponse, MarkerCluster, MarkerRow, MarkersResponse, NearestResponse } from "@/lib/validation/responses";
import type { ListedEntry } from "./types";

// The home page talks to the public API v1 only. A failed call rejects with its ApiCallError.

export interface EntryQuery {
  kinds?: EntryKind[];
  courtKind?: CourtKind;
  region?: RegionIso;
  q?: string;
  languages?: string[];
  specialisations?: Specialisation[];
}

const getJson = async <T>(url: string, signal: AbortSignal): Promise<T> => dataOrThrow(await callApi<T>(url, { signal }));

function query(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") p.set(k, String(v));
  return p.toString();
}

const filterParams = (q: EntryQuery) => ({
  kind: q.kinds?.join(","),
  courtKind: q.courtKind,
  region: q.region,
  q: q.q?.trim(),
  language: q.languages?.join(","),
  specialisation: q.specialisations?.join(","),
});

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

export interface MarkersView {
  clusters: MarkerCluster[];
  items: ListedEntry[];
  facets: MarkersResponse["facets"];
  located: number;
  /** The zoom the clusters are for. */
  zoom: number;
}

/**
 * The map's markers for a view (clusters and single entries); without a bbox the country view, whose
 * facets the filters show as counts.
 */
export async function fetchMarkers(
  q: EntryQuery,
  view: { bbox?: [number, number, number, number]; zoom?: number },
  signal: AbortSignal,
): Promise<MarkersView> {
  const bbox = view.bbox?.map((n) => n.toFixed(4)).join(",");
  return markersView(await getJson<MarkersResponse>(`/api/v1/markers?${query({ ...filterParams(q), bbox, zoom: view.zoom })}`, signal));
}

/** An answer of /api/v1/markers (fetched, or rendered with the page) as the map draws it. */
export function markersView(body: MarkersResponse): MarkersView {
  return { clusters: body.clusters, items: body.items.map(fromMarkerRow), facets: body.facets, located: body.located, zoom: body.zoom };
}

/** One page of the list, from /api/v1/entries (the list reaches every entry, page after page). */
export async function fetchEntriesPage(
  q: EntryQuery,
  cursor: string | null,
  signal: AbortSignal,
): Promise<{ items: ApiEntry[]; total: number; nextCursor: string | null }> {
  return getJson(`/api/v1/entries?${query({ ...filterParams(q), limit: 50, cursor: cursor ?? undefined })}`, signal);
}

/** One full entry, for what the markers leave out (address, phones) when an entry is opened. */
export function fetchEntry(id: string, signal: AbortSignal): Promise<ApiEntry> {
  return getJson<ApiEntry>(`/api/v1/entries/${encodeURIComponent(id)}`, signal);
}

export async function fetchNearest(point: { lat: number; lng: number }, q: EntryQuery, limit: number, signal: AbortSignal): Promise<NearestEntry[]> {
  const { kind, courtKind, language, specialisation } = filterParams(q);
  const body = await getJson<NearestResponse>(
    `/api/v1/nearest?${query({ lat: point.lat, lng: point.lng, kind, courtKind, language, specialisation, limit })}`,
    signal,
  );
  return body.items;
}

export function fetchLocate(point: { lat: number; lng: number }, signal: AbortSignal): Promise<LocateResponse> {
  return getJson<LocateResponse>(`/api/v1/locate?${query({ lat: point.lat, lng: point.lng })}`, signal);
}

export function fetchRegionOutlines(signal: AbortSignal): Promise<GeoJSON.FeatureCollection> {
  return getJson<GeoJSON.FeatureCollection>("/api/v1/regions?format=geojson&detail=map", signal);
}

export function fetchDistrictOutlines(signal: AbortSignal): Promise<GeoJSON.FeatureCollection> {
  return getJson<GeoJSON.FeatureCollection>("/api/v1/districts?format=geojson&detail=map", signal);
}
