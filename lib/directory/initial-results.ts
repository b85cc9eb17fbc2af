import "server-only";
import type { Db } from "../db/client";
import type { ApiEntry, NearestEntry } from "../validation/entry";
import type { LocateResponse } from "../validation/responses";
import { listEntries } from "./entries";
import { ENTRY_KINDS, type CourtKind, type EntryKind, type RegionIso } from "./kinds";
import { locate } from "./locate-response";
import { nearestEntries } from "./nearest";
import { toApiEntry } from "./serialize";

const FIRST_PAGE = 50;

/** What the home page's URL asks for (parsed by components/directory/view-state.ts). */
export interface DirectoryView {
  /** The kinds to list, a court kind already implying courts; none: every kind. */
  kinds?: EntryKind[];
  courtKind?: CourtKind;
  region?: RegionIso;
  q: string;
  point?: { lat: number; lng: number };
}

/** What the server already rendered for the URL's view, so the list shows before any fetch. */
export interface InitialResults {
  entries: { items: ApiEntry[]; total: number };
  nearest: NearestEntry[] | null;
  locate: LocateResponse | null;
}

/**
 * The results the browser would load for this view, in the same order (kind by kind unless there is a
 * text query, as /api/v1/markers orders them), cut to the first page, as full entries.
 */
export async function initialResults(db: Db, view: DirectoryView): Promise<InitialResults> {
  const { kinds } = view;
  const filter = { courtKinds: view.courtKind ? [view.courtKind] : undefined, region: view.region, q: view.q.trim() || undefined };
  const streams = filter.q ? [kinds] : (kinds ?? ENTRY_KINDS).map((k) => [k]);
  const items = [];
  let total = 0;
  for (const k of streams) {
    const page = await listEntries(db, { ...filter, kinds: k }, Math.max(1, FIRST_PAGE - items.length));
    if (items.length < FIRST_PAGE) items.push(...page.items.slice(0, FIRST_PAGE - items.length));
    total += page.total;
  }
  if (!view.point) return { entries: { items: items.map(toApiEntry), total }, nearest: null, locate: null };
  const [near, place] = await Promise.all([
    nearestEntries(db, view.point, { kinds, courtKinds: filter.courtKinds }, 20),
    locate(db, view.point.lat, view.point.lng),
  ]);
  return {
    entries: { items: items.map(toApiEntry), total },
    nearest: near.map(({ entry, distanceKm }) => ({ ...toApiEntry(entry), distanceKm })),
    locate: place,
  };
}
