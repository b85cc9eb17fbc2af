import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { prng } from "../../lib/directory/load/samples";
import { CRITERION_CODES } from "../../lib/ratings/criteria";
import { BENCH_DIR, benchDatabase } from "./dataset";

/** Months the sample ratings are spread over, ending with the current one. */
const MONTHS = 24;
/** The share of all sample ratings that go to the first court: one court with a great many of them. */
const HOT_SHARE = 0.1;

/**
 * A bench database with `count` generated ratings of the real courts (seeded, so every run and machine gets
 * the same ones), each marked `sample`, with hashes that name no browser or client ("sample-…"). Never
 * loaded by the product: only bench/ratings.ts makes it. Returns the file and the court with the most.
 */
export async function ratingsBenchDatabase(count: number): Promise<{ file: string; hotCourt: string }> {
  const file = path.join(BENCH_DIR, `ratings-${count}.sqlite`);
  const base = await benchDatabase(1000);
  // The runs add ratings of their own (not samples): the samples alone say whether the file is this dataset.
  if (ratingCount(file, "sample") !== count) {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    const source = new Database(base, { readonly: true });
    source.exec(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
    source.close();
    const t0 = Date.now();
    generate(file, count);
    console.error(`generated ${count} sample ratings in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { file, hotCourt: courtIds(file)[0]! };
}

function courtIds(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT "id" FROM "Entry" WHERE "kind" = 'court' AND "status" = 'active' ORDER BY "seq"`).all() as { id: string }[]).map((r) => r.id);
  } finally {
    sqlite.close();
  }
}

/** Current ratings in the file (or only the generated samples); -1 without a ratings table. */
export function ratingCount(file: string, which: "all" | "sample" = "all"): number {
  if (!fs.existsSync(file)) return -1;
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT COUNT(*) AS n FROM "Rating" WHERE "replacedAt" IS NULL${which === "sample" ? ` AND "sample" = 1` : ""}`).get() as { n: number }).n;
  } catch {
    return -1;
  } finally {
    sqlite.close();
  }
}

function generate(file: string, count: number): void {
  const courts = courtIds(file);
  const random = prng(20261202);
  const now = new Date();
  const sqlite = new Database(file);
  const insert = sqlite.prepare(
    `INSERT INTO "Rating" ("entryId", "criterion", "score", "good", "bad", "browserTokenHash", "clientHash", "sample", "createdAt") VALUES (?, ?, ?, '[]', '[]', ?, 'sample', 1, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const court = random() < HOT_SHARE ? courts[0]! : courts[Math.floor(random() * courts.length)]!;
      const criterion = CRITERION_CODES[Math.floor(random() * CRITERION_CODES.length)]!;
      // Skewed towards the ends, as ratings are: a fifth 1, a third 5.
      const r = random();
      const score = r < 0.2 ? 1 : r < 0.3 ? 2 : r < 0.45 ? 3 : r < 0.67 ? 4 : 5;
      const month = Math.floor(random() * MONTHS);
      const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - month, 1 + Math.floor(random() * 28), 12));
      insert.run(court, criterion, score, `sample-${i}`, at.toISOString().replace("Z", "+00:00"));
    }
  })();
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  sqlite.close();
}
