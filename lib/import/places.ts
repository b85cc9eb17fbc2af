import { placeKey as key, readSettlements, type Settlement } from "../places/gazetteer";

export interface Place {
  name: string;
  lat: number;
  lng: number;
  regionIso: string | null;
  districtSourceId: string | null;
}

// "г.Экибастуз", "п. Болашак", "с.Жибек жолы", or an address that starts with the town: "Шымкент, ул.Гоголя 193".
const MARKED = /(?:^|[\s,(])(?:г|п|с|пос|пгт|село|город)(?:\.\s*|\s+)([\p{L}-]+(?:\s[\p{Lu}][\p{L}-]+)?)/gu;
const LEADING = /^\s*([\p{L}-]+)\s*,/u;

/**
 * Finds the settlement an address names, in the gazetteer (Latin GeoNames names; Cyrillic addresses are
 * compared through the same transliteration the search index uses, and through "город X" district names).
 */
export class SettlementFinder {
  private readonly byKey = new Map<string, Place[]>();

  constructor(settlements: Settlement[]) {
    for (const s of [...settlements].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))) {
      const place = { name: s.name, lat: s.lat, lng: s.lon, regionIso: s.region_iso, districtSourceId: s.district_source_id };
      const keys = new Set([key(s.name)]);
      const city = s.district_ru?.match(/^город\s+(.+)$/)?.[1];
      if (city) keys.add(key(city));
      for (const k of keys) this.byKey.set(k, [...(this.byKey.get(k) ?? []), place]);
    }
  }

  static fromDataDir(dataDir: string): SettlementFinder {
    return new SettlementFinder(readSettlements(dataDir));
  }

  /** The settlement the address names, preferring one in `regionIso`; null when it names none we know. */
  find(address: string, regionIso: string | null): Place | null {
    const candidates = [...address.matchAll(MARKED)].map((m) => m[1]!);
    const leading = LEADING.exec(address)?.[1];
    if (leading) candidates.push(leading);
    for (const candidate of candidates) {
      // The whole name, then its first word ("г.Кокшетау Абая 1" names Кокшетау).
      for (const name of new Set([candidate, candidate.split(/\s/)[0]!])) {
        const places = this.byKey.get(key(name));
        if (!places) continue;
        const inRegion = places.find((p) => p.regionIso === regionIso);
        if (inRegion) return inRegion;
        if (!regionIso || places[0]!.regionIso === null) return places[0]!;
      }
    }
    return null;
  }
}

/**
 * Where an entry that gives its locality or address but no point is placed: at the settlement they name
 * (precision "settlement"), the same rule for imports and approved listings; null when they name none we know.
 */
export function settlementOf(places: SettlementFinder, where: { locality?: string | null; address?: string | null; regionIso: string | null }): Place | null {
  if (!where.locality && !where.address) return null;
  return places.find(where.locality ? `г. ${where.locality}, ${where.address ?? ""}` : where.address!, where.regionIso);
}
