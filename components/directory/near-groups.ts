import { distanceKm } from "@/lib/geo/distance";
import { PRACTITIONER_KINDS, type PractitionerKind } from "@/lib/directory/kinds";
import type { NearResults } from "@/lib/directory/near";
import type { ApiEntry, NearestEntry } from "@/lib/validation/entry";

export type NearGroupKey = "serving" | "courts" | PractitionerKind;

export interface NearGroup {
  key: NearGroupKey;
  items: (ApiEntry & { distanceKm?: number; role?: string })[];
}

/** Real entries before samples, each part nearest first (the sort is stable: the API's order stays within each). */
const realFirst = <T extends { sample: boolean }>(items: T[]): T[] => [...items].sort((a, b) => Number(a.sample) - Number(b.sample));

/**
 * The results for a point as a person looking for help reads them: the courts that serve the place (with
 * their distances), then the other nearest courts, then advocates, notaries and mediators. Within a kind a
 * sample never stands above a real entry.
 */
export function nearGroups(point: { lat: number; lng: number }, near: NearResults): NearGroup[] {
  const serving = near.locate.courts.map(({ role, entry }) => ({
    ...entry,
    role,
    distanceKm: entry.location ? distanceKm(point, entry.location) : undefined,
  }));
  const servingIds = new Set(serving.map((c) => c.id));
  const groups: NearGroup[] = [
    { key: "serving", items: serving },
    { key: "courts", items: realFirst(near.courts.filter((c) => !servingIds.has(c.id))) },
    ...PRACTITIONER_KINDS.map((kind) => ({ key: kind, items: realFirst(near.practitioners.filter((p: NearestEntry) => p.kind === kind)) })),
  ];
  return groups.filter((g) => g.items.length > 0);
}
