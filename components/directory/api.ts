import { ENTRY_KINDS, type CourtKind, type EntryKind, type RegionIso } from "@/lib/directory/kinds";
import type { ApiEntry } from "@/lib/validation/entry";
import type { LocateResponse } from "@/lib/validation/responses";

// The browser side talks to the public API v1 only.

export type NearestEntry = ApiEntry & { distanceKm: number };

export interface EntryQuery {
  kinds?: EntryKind[];
  courtKind?: CourtKind;
  region?: RegionIso;
  q?: string;
}

const PAGE = 500;

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") p.set(k, String(v));
  return p.toString();
}

/**
 * Every entry matching the query, page by page. Without a text query each kind is paged in parallel
 * (courts first in the result). `onProgress` gets the entries loaded so far twice: after the first page
 * (so the map shows something at once) and at the end — not per page, as each render of thousands of
 * markers costs more than a page's fetch.
 */
export async function fetchAllEntries(
  q: EntryQuery,
  signal: AbortSignal,
  onProgress: (items: ApiEntry[], total: number) => void,
): Promise<ApiEntry[]> {
  const streams = q.q?.trim() ? [q.kinds] : (q.kinds ?? ENTRY_KINDS).map((k) => [k]);
  const loaded: ApiEntry[][] = streams.map(() => []);
  const totals: number[] = streams.map(() => 0);
  let reported = false;
  const report = () => onProgress(loaded.flat(), totals.reduce((a, b) => a + b, 0));
  await Promise.all(
    streams.map(async (kinds, i) => {
      let cursor: string | undefined;
      do {
        const page = await getJson<{ items: ApiEntry[]; total: number; nextCursor: string | null }>(
          `/api/v1/entries?${query({ kind: kinds?.join(","), courtKind: q.courtKind, region: q.region, q: q.q?.trim(), limit: PAGE, cursor })}`,
          signal,
        );
        loaded[i]!.push(...page.items);
        totals[i] = page.total;
        cursor = page.nextCursor ?? undefined;
        if (!reported) {
          reported = true;
          report();
        }
      } while (cursor);
    }),
  );
  report();
  return loaded.flat();
}

export async function fetchNearest(
  point: { lat: number; lng: number },
  q: Pick<EntryQuery, "kinds" | "courtKind">,
  signal: AbortSignal,
): Promise<NearestEntry[]> {
  const body = await getJson<{ items: NearestEntry[] }>(
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
