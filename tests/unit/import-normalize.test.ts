import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DATA_DIR } from "@/lib/directory/load";
import { parseRegistryDate } from "@/lib/import/dates";
import { SettlementFinder } from "@/lib/import/places";
import { regionMatcher } from "@/lib/import/regions";
import { toE164 } from "@/lib/validation/entry-input";

describe("registry dates", () => {
  it.each([
    ["21.12.2017", "2017-12-21"],
    ["1.2.2003", "2003-02-01"],
    ["2024-01-28", "2024-01-28"],
    ["29.02.2024", "2024-02-29"],
  ])("%s is %s", (text, iso) => expect(parseRegistryDate(text)).toEqual({ date: iso }));

  it.each(["31.02.2019", "2019-13-01", "29.02.2023", "00.01.2020", "2019/01/01", "вчера", "01.01.1850", "01.01.2999"])("%s is refused", (text) => {
    expect(parseRegistryDate(text)).toHaveProperty("error");
  });
});

describe("region text to ISO codes", () => {
  it("reads the spellings registries use, and never takes the oblast for the city", async () => {
    const regionOf = regionMatcher(await db().region.findMany());
    expect(regionOf("г. Алматы")).toBe("KZ-75");
    expect(regionOf("г.Алматы")).toBe("KZ-75");
    expect(regionOf("Алматы")).toBe("KZ-75");
    expect(regionOf("Алматинская область")).toBe("KZ-19");
    expect(regionOf("Алматы облысы")).toBe("KZ-19");
    expect(regionOf("Акмолинская обл.")).toBe("KZ-11");
    expect(regionOf("область Абай")).toBe("KZ-10");
    expect(regionOf("Абайская область")).toBe("KZ-10");
    expect(regionOf("город Шымкент")).toBe("KZ-79");
    expect(regionOf("KZ-71")).toBe("KZ-71");
    expect(regionOf("Несуществующая область")).toBeNull();
  });
});

describe("phones to E.164", () => {
  it.each([
    ["8 701 463 13 53", "+77014631353"],
    ["87015779119", "+77015779119"],
    ["8-778-335-56-71", "+77783355671"],
    ["+7 (700) 000-00-40", "+77000000040"],
  ])("%s is %s", (text, e164) => expect(toE164(text)).toBe(e164));

  it.each(["телефон не указан", "12345", ""])("%s is not a phone", (text) => expect(toE164(text)).toBeNull());
});

describe("the settlement an address names", () => {
  const places = SettlementFinder.fromDataDir(DATA_DIR);
  it.each([
    ["ЮК №10, г.Экибастуз, пр.Республики,159, оф.6", "KZ-55", "Ekibastuz"],
    ["Туркестан, ул.Назарбаева 82", "KZ-61", "Turkistan"],
    ["г.Караганда ул.Толе би 168", "KZ-35", "Karagandy"],
    ["Алматы, мкр.Самал 13", "KZ-75", "Almaty"],
  ])("%s → %s", (address, region, name) => expect(places.find(address, region)?.name).toBe(name));

  it("names no settlement it does not know, rather than guessing", () => {
    expect(places.find("п.Болашак, пр.Республики 120", "KZ-11")).toBeNull();
    expect(places.find("ул. Абая, 1, оф. 5", "KZ-75")).toBeNull();
  });
});
