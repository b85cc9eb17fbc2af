import type { Locale } from "@/i18n/locales";
import type { RegionIso } from "@/lib/directory/kinds";
import type { ApiEntry, NearestEntry } from "@/lib/validation/entry";
import type { LocateResponse } from "@/lib/validation/responses";

export interface RegionOption {
  iso: RegionIso;
  name: Record<Locale, string>;
}

/**
 * An entry as the map and the result list hold it (from /api/v1/markers): what a marker and a list item
 * show. A full ApiEntry is one too; address, phones and the rest are fetched when an entry is opened.
 */
export type ListedEntry = Pick<ApiEntry, "id" | "kind" | "courtKind" | "name" | "regionIso" | "locality" | "sample"> & {
  location: { lat: number; lng: number } | null;
};

/** A listed entry with whatever details are known: an ApiEntry's address and phones when loaded. */
export type ShownEntry = ListedEntry & Partial<Pick<ApiEntry, "address" | "phones">>;

/** What the server already rendered for the URL's view, so the list shows before any fetch. */
export interface InitialResults {
  entries: { items: ApiEntry[]; total: number };
  nearest: NearestEntry[] | null;
  locate: LocateResponse | null;
}

/** Operator-configured base map (TILE_URL, TILE_ATTRIBUTION), read on the server at run time. */
export interface TileConfig {
  url?: string;
  attribution?: string;
}
