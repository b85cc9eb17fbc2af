import { describe, expect, it } from "vitest";
import { GET as nearest } from "@/app/api/v1/nearest/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { db } from "@/lib/db/client";
import { call, haversineKm } from "./call";

// The bounds of /nearest and /locate one step past each edge (lat 999 alone left limit=0 and lat=91 untested:
// geokdbush's around(…, 0) answers every located entry).

describe("nearest and locate at the edges of their parameters", () => {
  for (const [what, handler, url, field] of [
    ["nearest limit=0", nearest, "/api/v1/nearest?lat=43.25&lng=76.95&limit=0", "limit"],
    ["nearest limit=-1", nearest, "/api/v1/nearest?lat=43.25&lng=76.95&limit=-1", "limit"],
    ["nearest lat=91", nearest, "/api/v1/nearest?lat=91&lng=76.95", "lat"],
    ["nearest lat=-90.5", nearest, "/api/v1/nearest?lat=-90.5&lng=76.95", "lat"],
    ["nearest lng=180.01", nearest, "/api/v1/nearest?lat=43&lng=180.01", "lng"],
    ["nearest lng=-181", nearest, "/api/v1/nearest?lat=43&lng=-181", "lng"],
    ["locate lat=91", locate, "/api/v1/locate?lat=91&lng=71", "lat"],
    ["locate lng=181", locate, "/api/v1/locate?lat=43&lng=181", "lng"],
  ] as const) {
    it(`${what} is a 400 naming ${field}`, async () => {
      const { status, body } = await call(handler, url);
      expect(status).toBe(400);
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.field).toBe(field);
    });
  }

  it("limit=1 and limit=100 answer that many, nearest first, with their distances", async () => {
    const located = await db().entry.count({ where: { status: "active", lat: { not: null } } });
    expect(located).toBeGreaterThan(100);
    const one = await call(nearest, "/api/v1/nearest?lat=43.25&lng=76.95&limit=1");
    expect(one.status).toBe(200);
    expect(one.body.items).toHaveLength(1);
    const hundred = await call(nearest, "/api/v1/nearest?lat=43.25&lng=76.95&limit=100");
    expect(hundred.body.items).toHaveLength(100);
    expect(hundred.body.items[0].id).toBe(one.body.items[0].id);
    const km = hundred.body.items.map((i: any) => i.distanceKm as number);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    for (const i of hundred.body.items.slice(0, 5)) expect(i.distanceKm).toBeCloseTo(haversineKm(43.25, 76.95, i.location.lat, i.location.lng), 1);
    expect((await call(nearest, "/api/v1/nearest?lat=43.25&lng=76.95")).body.items).toHaveLength(10);
  });

  it("the poles and the antimeridian are valid points (answered, however far the entries)", async () => {
    for (const url of ["/api/v1/nearest?lat=90&lng=180&limit=2", "/api/v1/nearest?lat=-90&lng=-180&limit=2"]) {
      const { status, body } = await call(nearest, url);
      expect(status).toBe(200);
      expect(body.items).toHaveLength(2);
    }
  });

  it("filters: kind and courtKind narrow the answer to entries of that kind", async () => {
    const { body } = await call(nearest, "/api/v1/nearest?lat=51.13&lng=71.43&kind=court&courtKind=district&limit=5");
    expect(body.items).toHaveLength(5);
    for (const i of body.items) {
      expect(i.kind).toBe("court");
      expect(i.courtKind).toBe("district");
    }
    const notaries = await call(nearest, "/api/v1/nearest?lat=51.13&lng=71.43&kind=notary&limit=3");
    expect(notaries.body.items).toHaveLength(3);
    for (const i of notaries.body.items) expect(i.kind).toBe("notary");
    // A court kind alone: courts of that kind only (entries without a court kind never match it).
    const economic = await call(nearest, "/api/v1/nearest?lat=51.13&lng=71.43&courtKind=economic,juvenile&limit=4");
    expect(economic.body.items).toHaveLength(4);
    for (const i of economic.body.items) expect(["economic", "juvenile"]).toContain(i.courtKind);
  });

  it("practitioner filters: every language and every area asked for", async () => {
    const { body } = await call(nearest, "/api/v1/nearest?lat=43.25&lng=76.95&kind=advocate&language=kk,en&specialisation=civil,land&limit=5");
    expect(body.items).toHaveLength(5);
    for (const i of body.items) {
      expect(i.languages).toEqual(expect.arrayContaining(["kk", "en"]));
      expect(i.specialisations).toEqual(expect.arrayContaining(["civil", "land"]));
    }
    // Without the filters the nearest advocates include some that lack them.
    const all = await call(nearest, "/api/v1/nearest?lat=43.25&lng=76.95&kind=advocate&limit=50");
    expect(all.body.items.some((i: any) => !i.languages.includes("en") || !i.specialisations.includes("land"))).toBe(true);
  });
});
