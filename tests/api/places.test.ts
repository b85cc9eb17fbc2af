import { afterAll, describe, expect, it } from "vitest";
import { GET as locateRoute } from "@/app/api/v1/locate/route";
import { GET as places } from "@/app/api/v1/places/route";
import { createDb } from "@/lib/db/client";
import { courtsServing, locatePoint } from "@/lib/directory/locate";
import { placeCatalogue } from "@/lib/places/catalogue";
import { DATA_DIR } from "@/lib/directory/load";
import { call } from "./call";

const db = createDb();
afterAll(() => db.$disconnect());

const find = async (q: string, limit = 8) => {
  const { status, body } = await call(places, `/api/v1/places?q=${encodeURIComponent(q)}&limit=${limit}`);
  expect(status).toBe(200);
  return body.items as { id: string; kind: string; name: { kk: string | null; ru: string | null; en: string }; regionIso: string; districtKato?: string; point: { lat: number; lng: number }; match: string }[];
};

describe("GET /api/v1/places", () => {
  it("finds one city by its Kazakh, Russian and Latin names and GeoNames' aliases", async () => {
    const ids = await Promise.all(["Өскемен", "Усть-Каменогорск", "Oskemen", "Ust-Kamenogorsk", "Öskemen"].map(async (q) => (await find(q))[0]!.id));
    expect(new Set(ids).size).toBe(1);
    const [city] = await find("Oskemen");
    expect(city).toMatchObject({ kind: "city", name: { kk: "Өскемен", ru: "Усть-Каменогорск", en: "Oskemen" }, regionIso: "KZ-63", match: "exact" });
    expect((await find("Орал"))[0]).toMatchObject({ kind: "city", name: { ru: "Уральск" } });
    expect((await find("Qaraghandy")).map((p) => p.name.ru)).toEqual(expect.arrayContaining(["Караганда", "Карагандинская область"]));
  });

  it("finds a district by its Kazakh name and a village by its Latin one", async () => {
    expect((await find("Отырар"))[0]).toMatchObject({ kind: "district", name: { ru: "Отрарский район" }, match: "exact" });
    expect((await find("Shaulder"))[0]).toMatchObject({ kind: "settlement", regionIso: "KZ-61" });
  });

  it("ranks a city before a village of the same name, and exact before prefix before typo", async () => {
    const aksu = await find("Ақсу", 10);
    const firstCity = aksu.findIndex((p) => p.kind === "city");
    const firstVillage = aksu.findIndex((p) => p.kind === "settlement");
    expect(firstCity).toBe(0);
    expect(firstVillage).toBeGreaterThan(firstCity);
    const order = { exact: 0, prefix: 1, typo: 2 } as Record<string, number>;
    for (const q of ["Ақсу", "Алмата", "Кара"]) {
      const ranks = (await find(q, 20)).map((p) => order[p.match]!);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    // "Алмата" is one letter from Алматы (6 letters: one edit allowed), "Шымкнт" one from Шымкент.
    expect((await find("Шымкнт"))[0]).toMatchObject({ name: { ru: "Шымкент" }, match: "typo" });
    expect(await find("Шмкнт")).toEqual([]); // two edits in a 6-letter word: beyond the rule
  });

  it("limits the answer to 1–20 (8 by default)", async () => {
    expect(await find("к", 20)).toHaveLength(20);
    const { body } = await call(places, "/api/v1/places?q=%D0%BA");
    expect(body.items).toHaveLength(8);
  });

  it("refuses bad input with a 400 naming the field", async () => {
    for (const [query, field] of [
      [`q=${"а".repeat(1000)}`, "q"],
      ["q=Тараз&limit=0", "limit"],
      ["q=Тараз&limit=21", "limit"],
      ["limit=5", "q"],
      ["q=%20", "q"],
      ["q=Тараз&page=2", "page"],
    ] as const) {
      const { status, body } = await call(places, `/api/v1/places?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.field, query).toBe(field);
    }
  });
});

describe("a place's point is where its courts are", () => {
  it("every place lies in its own region and district, and its serving courts are /api/v1/locate's at its point", async () => {
    const catalogue = placeCatalogue(DATA_DIR);
    expect(catalogue.filter((p) => p.kind === "region")).toHaveLength(20);
    expect(catalogue.filter((p) => p.kind === "district" || (p.kind === "city" && p.id.startsWith("district:")))).toHaveLength(224);
    for (const place of catalogue) {
      const { region, district } = await locatePoint(db, place.point.lat, place.point.lng);
      expect(region?.iso, place.id).toBe(place.regionIso);
      if (place.kind !== "region") expect(district?.kato ?? null, place.id).toBe(place.districtKato);
    }
    for (const q of ["Отырар", "Өскемен", "Shaulder", "Караганда", "Семей"]) {
      const [place] = await find(q);
      const { body } = await call(locateRoute, `/api/v1/locate?lat=${place!.point.lat}&lng=${place!.point.lng}`);
      const serving = await courtsServing(db, place!.regionIso, place!.districtKato ?? body.district?.kato ?? null);
      expect(body.courts.map((c: { entry: { id: string } }) => c.entry.id), q).toEqual(serving.map((s) => s.court.id));
      expect(body.courts.length, q).toBeGreaterThan(0);
    }
  });
});
