import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { GET as completeness } from "@/app/api/v1/admin/completeness/route";
import { GET as locate } from "@/app/api/v1/locate/route";
import { db } from "@/lib/db/client";
import { locatePoint } from "@/lib/directory/locate";
import { placeCourtsInTheirDistricts } from "@/lib/directory/load/placement";
import { send, signedIn, type TestActor } from "./actors";
import { call } from "./call";

useScratchDatabase("placement-completeness");

const MEDEU_COURT = "sudkz-r3-a1b078d5"; // Медеуский районный суд города Алматы

describe("courts placed in their own district", () => {
  it("the Medeu district court lies in Medeu district, at district precision, and its serving courts include itself", async () => {
    const court = await db().entry.findUniqueOrThrow({ where: { id: MEDEU_COURT } });
    expect(court.precision).toBe("district");
    const { district } = await locatePoint(db(), court.lat!, court.lng!);
    expect(district?.kato).toBe(court.districtKato);
    const served = await call(locate, `/api/v1/locate?lat=${court.lat}&lng=${court.lng}`);
    expect(served.status).toBe(200);
    expect(served.body.courts.map((c: { entry: { id: string } }) => c.entry.id)).toContain(MEDEU_COURT);
  });

  it("every active court with a known district now lies in it, and a second run moves nothing", async () => {
    const courts = await db().entry.findMany({ where: { kind: "court", status: "active", districtKato: { not: null }, lat: { not: null } } });
    for (const c of courts) expect((await locatePoint(db(), c.lat!, c.lng!)).district?.kato, c.id).toBe(c.districtKato);
    expect((await placeCourtsInTheirDistricts(db())).moved).toEqual([]);
  });
});

describe("GET /api/v1/admin/completeness", () => {
  let admin: TestActor;
  let almatyEditor: TestActor;
  beforeAll(async () => {
    admin = await signedIn("admin");
    almatyEditor = await signedIn("editor", ["KZ-75"]);
  });

  it("counts, per region, the active courts and those with each fact, and lists the courts lacking any", async () => {
    const res = await send(completeness, "GET", "/api/v1/admin/completeness", { as: admin });
    expect(res.status).toBe(200);
    // The 20 regions, and the military courts, which belong to no one region.
    expect(res.body.regions).toHaveLength(21);
    expect(res.body.regions.at(-1).regionIso).toBeNull();
    const total = res.body.regions.reduce((n: number, r: { courts: number }) => n + r.courts, 0);
    expect(total).toBe(await db().entry.count({ where: { kind: "court", status: "active" } }));
    const almaty = res.body.regions.find((r: { regionIso: string }) => r.regionIso === "KZ-75");
    expect(almaty.gaps.find((g: { id: string }) => g.id === MEDEU_COURT).lacks).toEqual(["address", "phone", "hours", "nameKk"]);
  });

  it("sees a new phone and hours at once, and an editor sees only their regions", async () => {
    await db().entry.update({ where: { id: MEDEU_COURT }, data: { phones: '[{"number":"+77272000000"}]', openingHours: "Mo-Fr 09:00-18:30" } });
    const res = await send(completeness, "GET", "/api/v1/admin/completeness", { as: almatyEditor });
    expect(res.status).toBe(200);
    expect(res.body.regions.map((r: { regionIso: string }) => r.regionIso)).toEqual(["KZ-75"]);
    expect(res.body.regions[0].gaps.find((g: { id: string }) => g.id === MEDEU_COURT).lacks).toEqual(["address", "nameKk"]);
    expect(res.body.regions[0].with.phone).toBeGreaterThanOrEqual(1);
  });

  it("gives the worklist as CSV, refuses an unknown parameter and anyone not signed in", async () => {
    const csv = await completeness(new Request("http://localhost/api/v1/admin/completeness?format=csv", { headers: { cookie: admin.cookie, origin: "http://localhost" } }));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("region_iso,id,name_ru,name_kk,lacks_address,lacks_phone,lacks_hours,lacks_nameKk");
    expect(lines.some((l) => l.startsWith(`KZ-75,${MEDEU_COURT},`))).toBe(true);
    expect((await send(completeness, "GET", "/api/v1/admin/completeness?region=KZ-75", { as: admin })).status).toBe(400);
    expect((await send(completeness, "GET", "/api/v1/admin/completeness", { as: null })).status).toBe(401);
  });
});
