import { check } from "@placemarkio/check-geojson";
import { describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as exportDirectory } from "@/app/api/v1/export/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { GET as regions } from "@/app/api/v1/regions/route";
import { haversineKm } from "./call";

// Every GeoJSON answer of the API is checked as RFC 7946 by @placemarkio/check-geojson (which throws on any issue).

type Handler = (req: Request) => Promise<Response>;
async function geojson(handler: Handler, url: string, checked: (body: any) => string = JSON.stringify) {
  const res = await handler(new Request(new URL(url, "http://localhost")));
  expect(res.status, url).toBe(200);
  expect(res.headers.get("content-type"), url).toMatch(/^application\/geo\+json\b/);
  const text = await res.text();
  const body = JSON.parse(text);
  check(checked === JSON.stringify ? text : checked(body));
  return body;
}

/**
 * The export is ~8 MB and check-geojson takes ~20 s over it on a busy 2-core machine: its streamed envelope is
 * proven by JSON.parse, and every 10th feature (all made by toFeature, which entries checks in full) by check-geojson.
 */
const everyTenthFeature = (body: any) => JSON.stringify({ ...body, features: body.features.filter((_: unknown, i: number) => i % 10 === 0) });

const TARAZ = { lat: 42.91, lng: 71.36 };

describe("GeoJSON answers (RFC 7946, application/geo+json)", () => {
  it("nearest: a FeatureCollection of the entries, nearest first, distanceKm in the properties", async () => {
    const body = await geojson(nearest, `/api/v1/nearest?lat=${TARAZ.lat}&lng=${TARAZ.lng}&kind=court&limit=5&format=geojson`);
    expect(body.type).toBe("FeatureCollection");
    expect(body.point).toEqual(TARAZ);
    expect(body.features).toHaveLength(5);
    for (const f of body.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(f.properties.distanceKm).toBeCloseTo(haversineKm(TARAZ.lat, TARAZ.lng, lat, lng), 2);
      expect(f.properties.kind).toBe("court");
    }
    const distances = body.features.map((f: any) => f.properties.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("locate: the district outline containing the point, then its courts as points with their role", async () => {
    const body = await geojson(locate, `/api/v1/locate?lat=${TARAZ.lat}&lng=${TARAZ.lng}&format=geojson`);
    const [outline, ...courts] = body.features;
    expect(body.inKazakhstan).toBe(true);
    expect(outline.geometry.type).toMatch(/Polygon$/);
    expect(outline.properties).toMatchObject({ layer: "district", region: { iso: "KZ-31" } });
    expect(outline.properties.district.kato).toBe(outline.id);
    expect(courts.length).toBeGreaterThan(0);
    expect(new Set(courts.map((c: any) => c.properties.layer))).toEqual(new Set(["court"]));
    expect(courts.map((c: any) => c.properties.role)).toEqual(expect.arrayContaining(["district", "regional"]));
    const json = await (await locate(new Request(`http://localhost/api/v1/locate?lat=${TARAZ.lat}&lng=${TARAZ.lng}`))).json();
    expect(courts.map((c: any) => c.id)).toEqual(json.courts.map((c: any) => c.entry.id));
    expect(outline.id).toBe(json.district.kato);
  });

  it("locate outside Kazakhstan: an empty FeatureCollection that says so", async () => {
    const body = await geojson(locate, "/api/v1/locate?lat=48.85&lng=2.35&format=geojson");
    expect(body).toMatchObject({ inKazakhstan: false, features: [] });
    expect(body.message).toMatch(/outside Kazakhstan/);
  });

  it("entries, regions and the export are valid GeoJSON too", async () => {
    expect((await geojson(entries, "/api/v1/entries?kind=court&limit=50&format=geojson")).features).toHaveLength(50);
    expect((await geojson(regions, "/api/v1/regions?format=geojson")).features).toHaveLength(20);
    const all = await geojson(exportDirectory, "/api/v1/export?format=geojson", everyTenthFeature);
    expect(all.features.length).toBeGreaterThan(396);
  });

  it.each([
    ["nearest", nearest, "/api/v1/nearest?lat=42.91&lng=71.36&format=kml"],
    ["locate", locate, "/api/v1/locate?lat=42.91&lng=71.36&format=geo"],
    ["entries", entries, "/api/v1/entries?format=xml"],
  ] as const)("%s: an unknown format is a 400 naming format", async (_name, handler, url) => {
    const res = await handler(new Request(new URL(url, "http://localhost")));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ field: "format" });
  });
});
