import { describe, expect, it } from "vitest";
import { regionMatcher } from "@/lib/import/regions";

// The region column of a registry, as free text, to the region's ISO code. The names are the Region table's.
const REGIONS = [
  { iso: "KZ-10", type: "oblast", nameKk: "Абай облысы", nameRu: "область Абай", nameRuAlt: "Абайская область", nameEn: "Abai Region" },
  { iso: "KZ-11", type: "oblast", nameKk: "Ақмола облысы", nameRu: "Акмолинская область", nameRuAlt: null, nameEn: "Akmola Region" },
  { iso: "KZ-19", type: "oblast", nameKk: "Алматы облысы", nameRu: "Алматинская область", nameRuAlt: null, nameEn: "Almaty Region" },
  { iso: "KZ-27", type: "oblast", nameKk: "Батыс Қазақстан облысы", nameRu: "Западно-Казахстанская область", nameRuAlt: null, nameEn: "West Kazakhstan Region" },
  { iso: "KZ-33", type: "oblast", nameKk: "Жетісу облысы", nameRu: "область Жетісу", nameRuAlt: "Жетысуская область", nameEn: "Jetisu Region" },
  { iso: "KZ-71", type: "city", nameKk: "Астана", nameRu: "Астана", nameRuAlt: null, nameEn: "Astana" },
  { iso: "KZ-75", type: "city", nameKk: "Алматы", nameRu: "Алматы", nameRuAlt: null, nameEn: "Almaty" },
];

describe("a region's name as registries write it", () => {
  it("an oblast written without область, in any of its languages", () => {
    const regionOf = regionMatcher(REGIONS);
    expect(regionOf("Абай")).toBe("KZ-10");
    expect(regionOf("Жетісу")).toBe("KZ-33");
    expect(regionOf("Акмолинская")).toBe("KZ-11");
    expect(regionOf("Батыс Қазақстан")).toBe("KZ-27");
    expect(regionOf("Алматы")).toBe("KZ-75");
  });

  it("the words of a name in any order", () => {
    const regionOf = regionMatcher(REGIONS);
    expect(regionOf("Kazakhstan West region")).toBe("KZ-27");
    expect(regionOf("Қазақстан Батыс облысы")).toBe("KZ-27");
    expect(regionOf("Алматы облысы")).toBe("KZ-19");
  });

  it("an ISO code in any case", () => {
    const regionOf = regionMatcher(REGIONS);
    expect(regionOf("KZ-71")).toBe("KZ-71");
    expect(regionOf(" kz-75 ")).toBe("KZ-75");
  });

  it("the same text twice gets the same answer; text with no words, or words of no region, gets none", () => {
    const regionOf = regionMatcher(REGIONS);
    expect([regionOf("область Абай"), regionOf("область Абай")]).toEqual(["KZ-10", "KZ-10"]);
    expect(regionOf("—")).toBeNull();
    expect(regionOf("г.")).toBeNull();
    expect(regionOf("Несуществующая область")).toBeNull();
    expect(regionOf("Несуществующая")).toBeNull();
  });
});
