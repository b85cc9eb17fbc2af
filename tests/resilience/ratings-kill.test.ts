import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase } from "./scratch";

const WORKER = path.join(__dirname, "rating-worker.ts");

/** Runs the worker and kills it with SIGKILL `afterMs` after its `atLine`-th line; resolves with what it printed. */
function rateAndKill(file: string, court: string, atLine: number, afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, court], { env: { ...process.env, DATABASE_PATH: file }, stdio: ["ignore", "pipe", "pipe"] });
    const lines: string[] = [];
    let buffer = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split("\n");
      buffer = parts.pop()!;
      for (const line of parts) if (lines.push(line) === atLine) setTimeout(() => child.kill("SIGKILL"), afterMs);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => (signal === "SIGKILL" ? resolve(lines) : reject(new Error(`worker ended by itself (${code}): ${stderr}`))));
  });
}

describe("kill -9 while ratings are written", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let court = "";
  beforeAll(async () => {
    scratch = await scratchDatabase();
    const sqlite = new Database(scratch.file, { readonly: true });
    court = (sqlite.prepare(`SELECT "id" FROM "Entry" WHERE "kind" = 'court' AND "status" = 'active' ORDER BY "seq" LIMIT 1`).get() as { id: string }).id;
    sqlite.close();
  });
  afterAll(() => scratch.done());

  it("leaves no half-written rating: every acknowledged one is there, the tally agrees with the ratings, replacements and comments are whole", async () => {
    for (const [atLine, afterMs] of [[20, 2], [40, 0]] as const) {
      const lines = await rateAndKill(scratch.file, court, atLine, afterMs);
      const acked = lines.filter((l) => l.startsWith("ack ")).map((l) => Number(l.slice(4)));
      expect(acked.length).toBeGreaterThanOrEqual(atLine - 1);
      // Not read-only: the first connection after a crash recovers the WAL, which is a write.
      const sqlite = new Database(scratch.file);
      try {
        expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
        expect(sqlite.pragma("foreign_key_check")).toEqual([]);
        const ids = new Set((sqlite.prepare(`SELECT "id" FROM "Rating"`).all() as { id: number }[]).map((r) => r.id));
        for (const id of acked) expect(ids.has(id)).toBe(true);
        // The tally is what counting the current ratings gives, score by score.
        const drift = sqlite
          .prepare(
            `SELECT COUNT(*) AS n FROM (
               SELECT "entryId", "criterion", substr("createdAt", 1, 7) AS "month", "score", COUNT(*) AS "c" FROM "Rating" WHERE "replacedAt" IS NULL GROUP BY 1, 2, 3, 4
             ) r JOIN "rating_tally" t USING ("entryId", "criterion", "month")
             WHERE r."c" <> CASE r."score" WHEN 1 THEN t."n1" WHEN 2 THEN t."n2" WHEN 3 THEN t."n3" WHEN 4 THEN t."n4" ELSE t."n5" END`,
          )
          .get() as { n: number };
        expect(drift.n).toBe(0);
        const tallied = (sqlite.prepare(`SELECT SUM("n1" + "n2" + "n3" + "n4" + "n5") AS n FROM "rating_tally"`).get() as { n: number }).n;
        const current = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Rating" WHERE "replacedAt" IS NULL`).get() as { n: number }).n;
        expect(tallied).toBe(current);
        // A replaced rating names the rating that replaced it, which exists; one current rating per browser and criterion.
        expect((sqlite.prepare(`SELECT COUNT(*) AS n FROM "Rating" a WHERE "replacedAt" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Rating" b WHERE b."id" = a."replacedById")`).get() as { n: number }).n).toBe(0);
        expect(sqlite.prepare(`SELECT "browserTokenHash", "criterion", COUNT(*) AS n FROM "Rating" WHERE "replacedAt" IS NULL GROUP BY 1, 2 HAVING n > 1`).all()).toEqual([]);
        // Every third rating carried a comment, written in its transaction (its rating exists: foreign_key_check above).
        const commented = (sqlite.prepare(`SELECT COUNT(*) AS n FROM "RatingComment"`).get() as { n: number }).n;
        expect(commented).toBeGreaterThanOrEqual(Math.floor(acked.length / 3));
      } finally {
        sqlite.close();
      }
    }
  }, 300_000);
});
