import type { Locale } from "@/i18n/locales";
import type { RegionIso } from "@/lib/directory/kinds";
import type { ApiEntry } from "@/lib/validation/entry";

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
export type ShownEntry = ListedEntry & Partial<Pick<ApiEntry, "address" | "phones" | "formerNames">>;

/** Operator-configured base map (TILE_URL, TILE_ATTRIBUTION), read on the server at run time. */
export interface TileConfig {
  url?: string;
  attribution?: string;
}
