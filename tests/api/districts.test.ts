import { describe, expect, it } from "vitest";
import { check } from "@placemarkio/check-geojson";
import { GET as districts } from "@/app/api/v1/districts/route";
import { call } from "./call";

describe("GET /api/v1/districts", () => {
  it("lists the 224 districts with names in three languages", async () => {
    const { status, body } = await call(districts, "/api/v1/districts");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(224);
    for (const d of body.items) expect(d.name.kk && d.name.ru && d.name.en).toBeTruthy();
  });

  it("gives the outlines as valid GeoJSON, one region's with region=", async () => {
    const res = await districts(new Request("http://localhost/api/v1/districts?format=geojson&region=KZ-31"));
    expect(res.headers.get("content-type")).toMatch(/geo\+json/);
    expect(res.headers.get("etag")).toBeTruthy();
    const text = await res.text();
    check(text);
    const body = JSON.parse(text) as { features: { properties: { regionIso: string } }[] };
    expect(body.features.length).toBeGreaterThan(3);
    expect(body.features.every((f) => f.properties.regionIso === "KZ-31")).toBe(true);
  });

  it("gives outlines simplified for a map with detail=map: a third of the points, taken from the full ones, and neighbours still meet", async () => {
    type Outlines = { features: { id: string; geometry: { coordinates: unknown } }[] };
    const full = (await call(districts, "/api/v1/districts?format=geojson")).body as Outlines;
    const res = await districts(new Request("http://localhost/api/v1/districts?format=geojson&detail=map"));
    const text = await res.text();
    check(text);
    const drawn = JSON.parse(text) as Outlines;
    const points = (c: unknown): string[] => (typeof (c as number[])[0] === "number" ? [String(c)] : (c as unknown[]).flatMap(points));
    const fullPoints = new Map(full.features.map((f) => [f.id, new Set(points(f.geometry.coordinates))]));
    const drawnPoints = new Map(drawn.features.map((f) => [f.id, new Set(points(f.geometry.coordinates))]));
    expect([...drawnPoints.keys()].sort()).toEqual([...fullPoints.keys()].sort());
    const count = (m: Map<string, Set<string>>) => [...m.values()].reduce((n, s) => n + s.size, 0);
    expect(count(drawnPoints)).toBeLessThan(count(fullPoints) * 0.4);
    for (const [id, set] of drawnPoints) for (const p of set) expect(fullPoints.get(id)!.has(p)).toBe(true);
    // Every pair of neighbours (sharing a stretch of border in full) still shares vertices: no gap opened between them.
    const ids = [...fullPoints.keys()];
    let neighbours = 0;
    for (const a of ids)
      for (const b of ids) {
        if (a >= b) continue;
        const shared = [...fullPoints.get(a)!].filter((p) => fullPoints.get(b)!.has(p)).length;
        if (shared < 10) continue;
        neighbours++;
        expect([...drawnPoints.get(a)!].filter((p) => drawnPoints.get(b)!.has(p)).length, `${a} and ${b}`).toBeGreaterThanOrEqual(2);
      }
    expect(neighbours).toBeGreaterThan(300);
  });

  it("rejects an unknown detail with 400 naming the field", async () => {
    const { status, body } = await call(districts, "/api/v1/districts?format=geojson&detail=fine");
    expect(status).toBe(400);
    expect(body.error.field).toBe("detail");
  });

  it("rejects an unknown region with 400 naming the field", async () => {
    const { status, body } = await call(districts, "/api/v1/districts?region=KZ-00");
    expect(status).toBe(400);
    expect(body.error.field).toBe("region");
  });
});
