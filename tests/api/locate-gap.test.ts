import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { db } from "@/lib/db/client";
import { locatePoint } from "@/lib/directory/locate";
import { interiorPoint } from "@/lib/geo/interior-point";
import type { AreaGeometry } from "@/lib/geo/polygons";

useScratchDatabase("locate-gap");

// locatePoint takes the region from the point's district; where no district holds the point (a gap in the
// district layer) it falls back to the region layer. Districts tile their regions exactly in the real data, so
// the gap is made here: one district's outline is moved out to sea before the boundaries are first read.

let inDistrict: { lat: number; lng: number; kato: string; regionIso: string };
let inGap: { lat: number; lng: number; regionIso: string };

beforeAll(async () => {
  const districts = await db().district.findMany({ orderBy: { kato: "asc" }, take: 2 });
  const [kept, moved] = districts as [(typeof districts)[number], (typeof districts)[number]];
  expect(kept.regionIso).toBeTruthy();
  inDistrict = { ...interiorPoint(JSON.parse(kept.geometry) as AreaGeometry), kato: kept.kato, regionIso: kept.regionIso };
  inGap = { ...interiorPoint(JSON.parse(moved.geometry) as AreaGeometry), regionIso: moved.regionIso };
  const atSea = { type: "Polygon", coordinates: [[[-30, -30], [-29, -30], [-29, -29], [-30, -29], [-30, -30]]] };
  await db().district.update({ where: { kato: moved.kato }, data: { geometry: JSON.stringify(atSea) } });
});

describe("locatePoint", () => {
  it("a point in a district: that district, and the region it belongs to", async () => {
    const { region, district } = await locatePoint(db(), inDistrict.lat, inDistrict.lng);
    expect(district?.kato).toBe(inDistrict.kato);
    expect(region?.iso).toBe(inDistrict.regionIso);
  });

  it("a point in no district but inside a region: the region from the region layer, no district", async () => {
    const { region, district } = await locatePoint(db(), inGap.lat, inGap.lng);
    expect(district).toBeNull();
    expect(region?.iso).toBe(inGap.regionIso);
  });

  it("outside Kazakhstan: neither", async () => {
    expect(await locatePoint(db(), 48.85, 2.35)).toEqual({ region: null, district: null });
    // The moved outline is found where it now lies: the index holds what the database held.
    const atSea = await locatePoint(db(), -29.5, -29.5);
    expect(atSea.district).not.toBeNull();
    expect(atSea.region?.iso).toBe(inGap.regionIso);
  });
});
