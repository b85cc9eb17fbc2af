import "server-only";
import type { Db } from "../db/client";
import type { ApiEntry } from "../validation/entry";
import { listEntries } from "./entries";
import { PRACTITIONER_KINDS, type CourtKind, type EntryKind, type RegionIso, type Specialisation } from "./kinds";
import { locate } from "./locate-response";
import { listMarkers } from "./markers";
import { NEAR_COURTS, NEAR_PRACTITIONERS, type NearResults } from "./near";
import { nearestEntries } from "./nearest";
import { toApiEntry } from "./serialize";
import type { MarkersResponse } from "../validation/responses";

const FIRST_PAGE = 50;

/** What the home page's URL asks for (parsed by components/directory/view-state.ts). */
export interface DirectoryView {
  /** The kinds to list, a court kind already implying courts; none: every kind. */
  kinds?: EntryKind[];
  courtKind?: CourtKind;
  region?: RegionIso;
  q: string;
  languages: string[];
  specialisations: Specialisation[];
  point?: { lat: number; lng: number };
}

/** What the server already rendered for the URL's view, so the list shows before any fetch. */
export interface InitialResults {
  entries: { items: ApiEntry[]; total: number; nextCursor: string | null };
  /** The country view's markers (/api/v1/markers without a bbox): the map's first draw and the filters' counts. */
  markers: MarkersResponse;
  near: NearResults | null;
}

/**
 * The first page the browser's list would load for this view (/api/v1/entries with the same filters), the country
 * view's markers it would ask /api/v1/markers for, and near a point the courts and practitioners the browser would ask /api/v1/nearest for.
 */
export async function initialResults(db: Db, view: DirectoryView): Promise<InitialResults> {
  const filter = {
    kinds: view.kinds,
    courtKinds: view.courtKind ? [view.courtKind] : undefined,
    region: view.region,
    q: view.q.trim() || undefined,
    languages: view.languages,
    specialisations: view.specialisations,
  };
  const [page, markers] = await Promise.all([listEntries(db, filter, FIRST_PAGE), listMarkers(db, filter)]);
  const entries = { items: page.items.map(toApiEntry), total: page.total, nextCursor: page.nextCursor };
  if (!view.point) return { entries, markers, near: null };
  const wants = (kind: EntryKind) => !view.kinds || view.kinds.includes(kind);
  const practitionerKinds = PRACTITIONER_KINDS.filter(wants);
  const [courts, practitioners, place] = await Promise.all([
    wants("court") ? nearestEntries(db, view.point, { kinds: ["court"], courtKinds: filter.courtKinds }, NEAR_COURTS) : [],
    practitionerKinds.length
      ? nearestEntries(db, view.point, { kinds: practitionerKinds, languages: view.languages, specialisations: view.specialisations }, NEAR_PRACTITIONERS)
      : [],
    locate(db, view.point.lat, view.point.lng),
  ]);
  const withDistance = ({ entry, distanceKm }: { entry: Parameters<typeof toApiEntry>[0]; distanceKm: number }) => ({ ...toApiEntry(entry), distanceKm });
  return { entries, markers, near: { courts: courts.map(withDistance), practitioners: practitioners.map(withDistance), locate: place } };
}
