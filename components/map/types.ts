import type { RegionIso } from "@/lib/directory/kinds";
import type { ListedEntry, ShownEntry, TileConfig } from "@/components/directory/types";

export interface MapProps {
  /** Located entries only. */
  entries: ListedEntry[];
  /** With its address and phones once they are loaded. */
  selected?: ShownEntry;
  /** Bumped when the list asks to show an entry: the map moves to it. */
  focusRequest: { entry: ListedEntry; n: number } | null;
  point?: { lat: number; lng: number };
  view?: { zoom: number; lat: number; lng: number };
  region?: RegionIso;
  tiles: TileConfig;
  onPoint: (point: { lat: number; lng: number }) => void;
  onSelect: (id: string | undefined) => void;
  onView: (view: { zoom: number; lat: number; lng: number }) => void;
}
