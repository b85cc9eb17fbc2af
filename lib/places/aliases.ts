import { DATA_DIR } from "../directory/load";
import { namedCatalogue, withoutGeneric, type NamedPlace } from "./catalogue";
import { placeKey } from "./gazetteer";

export interface EntryPlace {
  regionIso?: string | null;
  districtKato?: string | null;
  locality?: string | null;
}

interface AliasTable {
  byDistrict: Map<string, string[]>;
  byRegion: Map<string, string[]>;
  byLocality: Map<string, NamedPlace[]>;
}

const tables = new Map<string, AliasTable>();

function aliasTable(dataDir: string): AliasTable {
  let table = tables.get(dataDir);
  if (table) return table;
  const places = namedCatalogue(dataDir);
  const byLocality = new Map<string, NamedPlace[]>();
  // A locality is a settlement or a city; a region only where it is a city (Astana, Almaty, Shymkent, merged
  // with their settlement: those have a population), else "Karaganda" would name the region, not the city.
  for (const place of places)
    if (place.kind !== "district" && (place.kind !== "region" || place.population !== null))
      for (const alias of place.aliases) {
        const key = placeKey(withoutGeneric(alias));
        const list = byLocality.get(key) ?? [];
        if (!list.includes(place)) byLocality.set(key, [...list, place]);
      }
  table = {
    byDistrict: new Map(places.filter((p) => p.districtKato && p.id.startsWith("district:")).map((p) => [p.districtKato!, p.aliases])),
    byRegion: new Map(places.filter((p) => p.kind === "region").map((p) => [p.regionIso, p.aliases])),
    byLocality,
  };
  tables.set(dataDir, table);
  return table;
}

/**
 * The names of an entry's place in every form people write them: its locality's (Қарағанды, Караганда,
 * Karaganda, Qaraghandy…), its district's in kk/ru/en, and its region's where neither is known.
 *
 * Why an alias table and not stemming: the forms of one place are not inflections of one stem (Өскемен /
 * Усть-Каменогорск, Орал / Уральск, Семей / Семипалатинск), and a court named by an adjective
 * ("Карагандинский областной суд") sits at its seat, whose names the table adds; a Russian stemmer would
 * join neither. The forms are GeoNames' and data/boundaries' (static data), so the table costs nothing per query.
 * The region's names are left out when the locality or district is known: every entry of a region matching
 * its name would make "Алматы" match a hundred thousand entries and rank nothing.
 */
export function placeAliasesOf(entry: EntryPlace, dataDir = DATA_DIR): string[] {
  const { byDistrict, byRegion, byLocality } = aliasTable(dataDir);
  const names: string[] = [];
  const district = entry.districtKato ? byDistrict.get(entry.districtKato) : undefined;
  if (district) names.push(...district);
  const candidates = entry.locality ? (byLocality.get(placeKey(withoutGeneric(entry.locality))) ?? []) : [];
  const locality = candidates.find((p) => p.regionIso === entry.regionIso) ?? (entry.regionIso ? undefined : candidates[0]);
  if (locality) names.push(...locality.aliases);
  if (!district && !locality && entry.regionIso) names.push(...(byRegion.get(entry.regionIso) ?? []));
  return [...new Set(names.map(withoutGeneric))];
}
