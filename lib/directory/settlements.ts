import type { Locale } from "../../i18n/locales";
import type { Db } from "../db/client";
import { readSettlements } from "../places/gazetteer";
import { repository } from "../queries/repository";
import { transliterate } from "../search/transliterate";
import { DATA_DIR } from "./load";

export interface MapSettlement {
  name: string;
  lat: number;
  lng: number;
  population: number | null;
}

// "город Семей", "Семей қаласы", "Semey City": the city's own name is the district's without the word for city.
const CITY_WORDS = /^город\s+|\s+қаласы$|\s+City$/giu;

/**
 * The gazetteer's settlements for the map. A city of district rank is named as its district is, in the page's
 * language; the gazetteer names the others in Latin only (GeoNames), and so does the map.
 */
export async function mapSettlements(db: Db, locale: Locale): Promise<MapSettlement[]> {
  const { districts } = await repository(db).areas();
  const cities = new Map(districts.filter((d) => d.type === "city").map((d) => [d.sourceId, d]));
  return readSettlements(DATA_DIR).map((s) => {
    const district = s.district_source_id && s.district_ru?.startsWith("город ") ? cities.get(s.district_source_id) : undefined;
    // A village inside a city's area keeps its own name: the city's must sound like the settlement's.
    const sameName = (ru: string) => transliterate(ru.replace(CITY_WORDS, "").toLowerCase()).slice(0, 3) === s.name.toLowerCase().slice(0, 3);
    const city = district && sameName(district.nameRu) ? district : undefined;
    const local = city ? { kk: city.nameKk, ru: city.nameRu, en: city.nameEn }[locale].replace(CITY_WORDS, "") : undefined;
    return { name: local || s.name, lat: s.lat, lng: s.lon, population: s.population };
  });
}
