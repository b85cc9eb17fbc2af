import { beforeAll, describe, expect, it } from "vitest";
import { useScratchDatabase } from "./scratch-db";
import { POST as closeEntry } from "@/app/api/v1/admin/entries/[id]/close/route";
import { GET as getEntries } from "@/app/api/v1/entries/route";
import { GET as getEntry } from "@/app/api/v1/entries/[id]/route";
import { db } from "@/lib/db/client";
import { DATA_DIR } from "@/lib/directory/load";
import { loadHistory } from "@/lib/directory/load/history";
import { successorsOf } from "@/lib/directory/history";
import { send, signedIn, type TestActor } from "./actors";
import { call } from "./call";

// The May 2023 mergers (court-history-seen.csv): Astana's and Shymkent's district courts became closed
// entries pointing to the interdistrict courts, and those courts keep the old names, so a visitor who searches
// the name on an old summons finds the court that hears the case now.

useScratchDatabase("court-history");

const ASTANA_CIVIL = "sudkz-r2-2cd62d83"; // Межрайонный суд по гражданским делам города Астаны
const SHYMKENT_CIVIL = "sudkz-r19-7a5a0bf1";
const SHYMKENT_CRIMINAL = "sudkz-r19-00fdf362";

const closedNamed = (nameRu: string) => db().entry.findFirstOrThrow({ where: { nameRu, status: "closed" } });

describe("the court history as loaded", () => {
  it("finds the current court by a former name, and the API gives the former names", async () => {
    const { status, body } = await call(getEntries, `/api/v1/entries?q=${encodeURIComponent("Есильский районный суд")}`);
    expect(status).toBe(200);
    const found = body.items.find((e: { id: string }) => e.id === ASTANA_CIVIL);
    expect(found, JSON.stringify(body.items.map((e: { id: string }) => e.id))).toBeDefined();
    expect(found.formerNames).toContainEqual({ name: "Есильский районный суд г. Астаны", lang: "ru", until: "2023-05-15" });
    // The closed court itself is not among the public results.
    expect(body.items.every((e: { status: string }) => e.status === "active")).toBe(true);
  });

  it("keeps the merged court as a closed entry whose replacedBy names its successor", async () => {
    const old = await closedNamed("Есильский районный суд г. Астаны");
    const { body } = await call(getEntry, `/api/v1/entries/${old.id}`, { id: old.id });
    expect(body).toMatchObject({ status: "closed", kind: "court", courtKind: "district", regionIso: "KZ-71", replacedBy: ASTANA_CIVIL });
    expect(body.source).toContain("globalnews.kz");
  });

  it("a court merged into two names no single successor; both are found through their former names", async () => {
    const old = await closedNamed("Абайский районный суд г. Шымкента");
    expect(old.replacedById).toBeNull();
    const { body } = await call(getEntry, `/api/v1/entries/${old.id}`, { id: old.id });
    const successors = await successorsOf(db(), body);
    expect(successors.map((s) => s.id).sort()).toEqual([SHYMKENT_CIVIL, SHYMKENT_CRIMINAL].sort());
  });

  it("reports the rows that name no successor clearly instead of guessing one", async () => {
    const report = await loadHistory(db(), DATA_DIR);
    expect(report.unmatched.map((u) => u.line)).toEqual([16, 17, 18, 19, 20]);
    // "вероятный преемник … (вывод, на странице не сказано)" is not a successor.
    expect(await db().entry.count({ where: { nameRu: { contains: "Кызылорды" }, status: "closed" } })).toBe(0);
  });

  it("is idempotent: loading again creates nothing and adds no former name twice", async () => {
    const before = await db().entry.findUniqueOrThrow({ where: { id: ASTANA_CIVIL } });
    const report = await loadHistory(db(), DATA_DIR);
    expect(report.closed).toEqual({ created: 0, updated: 0, unchanged: 14 });
    expect(report.formerNamesAdded).toBe(0);
    expect((await db().entry.findUniqueOrThrow({ where: { id: ASTANA_CIVIL } })).version).toBe(before.version);
  });
});

describe("closing an entry names its successor", () => {
  let admin: TestActor;
  beforeAll(async () => {
    admin = await signedIn("admin");
  });
  const close = async (id: string, body: Record<string, unknown>) => {
    const { version } = await db().entry.findUniqueOrThrow({ where: { id } });
    return send(closeEntry, "POST", `/api/v1/admin/entries/${id}/close`, { as: admin, params: { id }, body: { version, ...body } });
  };

  it("refuses a successor of another kind, a closed one, an unknown one and itself (400 naming replacedBy)", async () => {
    const notary = "sample-notary-00002";
    for (const replacedBy of ["sample-advocate-00002", (await closedNamed("Есильский районный суд г. Астаны")).id, "no-such-entry", notary]) {
      const res = await close(notary, { replacedBy });
      expect(res.status, replacedBy).toBe(400);
      expect(res.body.error.field).toBe("replacedBy");
    }
  });

  it("stores a fitting successor, and the API entry gives it as replacedBy", async () => {
    const res = await close("sample-notary-00003", { replacedBy: "sample-notary-00004", note: "retired" });
    expect(res.status).toBe(200);
    const { body } = await call(getEntry, "/api/v1/entries/sample-notary-00003", { id: "sample-notary-00003" });
    expect(body).toMatchObject({ status: "closed", replacedBy: "sample-notary-00004" });
  });
});
