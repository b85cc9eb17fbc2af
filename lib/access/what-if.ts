import { distanceKm } from "../geo/distance";
import type { AccessFigures } from "./figures";
import { regionFigures, type AccessModel, type AreaName, type SettlementAccess } from "./model";

export interface SettlementChange {
  id: string;
  name: string;
  population: number | null;
  beforeKm: number | null;
  afterKm: number;
}

export interface WhatIfResult {
  point: { lat: number; lng: number };
  region: { iso: string; name: AreaName };
  district: { kato: string; name: AreaName };
  /** Gazetteer settlements of the district (the only ones a court serving it can bring closer). */
  districtSettlements: number;
  closer: { settlements: number; population: number; meanGainKm: number | null; maxGainKm: number | null };
  /** The settlements that get closer, the largest gain first. */
  changes: SettlementChange[];
  regionBefore: AccessFigures;
  regionAfter: AccessFigures;
  countryBefore: AccessFigures;
  countryAfter: AccessFigures;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A hypothetical court at `point`, serving the district it falls in, next to the district's own court(s):
 * each of the district's settlements then goes to whichever is nearer. Only that district's settlements are
 * measured again; the region's and the country's figures are summed anew from the changed distances.
 * Nothing is stored.
 */
export function whatIf(model: AccessModel, point: { lat: number; lng: number }, districtKato: string): WhatIfResult {
  const district = model.districts.find((d) => d.kato === districtKato)!;
  const region = model.regions.find((r) => r.iso === district.regionIso)!;
  const after = new Map<string, number>();
  const changes: SettlementChange[] = [];
  const inDistrict = model.byDistrict.get(districtKato) ?? [];
  for (const s of inDistrict) {
    const km = distanceKm(point, s);
    if (s.serving !== null && km >= s.serving.km) continue;
    after.set(s.id, km);
    changes.push({ id: s.id, name: s.name, population: s.population, beforeKm: s.serving ? round1(s.serving.km) : null, afterKm: round1(km) });
  }
  changes.sort((a, b) => gain(b) - gain(a));
  const moved = (s: SettlementAccess): SettlementAccess => (after.has(s.id) ? { ...s, serving: { courtId: "hypothetical", km: after.get(s.id)! } } : s);
  const regionSettlements = model.settlements.filter((s) => s.regionIso === region.iso);
  const regionCourts = model.courtsByRegion.get(region.iso) ?? 0;
  const weighed = changes.filter((c) => c.beforeKm !== null && (c.population ?? 0) > 0);
  const population = weighed.reduce((sum, c) => sum + c.population!, 0);
  return {
    point,
    region: { iso: region.iso, name: region.name },
    district: { kato: district.kato, name: district.name },
    districtSettlements: inDistrict.length,
    closer: {
      settlements: changes.length,
      population,
      meanGainKm: population > 0 ? round1(weighed.reduce((sum, c) => sum + gain(c) * c.population!, 0) / population) : null,
      maxGainKm: weighed.length > 0 ? round1(Math.max(...weighed.map(gain))) : null,
    },
    changes,
    regionBefore: region.figures,
    regionAfter: regionFigures(regionSettlements.map(moved), regionCourts + 1),
    countryBefore: model.country,
    countryAfter: regionFigures(model.settlements.map(moved), model.country.courts + 1),
  };
}

const gain = (c: SettlementChange) => (c.beforeKm === null ? 0 : c.beforeKm - c.afterKm);
