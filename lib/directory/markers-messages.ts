import type { EntryFilter } from "../queries/repository";
import type { MarkersResponse } from "../validation/responses";
import type { IndexBuild, MapView } from "./marker-index";

/** What the server asks the markers thread: one view of one filter of the database at `location`. */
export interface MarkersAsk {
  id: number;
  location: string;
  filter: EntryFilter;
  change: number;
  view: MapView;
}

/** What the thread sends back: an answer to one ask, its failure, or a build starting or ending. */
export type MarkersAnswer = { id: number; markers: MarkersResponse } | { id: number; error: string } | { build: IndexBuild };
