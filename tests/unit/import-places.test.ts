import { describe, expect, it } from "vitest";
import type { Settlement } from "@/lib/places/gazetteer";
import { SettlementFinder, settlementOf } from "@/lib/import/places";

// Where an imported entry with an address but no point is placed: the settlement its address names. The
// gazetteer here is made up for each case (GeoNames' Latin names, as the real one has).

const town = (name: string, region: string | null, population: number | null, more: Partial<Settlement> = {}): Settlement => ({
  name,
  lat: 50 + (population ?? 0) / 1e6,
  lon: 70,
  population,
  district_ru: null,
  region_iso: region,
  district_source_id: null,
  ...more,
});

describe("the settlement an address names", () => {
  it("reads a marked town anywhere in the address, or the town an address starts with", () => {
    const places = new SettlementFinder([town("Kokshetau", "KZ-11", 124_444, { district_source_id: "KZ111000" }), town("Ekibastuz", "KZ-55", 150_000)]);
    expect(places.find("ул. Абая 1, г.Кокшетау", "KZ-11")).toEqual({ name: "Kokshetau", lat: 50.124444, lng: 70, regionIso: "KZ-11", districtSourceId: "KZ111000" });
    expect(places.find("Экибастуз, ул. Ленина 5", "KZ-55")?.name).toBe("Ekibastuz");
    expect(places.find("ул. Ленина 5", "KZ-55")).toBeNull();
  });

  it("a town followed by a capitalised street is found by its first word; a two-word village by both", () => {
    const places = new SettlementFinder([town("Kokshetau", "KZ-11", 124_444), town("Zhibek Zholy", "KZ-61", null)]);
    expect(places.find("г.Кокшетау Абая 1", "KZ-11")?.name).toBe("Kokshetau");
    expect(places.find("с. Жибек Жолы, ул. Абая 1", "KZ-61")?.name).toBe("Zhibek Zholy");
  });

  it("a city a district is named after is found by the district's name (город Нур-Султан is Astana)", () => {
    const places = new SettlementFinder([town("Astana", "KZ-71", 1_000_000, { district_ru: "город Нур-Султан" }), town("Shchuchinsk", "KZ-11", 45_000, { district_ru: "Бурабайский район" })]);
    expect(places.find("г. Нур-Султан, пр. Республики 1", "KZ-71")?.name).toBe("Astana");
    expect(places.find("г. Астана, пр. Республики 1", "KZ-71")?.name).toBe("Astana");
    expect(places.find("г. Бурабайский, ул. Абая 1", "KZ-11")).toBeNull();
  });

  it("of towns with one name, the one in the entry's region; with no region, the largest", () => {
    const aksu = [town("Aksu", "KZ-11", 8_543), town("Aksu", "KZ-55", 44_808), town("Aksu", "KZ-61", 26_115)];
    for (const order of [aksu, [...aksu].reverse()]) {
      const places = new SettlementFinder(order);
      expect(places.find("г. Аксу, ул. Абая 1", "KZ-11")?.regionIso).toBe("KZ-11");
      expect(places.find("г. Аксу, ул. Абая 1", "KZ-61")?.regionIso).toBe("KZ-61");
      expect(places.find("г. Аксу, ул. Абая 1", null)?.regionIso).toBe("KZ-55");
    }
  });

  it("no guess across regions: a town known only elsewhere is not taken, unless its region is not known", () => {
    const places = new SettlementFinder([town("Aksu", "KZ-55", 44_808), town("Bautino", null, 3_247)]);
    expect(places.find("г. Аксу, ул. Абая 1", "KZ-11")).toBeNull();
    expect(places.find("п. Баутино, ул. Абая 1", "KZ-47")?.name).toBe("Bautino");
  });
});

describe("placing an entry by its locality or address", () => {
  const places = () => new SettlementFinder([town("Kokshetau", "KZ-11", 124_444), town("Shchuchinsk", "KZ-11", 45_000)]);

  it("the locality first, else the address; neither gives no place", () => {
    expect(settlementOf(places(), { locality: "Кокшетау", regionIso: "KZ-11" })?.name).toBe("Kokshetau");
    expect(settlementOf(places(), { locality: "Щучинск", address: "г. Кокшетау, ул. Абая 1", regionIso: "KZ-11" })?.name).toBe("Shchuchinsk");
    expect(settlementOf(places(), { address: "г.Кокшетау ул. Абая 1", regionIso: "KZ-11" })?.name).toBe("Kokshetau");
    expect(settlementOf(places(), { locality: "", address: "", regionIso: "KZ-11" })).toBeNull();
    expect(settlementOf(places(), { locality: null, address: null, regionIso: "KZ-11" })).toBeNull();
    expect(settlementOf(places(), { regionIso: "KZ-11" })).toBeNull();
  });

  it("a locality the gazetteer does not know leaves the address to name the town", () => {
    expect(settlementOf(places(), { locality: "Болашак", address: "г.Кокшетау ул. Абая 1", regionIso: "KZ-11" })?.name).toBe("Kokshetau");
  });
});
