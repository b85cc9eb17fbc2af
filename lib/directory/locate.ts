import type { Db } from "../db/client";
import type { District, Entry, Region } from "../db/generated/client";
import { AreaIndex, type AreaGeometry } from "../geo/polygons";
import { repository } from "../queries/repository";
import { SPECIALISED_COURT_KINDS } from "./kinds";

type Boundaries = { regions: AreaIndex<Region>; districts: AreaIndex<District>; regionByIso: Map<string, Region> };
let boundaries: Promise<Boundaries> | null = null;

function loadBoundaries(db: Db): Promise<Boundaries> {
  boundaries ??= (async () => {
    const { regions, districts } = await repository(db).areas();
    const area = <T extends { geometry: string }>(rows: T[]) =>
      new AreaIndex(rows.map((value) => ({ value, geometry: JSON.parse(value.geometry) as AreaGeometry })));
    return { regions: area(regions), districts: area(districts), regionByIso: new Map(regions.map((r) => [r.iso, r])) };
  })().catch((error: unknown) => {
    boundaries = null;
    throw error;
  });
  return boundaries;
}

/** The region and district containing a point; both null outside Kazakhstan. */
export async function locatePoint(db: Db, lat: number, lng: number): Promise<{ region: Region | null; district: District | null }> {
  const { regions, districts, regionByIso } = await loadBoundaries(db);
  const district = districts.find(lat, lng);
  // Districts tile their regions exactly (regions are dissolved from them); fall back to the region layer only on a gap.
  const region = district ? (regionByIso.get(district.regionIso) ?? null) : regions.find(lat, lng);
  return { region, district };
}

export type CourtRole = "district" | "specialised" | "regional";
export interface ServingCourt {
  role: CourtRole;
  court: Entry;
}

const GENERAL_KINDS = new Set(["district", "city"]);
const REGIONAL_KINDS = new Set(["oblast", "city_republican"]);

/**
 * The courts that serve a place, by role: the district or city court(s) of its district; the region's
 * specialised interdistrict courts (a city's own specialised court where it has one, else the region's);
 * the regional court. Where a city's district courts are not tied to city districts (Astana, Shymkent),
 * all of the city's general courts are listed.
 */
export function servingCourts(courts: Entry[], districtKato: string | null): ServingCourt[] {
  const out: ServingCourt[] = [];
  const general = courts.filter((c) => c.courtKind && GENERAL_KINDS.has(c.courtKind));
  // For a place of no district, "its own" are the courts of no district: the same as the fallback below.
  const own = general.filter((c) => c.districtKato === districtKato);
  const local = own.length > 0 ? own : general.filter((c) => c.districtKato === null);
  for (const court of local) out.push({ role: "district", court });
  for (const kind of SPECIALISED_COURT_KINDS) {
    const ofKind = courts.filter((c) => c.courtKind === kind);
    const forDistrict = ofKind.filter((c) => c.districtKato === districtKato);
    for (const court of forDistrict.length > 0 ? forDistrict : ofKind.filter((c) => c.districtKato === null))
      out.push({ role: "specialised", court });
  }
  for (const court of courts.filter((c) => c.courtKind && REGIONAL_KINDS.has(c.courtKind))) out.push({ role: "regional", court });
  return out;
}

export async function courtsServing(db: Db, regionIso: string, districtKato: string | null): Promise<ServingCourt[]> {
  return servingCourts(await repository(db).regionCourts(regionIso), districtKato);
}
