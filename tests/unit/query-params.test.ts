import { describe, expect, it } from "vitest";
import {
  BboxSchema,
  DistrictsQuerySchema,
  EntriesQuerySchema,
  intParam,
  LocateQuerySchema,
  MarkersQuerySchema,
  NearestQuerySchema,
  NoQuerySchema,
  PlacesQuerySchema,
  RegionsQuerySchema,
  VersionedFileQuerySchema,
} from "@/lib/validation/query";

const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, v: unknown) => schema.safeParse(v).success;
const issue = (schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, v: unknown) => {
  const r = schema.safeParse(v);
  expect(r.success, JSON.stringify(v)).toBe(false);
  return r.error!.issues[0]!;
};

describe("nearest: limit and coordinates at their bounds", () => {
  const at = (q: Record<string, string>) => NearestQuerySchema.safeParse({ lat: "43.2", lng: "76.9", ...q });

  it("limit 1..100, default 10; 0, 101, fractions and signs are refused", () => {
    expect(at({}).data?.limit).toBe(10);
    expect(at({ limit: "1" }).data?.limit).toBe(1);
    expect(at({ limit: "100" }).data?.limit).toBe(100);
    expect(at({ limit: " 7 " }).data?.limit).toBe(7);
    for (const limit of ["0", "101", "1.5", "-1", "+3", "", "ten", "1e2"]) expect(at({ limit }).success, limit).toBe(false);
    expect(issue(NearestQuerySchema, { lat: "1", lng: "1", limit: "0" }).message).toBe("must be between 1 and 100");
    expect(issue(NearestQuerySchema, { lat: "1", lng: "1", limit: "101" }).message).toBe("must be between 1 and 100");
    expect(issue(NearestQuerySchema, { lat: "1", lng: "1", limit: "x" }).message).toBe("must be a whole number");
  });

  it("lat within -90..90 and lng within -180..180, bounds included", () => {
    for (const lat of ["90", "-90", "0", "89.9999"]) expect(at({ lat }).success, lat).toBe(true);
    for (const lat of ["91", "90.0001", "-90.0001", "-91", "999"]) expect(at({ lat }).success, lat).toBe(false);
    for (const lng of ["180", "-180"]) expect(at({ lng }).success, lng).toBe(true);
    for (const lng of ["181", "180.5", "-180.0001"]) expect(at({ lng }).success, lng).toBe(false);
  });

  it("a number is a plain decimal: sign, fraction and exponent allowed, nothing else", () => {
    const lat = (v: string) => at({ lat: v }).data?.lat;
    expect(lat("+43.5")).toBe(43.5);
    expect(lat("-43.")).toBe(-43);
    expect(lat(".5")).toBe(0.5);
    expect(lat("4.35e1")).toBe(43.5);
    expect(lat("435E-1")).toBe(43.5);
    expect(lat(" 43 ")).toBe(43);
    for (const v of ["", ".", "43,5", "0x10", "Infinity", "NaN", "1e", "--1", "4 3", "43a", "a43", "e5"]) expect(at({ lat: v }).success, v).toBe(false);
    expect(issue(NearestQuerySchema, { lat: "abc", lng: "1" }).message).toBe("must be a number");
  });

  it("lat and lng are required, and an unknown parameter is refused", () => {
    expect(ok(NearestQuerySchema, { lng: "1" })).toBe(false);
    expect(ok(NearestQuerySchema, { lat: "1" })).toBe(false);
    expect(ok(NearestQuerySchema, { lat: "1", lng: "1", radius: "5" })).toBe(false);
  });

  it("kind lists: repeated or comma-separated, trimmed, empty items dropped, at most 20", () => {
    expect(at({ kind: "court, notary" }).data?.kind).toEqual(["court", "notary"]);
    expect(NearestQuerySchema.parse({ lat: "1", lng: "1", kind: ["court", "advocate"] }).kind).toEqual(["court", "advocate"]);
    expect(at({ kind: "court,,notary," }).data?.kind).toEqual(["court", "notary"]);
    expect(at({ kind: "judge" }).success).toBe(false);
    expect(at({ kind: Array(20).fill("court").join(",") }).success).toBe(true);
    expect(at({ kind: Array(21).fill("court").join(",") }).success).toBe(false);
    expect(at({ language: "kk,en" }).data?.language).toEqual(["kk", "en"]);
    expect(issue(NearestQuerySchema, { lat: "1", lng: "1", language: "de" }).message).toBe("must be kk, ru or en");
  });
});

describe("intParam", () => {
  it("takes whole numbers within its bounds only", () => {
    const p = intParam(2, 5);
    expect(p.parse("2")).toBe(2);
    expect(p.parse("5")).toBe(5);
    expect(p.safeParse("1").success).toBe(false);
    expect(p.safeParse("6").success).toBe(false);
    expect(p.safeParse("1x").success).toBe(false);
    expect(p.safeParse("x1").success).toBe(false);
  });

  it("digits only, all of them, spaces around allowed; each refusal says which rule", () => {
    const p = intParam(2, 50);
    expect(p.parse(" 3 ")).toBe(3);
    expect(p.parse("10")).toBe(10);
    // Number() would take each of these as a whole number in bounds.
    for (const bad of ["+3", "3e0", "0x3", "3.0"]) expect(p.safeParse(bad).error?.issues[0]?.message, bad).toBe("must be a whole number");
    expect(p.safeParse("51").error?.issues[0]?.message).toBe("must be between 2 and 50");
    expect(p.safeParse("1").error?.issues[0]?.message).toBe("must be between 2 and 50");
  });
});

describe("bbox", () => {
  it("four numbers west,south,east,north within the globe, west <= east and south <= north", () => {
    expect(BboxSchema.parse("46.5,40.5,87.4,55.5")).toEqual([46.5, 40.5, 87.4, 55.5]);
    expect(BboxSchema.parse(" -180 , -90 , 180 , 90 ")).toEqual([-180, -90, 180, 90]);
    expect(BboxSchema.parse("1,1,1,1")).toEqual([1, 1, 1, 1]);
    for (const bad of ["-180.1,0,1,1", "0,-90.1,1,1", "0,0,180.1,1", "0,0,1,90.1", "2,0,1,1", "0,2,1,1", "1,2,3", "1,2,3,4,5", "a,1,2,3", "1e1,1,2,3", ""]) {
      expect(BboxSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(BboxSchema.safeParse("1,2,3").error!.issues[0]!.message).toBe("must be four numbers: west,south,east,north");
    expect(BboxSchema.safeParse("2,0,1,1").error!.issues[0]!.message).toMatch(/west <= east/);
  });
});

describe("the other query schemas", () => {
  it("entries: limit 1..500 (default 50), a 200-character q and cursor at most", () => {
    expect(EntriesQuerySchema.parse({}).limit).toBe(50);
    expect(EntriesQuerySchema.parse({}).format).toBe("json");
    expect(ok(EntriesQuerySchema, { limit: "500" })).toBe(true);
    expect(ok(EntriesQuerySchema, { limit: "501" })).toBe(false);
    expect(ok(EntriesQuerySchema, { limit: "0" })).toBe(false);
    expect(ok(EntriesQuerySchema, { q: "x".repeat(200) })).toBe(true);
    expect(ok(EntriesQuerySchema, { q: "x".repeat(201) })).toBe(false);
    expect(ok(EntriesQuerySchema, { cursor: "c".repeat(201) })).toBe(false);
    expect(ok(EntriesQuerySchema, { format: "geojson" })).toBe(true);
    expect(ok(EntriesQuerySchema, { format: "xml" })).toBe(false);
    expect(ok(EntriesQuerySchema, { region: "KZ-75" })).toBe(true);
    expect(issue(EntriesQuerySchema, { region: "KZ-00" }).message).toMatch(/ISO 3166-2:KZ/);
  });

  it("locate: lat and lng as for nearest, no limit", () => {
    expect(LocateQuerySchema.parse({ lat: "90", lng: "-180" })).toEqual({ lat: 90, lng: -180, format: "json" });
    expect(ok(LocateQuerySchema, { lat: "91", lng: "0" })).toBe(false);
    expect(ok(LocateQuerySchema, { lat: "0", lng: "0", limit: "1" })).toBe(false);
  });

  it("places: q trimmed, 1..100 characters; limit 1..20, default 8", () => {
    expect(PlacesQuerySchema.parse({ q: "  Алматы " })).toEqual({ q: "Алматы", limit: 8 });
    expect(issue(PlacesQuerySchema, { q: "   " }).message).toBe("must not be empty");
    expect(ok(PlacesQuerySchema, { q: "x".repeat(100) })).toBe(true);
    expect(issue(PlacesQuerySchema, { q: "x".repeat(101) }).message).toBe("must be at most 100 characters");
    expect(ok(PlacesQuerySchema, { q: "a", limit: "20" })).toBe(true);
    expect(ok(PlacesQuerySchema, { q: "a", limit: "21" })).toBe(false);
  });

  it("markers: zoom 0..20, default 4 (the country view)", () => {
    expect(MarkersQuerySchema.parse({}).zoom).toBe(4);
    expect(MarkersQuerySchema.parse({ zoom: "0" }).zoom).toBe(0);
    expect(MarkersQuerySchema.parse({ zoom: "20" }).zoom).toBe(20);
    expect(ok(MarkersQuerySchema, { zoom: "21" })).toBe(false);
    expect(ok(MarkersQuerySchema, { limit: "5" })).toBe(false);
  });

  it("regions and districts: format and detail with defaults; v at most 100 characters", () => {
    expect(RegionsQuerySchema.parse({})).toEqual({ format: "json", detail: "full" });
    expect(ok(RegionsQuerySchema, { detail: "map" })).toBe(true);
    expect(ok(RegionsQuerySchema, { detail: "low" })).toBe(false);
    expect(ok(RegionsQuerySchema, { v: "x".repeat(101) })).toBe(false);
    expect(ok(DistrictsQuerySchema, { region: "KZ-75" })).toBe(true);
    expect(ok(DistrictsQuerySchema, { region: "75" })).toBe(false);
  });

  it("routes without parameters refuse any; versioned files take v only", () => {
    expect(ok(NoQuerySchema, {})).toBe(true);
    expect(ok(NoQuerySchema, { x: "1" })).toBe(false);
    expect(ok(VersionedFileQuerySchema, { v: "abc" })).toBe(true);
    expect(ok(VersionedFileQuerySchema, { v: "x".repeat(101) })).toBe(false);
    expect(ok(VersionedFileQuerySchema, { w: "1" })).toBe(false);
  });
});
