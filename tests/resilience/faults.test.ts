import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_SIZE, runWorkerAndKill } from "./kill";
import { scratchDatabase } from "./scratch";

/** The worker against the SQLite file `file` (whatever TEST_DATABASE_URL says: this suite is SQLite's own). */
const runAndKill = (file: string, ...rest: Parameters<typeof runWorkerAndKill> extends [unknown, ...infer R] ? R : never) =>
  runWorkerAndKill({ DATABASE_PATH: file, DATABASE_URL: "" }, ...rest);

function inspect(file: string) {
  const sqlite = new Database(file);
  try {
    const fts = (() => {
      try {
        sqlite.prepare(`INSERT INTO "entry_fts"("entry_fts") VALUES ('integrity-check')`).run();
        return "ok";
      } catch (error) {
        return String(error);
      }
    })();
    const imported = sqlite
      .prepare(`SELECT COUNT(*) AS n, SUM("address" LIKE '%(a)') AS a, SUM("address" LIKE '%(b)') AS b FROM "Entry" WHERE "id" LIKE 'fault-%'`)
      .get() as { n: number; a: number | null; b: number | null };
    const rtreeMissing = (
      sqlite.prepare(`SELECT COUNT(*) AS n FROM "Entry" e WHERE e."lat" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "entry_rtree" r WHERE r."seq" = e."seq")`).get() as { n: number }
    ).n;
    // Each entry's versions 1..version have a revision apiece (a version bump without its revision is a lost revision).
    const revisionsMissing = (
      sqlite
        .prepare(
          `SELECT COUNT(*) AS n FROM "Entry" e WHERE e."id" LIKE 'fault-%' AND e."version" <> (SELECT COUNT(*) FROM "Revision" r WHERE r."entryId" = e."id")`,
        )
        .get() as { n: number }
    ).n;
    return { integrity: sqlite.pragma("integrity_check", { simple: true }), fts, imported, rtreeMissing, revisionsMissing };
  } finally {
    sqlite.close();
  }
}

/** Removes what an earlier case imported, so each case starts from the suite's directory. */
function wipeFaultEntries(file: string): void {
  const sqlite = new Database(file);
  sqlite.exec(`DELETE FROM "Revision" WHERE "entryId" LIKE 'fault-%'; DELETE FROM "Entry" WHERE "id" LIKE 'fault-%';`);
  sqlite.close();
}

describe("kill -9 in the middle of writes", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    scratch = await scratchDatabase();
  });
  afterAll(() => scratch.done());

  for (const mode of ["import", "load"] as const) {
    it(`${mode === "import" ? "an import (admin importer)" : "a load (data loader)"} killed at any moment is wholly absent or wholly present, and the database stays sound`, async () => {
      wipeFaultEntries(scratch.file);
      const outcomes: string[] = [];
      for (const killAfterMs of [50, 400, 1200]) {
        const run = await runAndKill(scratch.file, [mode, String(IMPORT_SIZE), "a"], killAfterMs);
        const state = inspect(scratch.file);
        expect(state.integrity).toBe("ok");
        expect(state.fts).toBe("ok");
        expect(state.rtreeMissing).toBe(0);
        expect([0, IMPORT_SIZE]).toContain(state.imported.n);
        // Every entry there has its "create" revision: none without, none left over.
        expect(state.revisionsMissing).toBe(0);
        if (run.finished) expect(state.imported.n).toBe(IMPORT_SIZE);
        outcomes.push(state.imported.n === 0 ? "absent" : "present");
        if (state.imported.n === IMPORT_SIZE) break;
      }
      // A kill before the commit leaves nothing behind (the first kill lands within 50 ms of the start).
      expect(outcomes[0]).toBe("absent");

      // Run to the end, then kill a re-import that rewrites every row: old or new, never a mix.
      const full = await runAndKill(scratch.file, [mode, String(IMPORT_SIZE), "a"], null);
      expect(full.lines.at(-1)).toMatch(/^done /);
      expect(inspect(scratch.file).imported).toEqual({ n: IMPORT_SIZE, a: IMPORT_SIZE, b: 0 });
      await runAndKill(scratch.file, [mode, String(IMPORT_SIZE), "b"], 600);
      const after = inspect(scratch.file);
      expect(after.integrity).toBe("ok");
      expect(after.fts).toBe("ok");
      expect(after.revisionsMissing).toBe(0);
      expect([{ n: IMPORT_SIZE, a: IMPORT_SIZE, b: 0 }, { n: IMPORT_SIZE, a: 0, b: IMPORT_SIZE }]).toContainEqual(after.imported);
    }, 180_000);
  }

  it("an import killed while it stages its chunks leaves the directory untouched, and the next import clears what it staged", async () => {
    wipeFaultEntries(scratch.file);
    const run = await runAndKill(scratch.file, ["import", String(IMPORT_SIZE), "a"], 0, (line) => line === "reading 1000");
    expect(run.finished).toBe(false);
    expect(run.lines).toContain("reading 1000");
    const sqlite = new Database(scratch.file);
    const staged = () => (sqlite.prepare(`SELECT COUNT(*) AS n FROM "import_stage"`).get() as { n: number }).n;
    const jobs = () => sqlite.prepare(`SELECT "status", "error" FROM "ImportJob" ORDER BY "createdAt"`).all() as { status: string; error: string | null }[];
    try {
      // Killed with a chunk staged: nothing in the directory, the staged rows left behind, the job still "running".
      expect(inspect(scratch.file).imported.n).toBe(0);
      expect(staged()).toBeGreaterThanOrEqual(1000);
      expect(jobs().at(-1)?.status).toBe("running");

      const full = await runAndKill(scratch.file, ["import", String(IMPORT_SIZE), "a"], null);
      expect(full.lines.at(-1)).toMatch(/^done /);
      const state = inspect(scratch.file);
      expect(state.imported).toEqual({ n: IMPORT_SIZE, a: IMPORT_SIZE, b: 0 });
      expect(state.revisionsMissing).toBe(0);
      expect(staged()).toBe(0);
      const [killed, next] = jobs().slice(-2);
      expect(killed?.status).toBe("failed");
      expect(JSON.parse(killed!.error!).code).toBe("import_interrupted");
      expect(next?.status).toBe("done");
    } finally {
      sqlite.close();
    }
  }, 120_000);

  it("no acknowledged edit is lost when the writer is killed mid-edit", async () => {
    const run = await runAndKill(scratch.file, ["edit", "sample-mediator-00003"], 3, (_line, index) => index === 40);
    expect(run.finished).toBe(false);
    const acked = run.lines.filter((l) => l.startsWith("ack ")).map((l) => Number(l.slice(4)));
    expect(acked.length).toBeGreaterThan(0);
    const lastAcked = acked.at(-1)!;
    // Not read-only: the first connection after a crash recovers the WAL, which is a write.
    const sqlite = new Database(scratch.file);
    const { version } = sqlite.prepare(`SELECT "version" FROM "Entry" WHERE "id" = 'sample-mediator-00003'`).get() as { version: number };
    const revisionVersions = (
      sqlite.prepare(`SELECT "version" FROM "Revision" WHERE "entryId" = 'sample-mediator-00003' ORDER BY "version"`).all() as { version: number }[]
    ).map((r) => r.version);
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();
    // The edit in flight when the kill came may or may not have committed; every acknowledged one did.
    expect(version).toBeGreaterThanOrEqual(lastAcked);
    expect(version).toBeLessThanOrEqual(lastAcked + 1);
    // No revision lost: one for every acknowledged edit, and the entry's version is its newest revision.
    for (const v of acked) expect(revisionVersions).toContain(v);
    expect(revisionVersions.at(-1)).toBe(version);
  }, 60_000);
});
