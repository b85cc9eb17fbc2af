import fs from "node:fs";
import path from "node:path";
import { normalize } from "../search/text";
import { transliterate } from "../search/transliterate";

/** A settlement of data/gazetteer/kz-settlements.json (GeoNames, with its region and district polygon). */
export interface Settlement {
  geonameid?: number | null;
  name: string;
  lat: number;
  lon: number;
  featureCode?: string;
  population: number | null;
  district_ru: string | null;
  region_iso: string | null;
  district_source_id: string | null;
}

/** A place of data/gazetteer/kz-place-names.json: the names GeoNames knows it by, Cyrillic and Latin. */
export interface PlaceNames {
  geonameid: number;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  population: number | null;
  names_cyrillic: string[];
  names_latin: string[];
}

const readJson = <T>(dataDir: string, file: string) => JSON.parse(fs.readFileSync(path.join(dataDir, "gazetteer", file), "utf8")) as T;

export const readSettlements = (dataDir: string) => readJson<Settlement[]>(dataDir, "kz-settlements.json");
export const readPlaceNames = (dataDir: string) => readJson<PlaceNames[]>(dataDir, "kz-place-names.json");

/** A name as one comparable key whatever its script: "Өскемен", "Oskemen" and "Öskemen" give "oskemen". */
export const placeKey = (name: string) => transliterate(normalize(name)).replace(/[^a-z0-9]/g, "");
