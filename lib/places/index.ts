import { DATA_DIR } from "../directory/load";
import { placeCatalogue, type Place } from "./catalogue";
import { PlaceIndex, type PlaceMatch } from "./search";

export type { Place, PlaceKind } from "./catalogue";
export type { PlaceMatch, PlaceMatchTier } from "./search";

const indexes = new Map<string, PlaceIndex>();

/** The place index of a data folder, built on first use (the catalogue is static data: once per process). */
export function placeIndex(dataDir = DATA_DIR): PlaceIndex {
  let index = indexes.get(dataDir);
  if (!index) indexes.set(dataDir, (index = new PlaceIndex(placeCatalogue(dataDir))));
  return index;
}

/** Places whose name matches what a person typed, best first (see PlaceIndex.search). */
export function findPlaces(q: string, limit: number, dataDir = DATA_DIR): PlaceMatch[] {
  return placeIndex(dataDir).search(q, limit);
}

/** A place as the API gives it: no aliases (they are for matching), districtKato only where it has one. */
export function toApiPlace({ place, tier }: PlaceMatch) {
  const { id, kind, name, regionIso, districtKato, point }: Place = place;
  return { id, kind, name, regionIso, ...(districtKato ? { districtKato } : {}), point, match: tier };
}
