import type { RegionIso } from "@/lib/directory/kinds";
import type { ApiEntry } from "@/lib/validation/entry";
import type { LocateResponse } from "@/lib/validation/responses";
import type { NearestEntry } from "./api";

export interface RegionOption {
  iso: RegionIso;
  name: { kk: string; ru: string; en: string };
}

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
