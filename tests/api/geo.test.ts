import { afterAll, describe, expect, it } from "vitest";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { createDb } from "@/lib/db/client";
import { call, haversineKm } from "./call";

const db = createDb();
afterAll(() => db.$disconnect());

describe("GET /api/v1/nearest", () => {
  it("returns the truly nearest courts, nearest first, with haversine distances", async () => {
    const p = { lat: 42.91, lng: 71.36 }; // Taraz
    const { status, body } = await call(nearest, `/api/v1/nearest?lat=${p.lat}&lng=${p.lng}&kind=court&limit=10`);
    expect(status).toBe(200);
    expect(body.items).toHaveLength(10);
    const all = await db.entry.findMany({ where: { kind: "court", status: "active", lat: { not: null } } });
    const brute = all.map((e) => haversineKm(p.lat, p.lng, e.lat!, e.lng!)).sort((a, b) => a - b);
    body.items.forEach((e: any, i: number) => {
      expect(e.kind).toBe("court");
      const d = haversineKm(p.lat, p.lng, e.location.lat, e.location.lng);
      expect(e.distanceKm).toBeCloseTo(d, 2);
      expect(e.distanceKm).toBeCloseTo(brute[i]!, 2);
      if (i > 0) expect(e.distanceKm).toBeGreaterThanOrEqual(body.items[i - 1].distanceKm);
    });
    expect(body.items[0].locality).toBe("Тараз");
  });

  it("defaults to 10 and filters by court kind", async () => {
    const { body } = await call(nearest, "/api/v1/nearest?lat=43.25&lng=76.9&courtKind=economic");
    expect(body.items).toHaveLength(10);
    expect(body.items.every((e: any) => e.courtKind === "economic")).toBe(true);
  });

  it("includes sample practitioners of the chosen kinds", async () => {
    const { body } = await call(nearest, "/api/v1/nearest?lat=51.13&lng=71.43&kind=notary,mediator&limit=20");
    expect(body.items).toHaveLength(20);
    expect(body.items.every((e: any) => ["notary", "mediator"].includes(e.kind) && e.sample)).toBe(true);
  });
});

// The seven reference points of data/boundaries/SOURCES.md (validate.js).
const CITIES: [string, number, number, string, string][] = [
  ["Astana", 51.128, 71.43, "KZ-71", "KZ711210"],
  ["Almaty", 43.238, 76.889, "KZ-75", "KZ751410"],
  ["Shymkent", 42.34, 69.59, "KZ-79", "KZ791910"],
  ["Semey", 50.41, 80.23, "KZ-10", "KZ101000"],
  ["Taldykorgan", 45.01, 78.37, "KZ-33", "KZ331000"],
  ["Zhezkazgan", 47.78, 67.71, "KZ-62", "KZ621000"],
  ["Aktau", 43.65, 51.16, "KZ-47", "KZ471000"],
];

describe("GET /api/v1/locate", () => {
  for (const [city, lat, lng, iso, district] of CITIES) {
    it(`places ${city} in ${iso} / ${district}`, async () => {
      const { status, body } = await call(locate, `/api/v1/locate?lat=${lat}&lng=${lng}`);
      expect(status).toBe(200);
      expect(body.inKazakhstan).toBe(true);
      expect(body.region.iso).toBe(iso);
      expect(body.district.sourceId).toBe(district);
      const roles = new Set(body.courts.map((c: any) => c.role));
      expect(roles.has("regional")).toBe(true);
      expect(roles.has("district")).toBe(true);
      for (const c of body.courts) expect(c.entry.regionIso).toBe(iso);
    });
  }

  it("names the district court, the specialised courts and the regional court for Semey", async () => {
    const { body } = await call(locate, "/api/v1/locate?lat=50.41&lng=80.23");
    const byRole = (role: string) => body.courts.filter((c: any) => c.role === role).map((c: any) => c.entry.name.ru);
    expect(byRole("regional")).toEqual(["Суд области Абай"]);
    expect(byRole("district").length).toBeGreaterThan(0);
    expect(byRole("district").every((n: string) => /Сем/.test(n))).toBe(true);
    expect(byRole("specialised")).toContain("Специализированный межрайонный следственный суд города Семея");
  });

  it("ties Almaty's district courts to the city district", async () => {
    const { body } = await call(locate, "/api/v1/locate?lat=43.238&lng=76.889");
    const district = body.courts.filter((c: any) => c.role === "district");
    expect(district.length).toBeGreaterThan(0);
    expect(district.every((c: any) => c.entry.districtKato === body.district.kato)).toBe(true);
  });

  it("says clearly when a point is outside Kazakhstan", async () => {
    const { status, body } = await call(locate, "/api/v1/locate?lat=55.75&lng=37.62");
    expect(status).toBe(200);
    expect(body.inKazakhstan).toBe(false);
    expect(body.region).toBeNull();
    expect(body.courts).toEqual([]);
    expect(body.message).toMatch(/outside Kazakhstan/);
  });
});
