import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { call, haversineKm } from "./call";
import { GET as access } from "@/app/api/v1/access/route";
import { GET as whatIf } from "@/app/api/v1/access/what-if/route";
import { db } from "@/lib/db/client";
import { updateEntry } from "@/lib/directory/write";

// Moves and closes a court below: a copy of the test database of its own.
useScratchDatabase("access");

interface GazetteerRow {
  name: string;
  population: number | null;
  region_iso: string | null;
  district_source_id: string | null;
}
const gazetteer = JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", "gazetteer", "kz-settlements.json"), "utf8")) as GazetteerRow[];

const report = async (query = "") => {
  const { status, body } = await call(access, `/api/v1/access${query}`);
  expect(status).toBe(200);
  return body;
};

describe("GET /api/v1/access", () => {
  it("gives each sampled settlement the haversine distance to its district's court, its regional court and the nearest court of a kind", async () => {
    const body = await report();
    const courts = await db().entry.findMany({ where: { kind: "court", status: "active" } });
    const byId = new Map(courts.map((c) => [c.id, c]));
    const districts = await db().district.findMany();
    // A fixed sample: a regional centre, district towns far from and near their court, a city with several district courts.
    for (const name of ["Taraz", "Aral", "Zhanaozen", "Ekibastuz", "Almaty", "Turkistan", "Ridder", "Zhitikara"]) {
      const s = body.settlements.find((x: any) => x.name === name);
      expect(s, name).toBeDefined();
      const serving = byId.get(s.serving.courtId)!;
      expect(["district", "city"], name).toContain(serving.courtKind);
      expect(serving.regionIso).toBe(s.regionIso);
      expect(s.serving.km, name).toBeCloseTo(haversineKm(s.lat, s.lng, serving.lat!, serving.lng!), 1);
      // The nearest of its district's own general courts (or of the city's, where they are not tied to a district).
      const own = courts.filter((c) => ["district", "city"].includes(c.courtKind!) && c.districtKato === s.districtKato && c.lat !== null);
      const candidates = own.length > 0 ? own : courts.filter((c) => ["district", "city"].includes(c.courtKind!) && c.regionIso === s.regionIso && c.districtKato === null && c.lat !== null);
      expect(s.serving.km, name).toBeCloseTo(Math.min(...candidates.map((c) => haversineKm(s.lat, s.lng, c.lat!, c.lng!))), 1);
      const regional = byId.get(s.regional.courtId)!;
      expect(["oblast", "city_republican"]).toContain(regional.courtKind);
      expect(s.regional.km).toBeCloseTo(haversineKm(s.lat, s.lng, regional.lat!, regional.lng!), 1);
      const economic = courts.filter((c) => c.courtKind === "economic" && c.lat !== null).map((c) => haversineKm(s.lat, s.lng, c.lat!, c.lng!));
      expect(s.nearest.economic.km).toBeCloseTo(Math.min(...economic), 1);
      expect(districts.find((d) => d.kato === s.districtKato)!.regionIso).toBe(s.regionIso);
    }
  });

  it("counts per region exactly the population the gazetteer gives its settlements, and says what it leaves out", async () => {
    const body = await report();
    const districts = await db().district.findMany();
    const regionOf = new Map(districts.map((d) => [d.sourceId, d.regionIso]));
    const expected = new Map<string, number>();
    for (const s of gazetteer) {
      const iso = s.district_source_id ? regionOf.get(s.district_source_id) : undefined;
      if (iso) expected.set(iso, (expected.get(iso) ?? 0) + (s.population ?? 0));
    }
    expect(body.regions).toHaveLength(20);
    for (const r of body.regions) expect(r.figures.coverage.population, r.iso).toBe(expected.get(r.iso) ?? 0);
    const inside = gazetteer.filter((s) => s.district_source_id && regionOf.has(s.district_source_id));
    expect(body.country.coverage.population).toBe(inside.reduce((sum, s) => sum + (s.population ?? 0), 0));
    expect(body.country.coverage.settlements).toBe(inside.length);
    expect(body.outsideDistricts).toBe(gazetteer.length - inside.length);
    expect(body.method).toMatch(/not road/);
    expect(body.coverageNote).toMatch(/1 000/);
    // A region's districts add up to the region.
    const kz61 = body.districts.filter((d: any) => d.regionIso === "KZ-61").reduce((sum: number, d: any) => sum + d.figures.coverage.population, 0);
    expect(kz61).toBe(expected.get("KZ-61"));
  });

  it("weights the mean and the shares by population", async () => {
    const body = await report("?region=KZ-43");
    const served = body.settlements.filter((s: any) => s.population && s.serving);
    const total = served.reduce((sum: number, s: any) => sum + s.population, 0);
    const region = body.regions.find((r: any) => r.iso === "KZ-43");
    expect(region.figures.meanKm).toBeCloseTo(served.reduce((sum: number, s: any) => sum + s.serving.km * s.population, 0) / total, 0);
    const over25 = served.filter((s: any) => s.serving.km > 25).reduce((sum: number, s: any) => sum + s.population, 0) / total;
    expect(region.figures.shareOver25Km).toBeCloseTo(over25, 2);
    expect(body.settlements.every((s: any) => s.regionIso === "KZ-43")).toBe(true);
    expect(body.districts.every((d: any) => d.regionIso === "KZ-43")).toBe(true);
  });

  it("lists the report's 23 buildings, matched to a current court only where the name clearly corresponds", async () => {
    const { buildings } = await report();
    expect(buildings).toHaveLength(23);
    expect(buildings.filter((b: any) => b.court === null).map((b: any) => b.courtAsWritten).sort()).toEqual(["НҰР-СҰЛТАН Қ. БАЙҚОҢЫР АУД. СОТЫ", "ПАВЛОДАР Қ. СОТЫ"]);
    const zharkain = buildings.find((b: any) => b.courtAsWritten === "ЖАРКАЙЫҢ АУД. СОТЫ");
    expect(zharkain).toMatchObject({ status: "built", year: 2017, budgetTenge: 254_000_000, court: { nameRu: "Жаркаинский районный суд Акмолинской области" } });
    expect(buildings.filter((b: any) => b.status === "planned")).toHaveLength(11);
  });

  it("offers CSV (one row per settlement) and the districts as GeoJSON", async () => {
    const csv = await (await access(new Request("http://localhost/api/v1/access?format=csv&region=KZ-10"))).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toContain("straight_line_km_to_serving_court");
    const body = await report("?region=KZ-10");
    expect(lines).toHaveLength(body.settlements.length + 1);
    const geo = await report("?format=geojson");
    expect(geo.features).toHaveLength(224);
    expect(geo.features[0].properties.figures.coverage).toBeDefined();
  });

  it("refuses bad input with a 400 naming the field", async () => {
    for (const [query, field] of [["?region=KZ-00", "region"], ["?format=xml", "format"], ["?radius=5", "radius"]] as const) {
      const { status, body } = await call(access, `/api/v1/access${query}`);
      expect(status, query).toBe(400);
      expect(body.error.field, query).toBe(field);
    }
    for (const [query, field] of [["?lat=abc&lng=70", "lat"], ["?lat=45", "lng"], ["?lat=45&lng=500", "lng"], ["?lat=0&lng=0", "lat"], ["?lat=45&lng=70&save=1", "save"]] as const) {
      const { status, body } = await call(whatIf, `/api/v1/access/what-if${query}`);
      expect(status, query).toBe(400);
      expect(body.error.field, query).toBe(field);
    }
  });
});

describe("GET /api/v1/access/what-if", () => {
  it("a court placed at a far settlement brings it closer and lowers its region's mean, without changing the stored figures", async () => {
    const before = await report();
    const far = before.settlements.filter((s: any) => s.population && s.serving).sort((a: any, b: any) => b.serving.km - a.serving.km)[0];
    const { status, body } = await call(whatIf, `/api/v1/access/what-if?lat=${far.lat}&lng=${far.lng}`);
    expect(status).toBe(200);
    expect(body.district.kato).toBe(far.districtKato);
    expect(body.region.iso).toBe(far.regionIso);
    const change = body.changes.find((c: any) => c.id === far.id);
    expect(change.beforeKm).toBeCloseTo(far.serving.km, 1);
    expect(change.afterKm).toBe(0);
    expect(body.closer.population).toBeGreaterThanOrEqual(far.population);
    expect(body.regionAfter.meanKm).toBeLessThan(body.regionBefore.meanKm);
    expect(body.countryAfter.meanKm).toBeLessThan(body.countryBefore.meanKm);
    expect(body.regionAfter.courts).toBe(body.regionBefore.courts + 1);
    expect(body.regionBefore).toEqual(before.regions.find((r: any) => r.iso === far.regionIso).figures);
    expect((await report()).country).toEqual(before.country);
  });

  it("a court placed next to an existing one changes nothing", async () => {
    const court = await db().entry.findFirstOrThrow({ where: { kind: "court", courtKind: "district", status: "active", regionIso: "KZ-43", lat: { not: null } } });
    const { body } = await call(whatIf, `/api/v1/access/what-if?lat=${court.lat}&lng=${court.lng}`);
    expect(body.closer.population).toBe(0);
    expect(body.regionAfter.meanKm).toBe(body.regionBefore.meanKm);
  });
});

describe("recomputed when a court changes", () => {
  it("moving a district court to a settlement of its district, then closing it, changes the figures at once", async () => {
    const before = await report();
    const far = before.settlements.filter((s: any) => s.population && s.serving && s.regionIso !== "KZ-71" && s.regionIso !== "KZ-79").sort((a: any, b: any) => b.serving.km - a.serving.km)[0];
    const court = await db().entry.findUniqueOrThrow({ where: { id: far.serving.courtId } });
    const actor = { id: null, name: "access test" };
    await db().$transaction((tx) => updateEntry(tx, actor, court.id, { lat: far.lat, lng: far.lng }, { action: "update" }));
    const moved = await report();
    expect(moved.settlements.find((s: any) => s.id === far.id).serving.km).toBe(0);
    const region = (b: any) => b.regions.find((r: any) => r.iso === far.regionIso).figures;
    expect(region(moved).meanKm).not.toBe(region(before).meanKm);
    await db().$transaction((tx) => updateEntry(tx, actor, court.id, { status: "closed" }, { action: "close" }));
    const closed = await report();
    expect(closed.settlements.find((s: any) => s.id === far.id).serving?.courtId).not.toBe(court.id);
    expect(region(closed).courts).toBe(region(before).courts - 1);
  });
});
