import { db } from "@/lib/db/client";
import { listEntries } from "@/lib/directory/entries";
import { ENTRY_KINDS } from "@/lib/directory/kinds";
import { locate } from "@/lib/directory/locate-response";
import { nearestEntries } from "@/lib/directory/nearest";
import { toApiEntry } from "@/lib/directory/serialize";
import type { InitialResults } from "./types";
import { effectiveKinds, type ViewState } from "./view-state";

const FIRST_PAGE = 50;

/**
 * The results the browser would load for this view, in the same order (kind by kind unless there is a
 * text query, as /api/v1/markers orders them), cut to the first page, as full entries.
 */
export async function initialResults(state: ViewState): Promise<InitialResults> {
  const kinds = effectiveKinds(state);
  const filter = { courtKinds: state.courtKind ? [state.courtKind] : undefined, region: state.region, q: state.q.trim() || undefined };
  const streams = filter.q ? [kinds] : (kinds ?? ENTRY_KINDS).map((k) => [k]);
  const items = [];
  let total = 0;
  for (const k of streams) {
    const page = await listEntries(db(), { ...filter, kinds: k }, Math.max(1, FIRST_PAGE - items.length));
    if (items.length < FIRST_PAGE) items.push(...page.items.slice(0, FIRST_PAGE - items.length));
    total += page.total;
  }
  if (!state.point) return { entries: { items: items.map(toApiEntry), total }, nearest: null, locate: null };
  const [near, place] = await Promise.all([
    nearestEntries(db(), state.point, { kinds, courtKinds: filter.courtKinds }, 20),
    locate(db(), state.point.lat, state.point.lng),
  ]);
  return {
    entries: { items: items.map(toApiEntry), total },
    nearest: near.map(({ entry, distanceKm }) => ({ ...toApiEntry(entry), distanceKm })),
    locate: place,
  };
}
