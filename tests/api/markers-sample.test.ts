import { describe, expect, it } from "vitest";
import { GET as markers } from "@/app/api/v1/markers/route";
import { db } from "@/lib/db/client";
import { call } from "./call";

// Each marker row's `sample` flag (index 8) drives the sample badge in the list and the popup: it must be the
// entry's own, true for the fictional practitioners and false for the real courts.
const SAMPLE = 8;

describe("markers carry each entry's sample flag", () => {
  it("at street zoom in one city every row's flag is its entry's, and both kinds of entry are there", async () => {
    const { status, body } = await call(markers, "/api/v1/markers?region=KZ-75&zoom=20");
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(20);
    const rows = await db().entry.findMany({ where: { id: { in: body.items.map((i: unknown[]) => i[0] as string) } }, select: { id: true, sample: true } });
    const sample = new Map(rows.map((r) => [r.id, r.sample]));
    expect(sample.size).toBe(body.items.length);
    for (const item of body.items) expect(item[SAMPLE], item[0]).toBe(sample.get(item[0]));
    const flags = new Set(body.items.map((i: unknown[]) => i[SAMPLE]));
    expect([...flags].sort()).toEqual([false, true]);
  });

  it("a filter by kind keeps the flags: courts are real, notaries here are samples", async () => {
    const courts = await call(markers, "/api/v1/markers?region=KZ-75&zoom=20&kind=court");
    expect(courts.body.items.length).toBeGreaterThan(0);
    for (const item of courts.body.items) expect(item[SAMPLE]).toBe(false);
    const notaries = await call(markers, "/api/v1/markers?region=KZ-75&zoom=20&kind=notary");
    expect(notaries.body.items.length).toBeGreaterThan(0);
    for (const item of notaries.body.items) expect(item[SAMPLE]).toBe(true);
  });
});
