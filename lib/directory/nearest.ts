import { ChangeKeyedCache } from "../cache/change-keyed-cache";
import { databaseLocationOf, type Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { distanceKm } from "../geo/distance";
import { NearestIndex } from "../geo/nearest-index";
import { repository } from "../queries/repository";
import type { CourtKind, EntryKind, Specialisation } from "./kinds";

interface Located {
  seq: number;
  kind: string;
  courtKind: string | null;
  languages: string[];
  specialisations: string[];
}

// The k-d tree is rebuilt only when an entry changed since it was built, once however many requests ask
// meanwhile (each used to build its own: a flood of nearest after an edit built dozens).
const indexes = new ChangeKeyedCache<NearestIndex<Located>>({ entries: 1, bytes: Infinity }, () => 0);

async function nearestIndex(db: Db): Promise<NearestIndex<Located>> {
  const change = await repository(db).changeCounter();
  return indexes.get(databaseLocationOf(db) ?? "", change, async () => {
    const rows = await repository(db).locatedEntries();
    return new NearestIndex(rows.map((r) => ({ lat: r.lat, lng: r.lng, value: { seq: r.seq, kind: r.kind, courtKind: r.courtKind, languages: r.languages, specialisations: r.specialisations } })));
  });
}

export interface NearestFilter {
  kinds?: EntryKind[];
  courtKinds?: CourtKind[];
  /** Every one of them, as /api/v1/entries filters. */
  languages?: string[];
  specialisations?: Specialisation[];
}

const hasAll = (have: string[], wanted: readonly string[] | undefined) => !wanted?.length || wanted.every((w) => have.includes(w));

/** Located active entries nearest to the point, nearest first, each with its great-circle distance. */
export async function nearestEntries(
  db: Db,
  point: { lat: number; lng: number },
  filter: NearestFilter,
  limit: number,
): Promise<{ entry: Entry; distanceKm: number }[]> {
  const index = await nearestIndex(db);
  const kinds = filter.kinds?.length ? new Set<string>(filter.kinds) : null;
  const courtKinds = filter.courtKinds?.length ? new Set<string>(filter.courtKinds) : null;
  const hits = index.nearest(point.lat, point.lng, limit, (v) =>
    (kinds === null || kinds.has(v.kind)) &&
    (courtKinds === null || (v.courtKind !== null && courtKinds.has(v.courtKind))) &&
    hasAll(v.languages, filter.languages) &&
    hasAll(v.specialisations, filter.specialisations),
  );
  const rows = await repository(db).entriesBySeq(hits.map((h) => h.seq));
  return rows.map((entry) => ({ entry, distanceKm: distanceKm(point, { lat: entry.lat!, lng: entry.lng! }) }));
}
