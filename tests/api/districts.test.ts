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

  it("rejects an unknown region with 400 naming the field", async () => {
    const { status, body } = await call(districts, "/api/v1/districts?region=KZ-00");
    expect(status).toBe(400);
    expect(body.error.field).toBe("region");
  });
});
