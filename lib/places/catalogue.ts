import type { MultiPolygon, Polygon } from "geojson";
import { readBoundaryFeatures, type DistrictProps, type RegionProps } from "./boundary-files";
import { placeKey, readPlaceNames, readSettlements } from "./gazetteer";
import { interiorPoint } from "./interior-point";

export type PlaceKind = "region" | "district" | "city" | "settlement";

export interface LocalName {
  kk: string | null;
  ru: string | null;
  en: string;
}

/** A place a person may name: a region, a district, a city or a settlement, with a point inside it. */
export interface Place {
  id: string;
  kind: PlaceKind;
  name: LocalName;
  /** Every form it is known by (official names in three languages, GeoNames' Cyrillic and Latin aliases). */
  aliases: string[];
  regionIso: string;
  /** The district the point lies in (a region's place has none: it is wider than any district). */
  districtKato: string | null;
  point: { lat: number; lng: number };
  population: number | null;
}

/** A place before its point is known: an area keeps its outline until a point is asked for (polylabel costs ~1 s for all). */
export type NamedPlace = Omit<Place, "point"> & { point: Place["point"] | null; outline?: Polygon | MultiPolygon };

/** A region's or a district's properties: the places index reads both files alike. */
type AreaProps = Omit<RegionProps, "iso"> & Omit<DistrictProps, "region_iso"> & { iso?: string; region_iso?: string };

/** Words that say what kind of unit a name is, not which: "Отырар ауданы" is looked for as "Отырар". */
const GENERIC = /(^|\s)(район|ауданы|аудан|district|область|облысы|region|город|қаласы|city|г\.)(?=\s|$)/giu;
export const withoutGeneric = (name: string) => name.replace(GENERIC, " ").replace(/\s+/g, " ").trim();

/** Cyrillic only (GeoNames mixes in forms like "Zhaңaөzen"); a form with a Kazakh-only letter is the Kazakh one. */
const CYRILLIC = /^[\p{Script=Cyrillic}\s'’-]+$/u;
const KAZAKH_LETTER = /[әғқңөұүһі]/iu;
/**
 * GeoNames lists airport codes (ALA, KGF) and lower-case romanisations of other scripts ("a la mu tu",
 * "awral kazakhstan") among the names: a name people type starts with a capital and is not a code.
 */
const TYPED_NAME = /^\p{Lu}(?!\p{Lu}{1,3}$)/u;

// A settlement counts as a city from 10 000 inhabitants (GeoNames' population), or where it is the seat of a
// city-type district of data/boundaries (a city of regional significance), whatever its figure there.
const CITY_POPULATION = 10_000;

const readAreas = (dataDir: string, file: string) => readBoundaryFeatures<AreaProps>(dataDir, file);

const unique = (names: (string | null | undefined)[]) => [...new Set(names.filter((n): n is string => !!n && n.trim() !== ""))];

/**
 * The place catalogue from data/: the 20 regions and 224 districts of data/boundaries (their kk/ru/en names,
 * an interior point of their largest polygon), and the settlements of data/gazetteer with GeoNames' aliases.
 * A city-type district and the settlement at its seat are one place (a city), and so are a city of
 * republican significance (Astana, Almaty, Shymkent) and its settlement: one name, one line in a list.
 */
function namedPlaces(dataDir: string): NamedPlace[] {
  const places: NamedPlace[] = [];
  const regions = readAreas(dataDir, "kz-regions.geojson");
  const districts = readAreas(dataDir, "kz-districts.geojson");
  const aliasesById = new Map(readPlaceNames(dataDir).map((p) => [p.geonameid, p]));
  const settlements = readSettlements(dataDir).filter((s) => s.region_iso !== null);
  const katoBySourceId = new Map(districts.map((d) => [d.properties.source_id, d.properties.kato]));
  const taken = new Set<object>();
  const keyOf = new Map(settlements.map((s) => [s, placeKey(s.name)]));

  // The settlement that is the named city itself: its key equals the unit's name without "city"/"қаласы".
  const seatOf = (p: AreaProps, inDistrict: string | null) => {
    const keys = new Set([p.name_kk, p.name_ru, p.name_en].map((n) => placeKey(withoutGeneric(n))));
    return settlements.find(
      (s) => !taken.has(s) && s.region_iso === (p.iso ?? p.region_iso) && (inDistrict === null || s.district_source_id === inDistrict) && keys.has(keyOf.get(s)!),
    );
  };
  const settlementAliases = (s: { geonameid?: number | null; name: string }) => {
    const known = s.geonameid ? aliasesById.get(s.geonameid) : undefined;
    return known ? [...known.names_cyrillic, ...known.names_latin].filter((n) => TYPED_NAME.test(n)) : [];
  };

  for (const { properties: p, geometry } of regions) {
    const seat = p.type === "city" ? seatOf(p, null) : undefined;
    if (seat) taken.add(seat);
    places.push({
      id: `region:${p.iso}`,
      kind: "region",
      name: { kk: p.name_kk, ru: p.name_ru, en: p.name_en },
      aliases: unique([p.name_kk, p.name_ru, p.name_ru_alt, p.name_en, ...(seat ? [seat.name, ...settlementAliases(seat)] : [])]),
      regionIso: p.iso!,
      districtKato: null,
      point: seat ? { lat: seat.lat, lng: seat.lon } : null,
      outline: geometry,
      population: seat?.population ?? null,
    });
  }
  for (const { properties: p, geometry } of districts) {
    const seat = p.type === "city" ? seatOf(p, p.source_id) : undefined;
    if (seat) taken.add(seat);
    const city = p.type === "city";
    places.push({
      id: `district:${p.kato}`,
      kind: city ? "city" : "district",
      // A city is shown by its name ("Семей"), a district by its full one ("Отырар ауданы").
      name: city ? { kk: withoutGeneric(p.name_kk), ru: withoutGeneric(p.name_ru), en: withoutGeneric(p.name_en) } : { kk: p.name_kk, ru: p.name_ru, en: p.name_en },
      aliases: unique([p.name_kk, p.name_ru, p.name_en, ...(seat ? [seat.name, ...settlementAliases(seat)] : [])]),
      regionIso: p.region_iso!,
      districtKato: p.kato,
      point: seat ? { lat: seat.lat, lng: seat.lon } : null,
      outline: geometry,
      population: seat?.population ?? null,
    });
  }
  for (const s of settlements) {
    if (taken.has(s)) continue;
    const aliases = settlementAliases(s);
    const cyrillic = aliases.filter((n) => CYRILLIC.test(n));
    const ru = cyrillic.find((n) => !KAZAKH_LETTER.test(n)) ?? null;
    places.push({
      id: `settlement:${s.geonameid ?? placeKey(s.name)}`,
      kind: (s.population ?? 0) >= CITY_POPULATION ? "city" : "settlement",
      name: { kk: cyrillic.find((n) => KAZAKH_LETTER.test(n)) ?? ru, ru, en: s.name },
      aliases: unique([s.name, ...aliases]),
      regionIso: s.region_iso!,
      districtKato: s.district_source_id ? (katoBySourceId.get(s.district_source_id) ?? null) : null,
      point: { lat: s.lat, lng: s.lon },
      population: s.population,
    });
  }
  return places;
}

const named = new Map<string, NamedPlace[]>();
const located = new Map<string, Place[]>();

/** The places of a data folder by name only, read once per process (data/ changes only with a release). */
export function namedCatalogue(dataDir: string): NamedPlace[] {
  let places = named.get(dataDir);
  if (!places) named.set(dataDir, (places = namedPlaces(dataDir)));
  return places;
}

/** The places with their points (an area's interior point computed once per process). */
export function placeCatalogue(dataDir: string): Place[] {
  let places = located.get(dataDir);
  if (!places)
    located.set(
      dataDir,
      (places = namedCatalogue(dataDir).map(({ outline, point, ...place }) => ({ ...place, point: point ?? interiorPoint(outline!) }))),
    );
  return places;
}
