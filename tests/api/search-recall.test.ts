import { afterAll, describe, expect, it } from "vitest";
import { GET as entries } from "@/app/api/v1/entries/route";
import { GET as places } from "@/app/api/v1/places/route";
import { createDb } from "@/lib/db/client";
import { call } from "./call";
import { RECALL_CASES, type QueryClass, type RecallCase } from "./search-recall.cases";

const db = createDb();
afterAll(() => db.$disconnect());

/** How many of a case's expectations its top 10 meets, of how many. */
async function judge(c: RecallCase): Promise<{ found: number; wanted: number; top: string[] }> {
  if ("places" in c.expect) {
    const { body } = await call(places, `/api/v1/places?q=${encodeURIComponent(c.q)}&limit=10`);
    const ids: string[] = body.items.map((p: { id: string }) => p.id);
    return { found: c.expect.places.filter((id) => ids.includes(id)).length, wanted: c.expect.places.length, top: ids };
  }
  const { body } = await call(entries, `/api/v1/entries?q=${encodeURIComponent(c.q)}&limit=10${c.kind ? `&kind=${c.kind}` : ""}`);
  const items: { id: string; kind: string; locality?: string }[] = body.items;
  const top = items.map((e) => `${e.id} (${e.locality ?? "-"})`);
  if ("entries" in c.expect) {
    const ids = items.map((e) => e.id);
    return { found: c.expect.entries.filter((id) => ids.includes(id)).length, wanted: c.expect.entries.length, top };
  }
  const { kind, locality } = c.expect.anyEntry;
  return { found: items.some((e) => e.kind === kind && e.locality === locality) ? 1 : 0, wanted: 1, top };
}

describe("search quality: the query set (tests/api/search-recall.cases.ts)", () => {
  it("holds at least 80 queries over every class", () => {
    expect(RECALL_CASES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(RECALL_CASES.map((c) => c.class)).size).toBe(7);
  });

  it("finds what every query must find in its top 10 (and prints recall@10 per class)", async () => {
    const byClass = new Map<QueryClass, { found: number; wanted: number; queries: number }>();
    const misses: string[] = [];
    for (const c of RECALL_CASES) {
      const { found, wanted, top } = await judge(c);
      const tally = byClass.get(c.class) ?? { found: 0, wanted: 0, queries: 0 };
      byClass.set(c.class, { found: tally.found + found, wanted: tally.wanted + wanted, queries: tally.queries + 1 });
      if (found < wanted) misses.push(`${c.class} "${c.q}"${c.kind ? ` kind=${c.kind}` : ""}: ${found}/${wanted}; top: ${top.join(", ")}`);
    }
    const rows = [...byClass].map(([cls, t]) => `| ${cls} | ${t.queries} | ${(t.found / t.wanted).toFixed(2)} |`);
    console.log(["| query class | queries | recall@10 |", "|---|---|---|", ...rows].join("\n"));
    expect(misses).toEqual([]);
  });
});
