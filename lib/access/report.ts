import { stringify } from "csv-stringify/sync";
import { inert } from "../directory/export";
import { COURT_KINDS } from "../directory/kinds";
import { outlineGeometries } from "../geo/map-outlines";
import type { AccessResponse, WhatIfResponse } from "../validation/access";
import type { CourtDistance, SettlementAccess } from "./model";
import type { AccessState } from "./service";
import type { WhatIfResult } from "./what-if";

export const METHOD =
  "Straight-line (great-circle, haversine) distance, not road distance, from each settlement's GeoNames point to the seat settlement of its court (a court's point is its seat settlement, not its building). Figures are weighted by population.";
export const COVERAGE_NOTE =
  "The gazetteer (data/gazetteer, GeoNames) lists settlements of about 1 000 inhabitants and more: smaller villages are missing, and places without a GeoNames population weigh nothing. Every figure describes the covered population only (coverage.population), not the whole population.";
export const BUILDINGS_SOURCE = "Supreme Court of the Republic of Kazakhstan, report 'Judiciary of Kazakhstan: facts, trends, direction', January 2020";
export const WHAT_IF_NOTE = "Hypothetical: nothing is stored. A court at the point serves the district it falls in, beside the district's own court(s); each settlement goes to the nearer one. " + METHOD;

const round1 = (n: number) => Math.round(n * 10) / 10;
const rounded = (d: CourtDistance | null) => (d ? { courtId: d.courtId, km: round1(d.km) } : null);

function settlementOut(s: SettlementAccess): AccessResponse["settlements"][number] {
  const nearest = Object.fromEntries(Object.entries(s.nearest).map(([kind, d]) => [kind, rounded(d)]));
  return { ...s, serving: rounded(s.serving), regional: rounded(s.regional), nearest };
}

/** The figures for the API and the page: the country and every region always; districts and settlements of `region` (or all). */
export function accessReport({ model, buildings }: AccessState, region?: string): AccessResponse {
  const settlements = model.settlements.filter((s) => !region || s.regionIso === region);
  const referenced = new Set(settlements.flatMap((s) => [s.serving, s.regional, ...Object.values(s.nearest)].flatMap((d) => (d ? [d.courtId] : []))));
  return {
    method: METHOD,
    coverageNote: COVERAGE_NOTE,
    region: region ?? null,
    country: model.country,
    regions: model.regions,
    districts: model.districts.filter((d) => !region || d.regionIso === region),
    settlements: settlements.map(settlementOut),
    outsideDistricts: model.outsideDistricts,
    courts: [...referenced].map((id) => {
      const c = model.courts.get(id)!;
      return { id, name: { ...(c.nameKk ? { kk: c.nameKk } : {}), ...(c.nameRu ? { ru: c.nameRu } : {}), ...(c.nameEn ? { en: c.nameEn } : {}) }, courtKind: c.courtKind as AccessResponse["courts"][number]["courtKind"], regionIso: c.regionIso, lat: c.lat, lng: c.lng };
    }),
    buildings,
    buildingsSource: BUILDINGS_SOURCE,
  };
}

export const whatIfResponse = (result: WhatIfResult): WhatIfResponse => ({ note: WHAT_IF_NOTE, ...result });

const CSV_COLUMNS = [
  "settlement", "geonames_or_place_id", "lat", "lng", "population", "region_iso", "district_kato", "district_name_ru",
  "serving_court_id", "serving_court_name_ru", "straight_line_km_to_serving_court", "regional_court_id", "straight_line_km_to_regional_court",
  ...COURT_KINDS.map((k) => `straight_line_km_to_nearest_${k}`),
];

/** One row per settlement; every distance column says it is straight-line (the file travels without the page). */
export function accessCsv(state: AccessState, region?: string): string {
  const { model } = state;
  const districts = new Map(model.districts.map((d) => [d.kato, d]));
  const rows = model.settlements
    .filter((s) => !region || s.regionIso === region)
    .map((s) =>
      [
        s.name, s.id, s.lat, s.lng, s.population, s.regionIso, s.districtKato, districts.get(s.districtKato)?.name.ru,
        s.serving?.courtId, s.serving ? model.courts.get(s.serving.courtId)?.nameRu : null, s.serving && round1(s.serving.km),
        s.regional?.courtId, s.regional && round1(s.regional.km),
        ...COURT_KINDS.map((k) => (s.nearest[k] ? round1(s.nearest[k].km) : null)),
      ].map((c) => inert(c === undefined || c === null ? "" : String(c))),
    );
  return "\uFEFF" + stringify([CSV_COLUMNS, ...rows]);
}

/** The districts' outlines with their figures: the choropleth's layer. */
export function accessFeatures({ model, districtGeometry }: AccessState, region: string | undefined, detail: "full" | "map") {
  const geometries = outlineGeometries([...districtGeometry].map(([id, geometry]) => ({ id, geometry })), detail);
  return {
    type: "FeatureCollection" as const,
    features: model.districts
      .filter((d) => !region || d.regionIso === region)
      .map((d) => ({ type: "Feature" as const, id: d.kato, geometry: geometries.get(d.kato), properties: d })),
  };
}
