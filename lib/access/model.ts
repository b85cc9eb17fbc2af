import type { District, Entry, Region } from "../db/generated/client";
import { servingCourts } from "../directory/locate";
import type { CourtKind } from "../directory/kinds";
import { distanceKm } from "../geo/distance";
import { NearestIndex } from "../geo/nearest-index";
import { summarise, type AccessFigures } from "./figures";
import type { GazetteerSettlement } from "./settlements";

// Every figure here is a great-circle ("straight-line") distance between a settlement's GeoNames point and a
// court's seat settlement: not a road distance, and a court's point is its seat, not its building.

export interface CourtDistance {
  courtId: string;
  km: number;
}

export interface SettlementAccess {
  id: string;
  name: string;
  lat: number;
  lng: number;
  population: number | null;
  regionIso: string;
  districtKato: string;
  /** To the nearest of the court(s) serving its district (the district or city court); null when none is located. */
  serving: CourtDistance | null;
  /** To its region's court (oblast or city court of a republican city). */
  regional: CourtDistance | null;
  /** To the nearest located court of each kind, wherever it is. */
  nearest: Partial<Record<CourtKind, CourtDistance>>;
}

export interface AreaName {
  kk: string;
  ru: string;
  en: string;
}

export interface DistrictAccess {
  kato: string;
  regionIso: string;
  name: AreaName;
  figures: AccessFigures;
}

export interface RegionAccess {
  iso: string;
  name: AreaName;
  figures: AccessFigures;
}

export interface AccessModel {
  courts: Map<string, Entry>;
  settlements: SettlementAccess[];
  /** The settlements of each district (by KATO): what a what-if recomputes. */
  byDistrict: Map<string, SettlementAccess[]>;
  districts: DistrictAccess[];
  regions: RegionAccess[];
  country: AccessFigures;
  /** Active courts per region (every kind): the courts-per-100 000 figure. */
  courtsByRegion: Map<string, number>;
  /** Gazetteer settlements outside every district outline (left out of every figure). */
  outsideDistricts: number;
}

export interface AccessInput {
  settlements: GazetteerSettlement[];
  courts: Entry[];
  regions: Region[];
  districts: District[];
}

const nameOf = (a: { nameKk: string; nameRu: string; nameEn: string }): AreaName => ({ kk: a.nameKk, ru: a.nameRu, en: a.nameEn });

/** Map.groupBy (Node 21+; the server runs Node 20). */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const located = (c: Entry): c is Entry & { lat: number; lng: number } => c.lat !== null && c.lng !== null;

function nearestOf(point: { lat: number; lng: number }, courts: Entry[]): CourtDistance | null {
  let best: CourtDistance | null = null;
  for (const c of courts.filter(located)) {
    const km = distanceKm(point, c);
    if (!best || km < best.km) best = { courtId: c.id, km };
  }
  return best;
}

/** The access figures of the whole country from scratch: every settlement's distances, then every area's figures. */
export function buildAccessModel(input: AccessInput): AccessModel {
  const districtBySource = new Map(input.districts.map((d) => [d.sourceId, d]));
  const courtsOfRegion = groupBy(input.courts, (c) => c.regionIso ?? "");
  // One tree per kind: a filtered query on one tree of all courts walks most of it for a kind with few courts.
  const indexes = [...groupBy(input.courts.filter(located), (c) => c.courtKind ?? "")].flatMap(([kind, courts]) =>
    kind ? [[kind as CourtKind, new NearestIndex(courts.map((c) => ({ lat: c.lat, lng: c.lng, value: c })))] as const] : [],
  );
  const servingOf = new Map<string, { district: Entry[]; regional: Entry[] }>();
  const servingFor = (d: District) => {
    let s = servingOf.get(d.kato);
    if (!s) {
      const roles = servingCourts(courtsOfRegion.get(d.regionIso) ?? [], d.kato);
      s = { district: roles.filter((r) => r.role === "district").map((r) => r.court), regional: roles.filter((r) => r.role === "regional").map((r) => r.court) };
      servingOf.set(d.kato, s);
    }
    return s;
  };

  const settlements: SettlementAccess[] = [];
  let outsideDistricts = 0;
  for (const s of input.settlements) {
    const district = s.districtSourceId ? districtBySource.get(s.districtSourceId) : undefined;
    if (!district) {
      outsideDistricts++;
      continue;
    }
    const serving = servingFor(district);
    const nearest: SettlementAccess["nearest"] = {};
    for (const [kind, index] of indexes) {
      const [court] = index.nearest(s.lat, s.lng, 1);
      if (court) nearest[kind] = { courtId: court.id, km: distanceKm(s, court) };
    }
    settlements.push({
      id: s.id,
      name: s.name,
      lat: s.lat,
      lng: s.lng,
      population: s.population,
      regionIso: district.regionIso,
      districtKato: district.kato,
      serving: nearestOf(s, serving.district),
      regional: nearestOf(s, serving.regional),
      nearest,
    });
  }

  const byDistrict = groupBy(settlements, (s) => s.districtKato);
  const byRegion = groupBy(settlements, (s) => s.regionIso);
  const courtsByRegion = new Map([...courtsOfRegion].map(([iso, courts]) => [iso, courts.length]));
  const courtsOfDistrict = groupBy(input.courts.filter((c) => c.districtKato), (c) => c.districtKato!);
  return {
    courts: new Map(input.courts.map((c) => [c.id, c])),
    settlements,
    byDistrict,
    districts: input.districts.map((d) => ({
      kato: d.kato,
      regionIso: d.regionIso,
      name: nameOf(d),
      figures: summarise(servedDistances(byDistrict.get(d.kato) ?? []), courtsOfDistrict.get(d.kato)?.length ?? 0),
    })),
    regions: input.regions.map((r) => ({ iso: r.iso, name: nameOf(r), figures: regionFigures(byRegion.get(r.iso) ?? [], courtsByRegion.get(r.iso) ?? 0) })),
    country: summarise(servedDistances(settlements), input.courts.length),
    courtsByRegion,
    outsideDistricts,
  };
}

export const servedDistances = (settlements: SettlementAccess[]) => settlements.map((s) => ({ km: s.serving?.km ?? null, population: s.population }));

export const regionFigures = (settlements: SettlementAccess[], courts: number) => summarise(servedDistances(settlements), courts);
