import { describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { call } from "./call";

interface Listed {
  id: string;
  kind: string;
  languages: string[];
  specialisations: string[];
  sample: boolean;
}

describe("practitioner filters: language and specialisation", () => {
  it("entries: every language and every area asked for", async () => {
    const { status, body } = await call(entries, "/api/v1/entries?language=kk,en&specialisation=family&limit=500");
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThan(0);
    for (const e of body.items as Listed[]) {
      expect(e.languages).toEqual(expect.arrayContaining(["kk", "en"]));
      expect(e.specialisations).toContain("family");
    }
    const wider = await call(entries, "/api/v1/entries?language=kk&limit=1");
    expect(wider.body.total).toBeGreaterThan(body.total);
  });

  it("the samples' areas are marked sample like the rest of them; courts have none", async () => {
    const { body } = await call(entries, "/api/v1/entries?specialisation=criminal&limit=500");
    for (const e of body.items as Listed[]) expect(e.sample).toBe(true);
    const courts = await call(entries, "/api/v1/entries?kind=court&specialisation=criminal&limit=1");
    expect(courts.body.total).toBe(0);
  });

  it("nearest: only entries with the language and area, still nearest first", async () => {
    const { status, body } = await call(nearest, "/api/v1/nearest?lat=43.238&lng=76.945&language=en&specialisation=labour&limit=20");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(20);
    for (const e of body.items as (Listed & { distanceKm: number })[]) {
      expect(e.languages).toContain("en");
      expect(e.specialisations).toContain("labour");
    }
    const distances = (body.items as { distanceKm: number }[]).map((e) => e.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it.each([
    ["/api/v1/entries?language=de", "language"],
    ["/api/v1/entries?specialisation=astrology", "specialisation"],
    ["/api/v1/nearest?lat=43&lng=76&language=xx", "language"],
  ])("rejects %s with 400 naming the field", async (url, field) => {
    const handler = url.includes("nearest") ? nearest : entries;
    const { status, body } = await call(handler, url);
    expect(status).toBe(400);
    expect(body.error.field).toBe(field);
  });
});
