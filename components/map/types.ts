import type { RegionIso } from "@/lib/directory/kinds";
import type { EntryQuery, MarkersView } from "@/components/directory/api";
import type { ListedEntry, ShownEntry, TileConfig } from "@/components/directory/types";

/** A settlement of the gazetteer as the map draws it: a dot sized by population, its name in the page's language where known. */
export interface MapSettlement {
  name: string;
  lat: number;
  lng: number;
  population: number | null;
}

export interface MapProps {
  /** The filters: the map asks /api/v1/markers for its view with them. */
  query: EntryQuery;
  /** Markers to draw until the view's own answer arrives (the country view rendered with the page). */
  firstMarkers: MarkersView | null;
  /** With its address and phones once they are loaded. */
  selected?: ShownEntry;
  /** Bumped when the list asks to show an entry: the map moves to it. */
  focusRequest: { entry: ListedEntry; n: number } | null;
  point?: { lat: number; lng: number };
  /** The user's position from "near me", with its accuracy in metres. */
  you?: { lat: number; lng: number; accuracy: number };
  view?: { zoom: number; lat: number; lng: number };
  region?: RegionIso;
  tiles: TileConfig;
  settlements: MapSettlement[];
  /** Whether the map is on screen (a phone shows the list or the map): Leaflet measures itself again when shown. */
  visible: boolean;
  onPoint: (point: { lat: number; lng: number }) => void;
  onSelect: (entry: ListedEntry | undefined) => void;
  onView: (view: { zoom: number; lat: number; lng: number }) => void;
}
