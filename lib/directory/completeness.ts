import { stringify } from "csv-stringify/sync";
import type { Actor } from "../auth/roles";
import type { Db } from "../db/client";
import type { Entry } from "../db/generated/client";
import { addressColumn, phoneList } from "../db/list-columns";
import { repository } from "../queries/repository";
import { inert } from "./export";

// The editors' worklist: per region, the active courts that lack an address, a phone, opening hours or a
// Kazakh name — the facts a visitor needs and no open source gave us.

export const COURT_FACTS = ["address", "phone", "hours", "nameKk"] as const;
export type CourtFact = (typeof COURT_FACTS)[number];

export interface CourtGap {
  id: string;
  name: { kk?: string; ru?: string; en?: string };
  lacks: CourtFact[];
}

export interface RegionCompleteness {
  /** null: courts of no one region (the military courts), which only admins see. */
  regionIso: string | null;
  courts: number;
  with: Record<CourtFact, number>;
  /** The courts that lack at least one of the facts, in load order. */
  gaps: CourtGap[];
}

const HAS: Record<CourtFact, (c: Entry) => boolean> = {
  address: (c) => !!c.address?.trim() || addressColumn.parse(c.visitingAddress) !== null,
  phone: (c) => phoneList.parse(c.phones).length > 0,
  hours: (c) => !!c.openingHours?.trim(),
  nameKk: (c) => !!c.nameKk?.trim(),
};

/** The regions an actor sees (an editor: theirs; an admin: all), each with its counts and its gaps. */
export async function courtCompleteness(db: Db, actor: Actor): Promise<RegionCompleteness[]> {
  const courts = (await repository(db).activeCourts()).filter((c) => actor.role === "admin" || (c.regionIso !== null && actor.regions.includes(c.regionIso)));
  const byRegion = new Map<string | null, RegionCompleteness>();
  for (const c of courts) {
    const regionIso = c.regionIso;
    let region = byRegion.get(regionIso);
    if (!region) byRegion.set(regionIso, (region = { regionIso, courts: 0, with: { address: 0, phone: 0, hours: 0, nameKk: 0 }, gaps: [] }));
    region.courts++;
    const lacks = COURT_FACTS.filter((fact) => !HAS[fact](c));
    for (const fact of COURT_FACTS) if (!lacks.includes(fact)) region.with[fact]++;
    if (lacks.length > 0) region.gaps.push({ id: c.id, name: { kk: c.nameKk ?? undefined, ru: c.nameRu ?? undefined, en: c.nameEn ?? undefined }, lacks });
  }
  // By code, the courts of no region last.
  return [...byRegion.values()].sort((a, b) => (a.regionIso === null ? 1 : b.regionIso === null ? -1 : a.regionIso.localeCompare(b.regionIso)));
}

/** The worklist as CSV, one court per row (cells made inert for spreadsheets, as the export does). */
export function completenessCsv(regions: RegionCompleteness[]): string {
  const rows = regions.flatMap((r) => r.gaps.map((g) => [r.regionIso ?? "", g.id, g.name.ru ?? "", g.name.kk ?? "", ...COURT_FACTS.map((f) => (g.lacks.includes(f) ? "missing" : ""))]));
  return stringify([["region_iso", "id", "name_ru", "name_kk", ...COURT_FACTS.map((f) => `lacks_${f}`)], ...rows.map((row) => row.map(inert))]);
}
