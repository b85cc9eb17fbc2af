import { afterAll, describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as entry } from "@/app/api/v1/entries/[id]/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { createDb } from "@/lib/db/client";
import { loadDirectory } from "@/lib/directory/load";
import { call } from "./call";

const db = createDb();
afterAll(() => db.$disconnect());

describe("loading", () => {
  it("loads the 20 regions, 224 districts, 396 courts and the samples", async () => {
    expect(await db.region.count()).toBe(20);
    expect(await db.district.count()).toBe(224);
    expect(await db.entry.count({ where: { kind: "court", status: "active" } })).toBe(396);
    // The courts merged or abolished (data/courts/seen/court-history-seen.csv) are kept, closed.
    expect(await db.entry.count({ where: { kind: "court", status: "closed" } })).toBe(14);
    expect(await db.entry.count({ where: { kind: "court", lat: { not: null } } })).toBe(390);
    expect(await db.entry.count({ where: { kind: "advocate", sample: true } })).toBe(6000);
    expect(await db.entry.count({ where: { kind: "court", sample: true } })).toBe(0);
  });

  it("is idempotent: a second load changes nothing and duplicates nothing", async () => {
    const before = await db.entry.count();
    const report = await loadDirectory(db, { samples: true });
    expect(report.courts).toEqual({ created: 0, updated: 0, unchanged: 396 });
    expect(report.samples).toEqual({ created: 0, updated: 0, unchanged: 9000 });
    expect(report.regions.unchanged).toBe(20);
    expect(await db.entry.count()).toBe(before);
  });

  it("keeps unknown fields empty and marks courts' coordinates as settlement-level", async () => {
    const { body } = await call(entry, "/api/v1/entries/sudkz-r2-fbb1af95", { id: "sudkz-r2-fbb1af95" });
    expect(body.name.ru).toBe("Суд города Астаны");
    expect(body.name.kk).toBeUndefined();
    expect(body.address).toBeUndefined();
    expect(body.phones).toEqual([]);
    expect(body.location.precision).toBe("settlement");
    expect(body.sample).toBe(false);
  });
});

describe("GET /api/v1/regions", () => {
  it("lists the 20 regions with names in three languages and counts per kind", async () => {
    const { status, body } = await call(regions, "/api/v1/regions");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(20);
    const abai = body.items.find((r: any) => r.iso === "KZ-10");
    expect(abai.name).toEqual({ kk: "Абай облысы", ru: "область Абай", en: "Abai Region" });
    const courtTotal = body.items.reduce((n: number, r: any) => n + r.counts.court, 0);
    // the 7 military courts have no region in the source
    expect(courtTotal).toBe(396 - 7);
  });

  it("returns a FeatureCollection of outlines with format=geojson", async () => {
    const { body } = await call(regions, "/api/v1/regions?format=geojson");
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(20);
    expect(["Polygon", "MultiPolygon"]).toContain(body.features[0].geometry.type);
  });
});

describe("GET /api/v1/entries", () => {
  it("finds Almaty's courts whatever the case of the query", async () => {
    const lower = await call(entries, `/api/v1/entries?kind=court&q=${encodeURIComponent("алматы")}&limit=500`);
    const upper = await call(entries, `/api/v1/entries?kind=court&q=${encodeURIComponent("АЛМАТЫ")}&limit=500`);
    expect(lower.status).toBe(200);
    expect(lower.body.total).toBeGreaterThanOrEqual(20);
    expect(upper.body.total).toBe(lower.body.total);
    const names = lower.body.items.map((e: any) => e.name.ru);
    expect(names).toContain("Алматинский городской суд");
    expect(names.every((n: string) => /алмат/i.test(n))).toBe(true);
  });

  it("matches Kazakh letters case-insensitively", async () => {
    const { body } = await call(entries, `/api/v1/entries?q=${encodeURIComponent("ҰЛЫТАУ")}&kind=court`);
    expect(body.items.map((e: any) => e.name.ru)).toContain("Суд области Ұлытау");
    const lower = await call(entries, `/api/v1/entries?q=${encodeURIComponent("ұлытау")}&kind=court`);
    expect(lower.body.total).toBe(body.total);
  });

  it("finds Cyrillic names from a Latin query", async () => {
    const { body } = await call(entries, "/api/v1/entries?q=shymkent&kind=court");
    expect(body.items.map((e: any) => e.name.ru)).toContain("Суд города Шымкента");
  });

  it("searches phone numbers in the forms people type", async () => {
    const sample = await db.entry.findFirstOrThrow({ where: { id: "sample-notary-00001" } });
    const number = JSON.parse(sample.phones)[0].number as string; // +7700000XXXX
    const local = `8${number.slice(2)}`;
    const { body } = await call(entries, `/api/v1/entries?q=${local}`);
    expect(body.items.map((e: any) => e.id)).toContain("sample-notary-00001");
  });

  it("filters by region, kind and court kind", async () => {
    const { body } = await call(entries, "/api/v1/entries?region=KZ-10&kind=court&courtKind=district,city&limit=500");
    expect(body.total).toBeGreaterThan(5);
    for (const e of body.items) {
      expect(e.regionIso).toBe("KZ-10");
      expect(["district", "city"]).toContain(e.courtKind);
    }
  });

  it("accepts kind repeated or as a comma list", async () => {
    const a = await call(entries, "/api/v1/entries?kind=notary&kind=mediator&limit=1");
    const b = await call(entries, "/api/v1/entries?kind=notary,mediator&limit=1");
    expect(a.body.total).toBe(3000);
    expect(b.body.total).toBe(3000);
  });

  it("limits to a bbox", async () => {
    const bbox = [76.7, 43.1, 77.1, 43.4];
    const { body } = await call(entries, `/api/v1/entries?bbox=${bbox.join(",")}&limit=500`);
    expect(body.total).toBeGreaterThan(0);
    for (const e of body.items) {
      expect(e.location.lng).toBeGreaterThanOrEqual(bbox[0]!);
      expect(e.location.lat).toBeGreaterThanOrEqual(bbox[1]!);
      expect(e.location.lng).toBeLessThanOrEqual(bbox[2]!);
      expect(e.location.lat).toBeLessThanOrEqual(bbox[3]!);
    }
  });

  it("pages with an opaque cursor through every result exactly once", async () => {
    const seen = new Set<string>();
    let url = "/api/v1/entries?kind=court&region=KZ-71&limit=7";
    let total: number;
    for (;;) {
      const { body } = await call(entries, url);
      total = body.total;
      for (const e of body.items) seen.add(e.id);
      if (!body.nextCursor) break;
      url = `/api/v1/entries?kind=court&region=KZ-71&limit=7&cursor=${body.nextCursor}`;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen.size).toBe(total);
  });

  it("returns GeoJSON with [lng, lat] points", async () => {
    const { body } = await call(entries, "/api/v1/entries?kind=court&region=KZ-31&format=geojson");
    expect(body.type).toBe("FeatureCollection");
    const f = body.features.find((x: any) => x.geometry);
    expect(f.geometry.type).toBe("Point");
    expect(f.geometry.coordinates[0]).toBeGreaterThan(60); // longitude first
    expect(f.properties.name.ru).toBeTruthy();
  });

  it("marks samples as samples", async () => {
    const { body } = await call(entries, "/api/v1/entries?kind=advocate&limit=5");
    expect(body.items.every((e: any) => e.sample === true && e.id.startsWith("sample-"))).toBe(true);
    expect(body.items[0].emails[0].address).toMatch(/@example\.org$/);
    expect(body.items[0].phones[0].number).toMatch(/^\+7700000\d{4}$/);
  });
});

describe("GET /api/v1/entries/{id}", () => {
  it("answers an unknown id with a 404 in the error shape", async () => {
    const { status, body } = await call(entry, "/api/v1/entries/nope", { id: "nope" });
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("documents every public route", async () => {
    const { body } = await call(openapi, "/api/v1/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    for (const p of ["/api/v1/regions", "/api/v1/entries", "/api/v1/entries/{id}", "/api/v1/nearest", "/api/v1/locate"])
      expect(body.paths[p]).toBeDefined();
    expect(body.components.schemas.Entry).toBeDefined();
    expect(body.components.schemas.Error).toBeDefined();
  });
});
