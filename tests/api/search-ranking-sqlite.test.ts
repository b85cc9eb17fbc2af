import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseFileOf, db } from "@/lib/db/client";
import { repository } from "@/lib/queries/repository";
import { TEXT_RANK_WINDOW } from "@/lib/queries/shared/text-ranking";
import { ftsMatchQuery } from "@/lib/search/text";

// A broad text query is ranked within its first TEXT_RANK_WINDOW matches in directory order (real entries
// before samples, then bm25), and the later matches follow by seq: paging must still give every match once, in
// that order.
describe("the ranking of a broad text query", () => {
  it("pages through the rank window (real entries first, then bm25), then the later matches by seq, each match once", async () => {
    const q = "алматы";
    const sqlite = new Database(databaseFileOf(db()), { readonly: true });
    const all = sqlite
      .prepare(
        `SELECT e."seq" AS seq, e."sample" AS sample, bm25("entry_fts") AS score
         FROM "Entry" e JOIN "entry_fts" f ON f.rowid = e."seq" WHERE e."status" = 'active' AND "entry_fts" MATCH ?`,
      )
      .all(ftsMatchQuery(q)) as { seq: number; sample: number; score: number }[];
    sqlite.close();
    expect(all.length).toBeGreaterThan(TEXT_RANK_WINDOW + 50);
    const bySeq = [...all].sort((a, b) => a.seq - b.seq);
    // Real entries before samples, then by bm25.
    const window = bySeq.slice(0, TEXT_RANK_WINDOW).sort((a, b) => a.sample - b.sample || a.score - b.score || a.seq - b.seq);
    const expected = [...window, ...bySeq.slice(TEXT_RANK_WINDOW)].map((r) => r.seq);

    const seen: number[] = [];
    for (let offset = 0; offset < 1000; offset += 70) {
      const page = await repository(db()).searchEntries({ q }, 70, offset);
      seen.push(...page.items.map((e) => e.seq));
    }
    expect(seen).toEqual(expected.slice(0, seen.length));
    expect(new Set(seen).size).toBe(seen.length);
    // Real entries and samples are both in the window, and the samples' bm25 is the better one (shorter
    // texts): the order is really tested.
    expect(window[0]!.sample).toBe(0);
    expect(window[window.length - 1]!.sample).toBe(1);
    expect(Math.min(...window.filter((r) => r.sample).map((r) => r.score))).toBeLessThan(Math.min(...window.filter((r) => !r.sample).map((r) => r.score)));
  });
});
