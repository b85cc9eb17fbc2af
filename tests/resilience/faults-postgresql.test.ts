import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseName, recreateDatabase, testDatabaseUrl } from "../setup/postgresql";
import { IMPORT_SIZE, runWorkerAndKill } from "./kill";

// kill -9 of an instance mid-import or mid-edit on PostgreSQL (TEST_DATABASE_URL; tests/resilience/faults.test.ts
// is SQLite's): what it wrote is there whole or not at all, and every acknowledged edit is kept.
// Run only with TEST_DATABASE_URL (vitest.config.ts leaves *-postgresql.test.ts out otherwise).
const url = testDatabaseUrl();
if (!url) throw new Error("set TEST_DATABASE_URL to a PostgreSQL database (scripts/test-postgresql.sh does)");

describe("kill -9 in the middle of writes, on PostgreSQL", () => {
  let location: string;
  let client: pg.Client;
  const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;
  const run = (args: string[], killAfterMs: number | null, killAt?: (line: string, index: number) => boolean) =>
    runWorkerAndKill({ DATABASE_URL: location }, args, killAfterMs, killAt);
  const imported = () =>
    one<{ n: number; a: number; b: number }>(
      `SELECT COUNT(*)::int AS n, COUNT(*) FILTER (WHERE "address" LIKE '%(a)')::int AS a, COUNT(*) FILTER (WHERE "address" LIKE '%(b)')::int AS b FROM "Entry" WHERE "id" LIKE 'fault-%'`,
    );
  // Each entry's versions 1..version have a revision apiece; its point and search words are derived.
  const unsound = () =>
    one<{ revisions: number; points: number; words: number }>(
      `SELECT COUNT(*) FILTER (WHERE e."version" <> (SELECT COUNT(*) FROM "Revision" r WHERE r."entryId" = e."id"))::int AS revisions,
              COUNT(*) FILTER (WHERE e."lat" IS NOT NULL AND e."location" IS NULL)::int AS points,
              COUNT(*) FILTER (WHERE e."searchText" <> '' AND length(e."searchWords") = 0)::int AS words
       FROM "Entry" e WHERE e."id" LIKE 'fault-%'`,
    );
  const staged = async () => (await one<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "import_stage"`)).n;

  beforeAll(async () => {
    location = recreateDatabase(url, `${databaseName(url)}_faults`, `${databaseName(url)}_template`);
    client = new pg.Client({ connectionString: location });
    await client.connect();
  });
  afterAll(() => client.end());

  it("an import killed at any moment is wholly absent or wholly present; a re-import killed leaves old or new, never a mix", async () => {
    const outcomes: string[] = [];
    for (const killAfterMs of [50, 400, 1200, 2500]) {
      const killed = await run(["import", String(IMPORT_SIZE), "a"], killAfterMs);
      const state = await imported();
      expect([0, IMPORT_SIZE]).toContain(state.n);
      expect(await unsound()).toEqual({ revisions: 0, points: 0, words: 0 });
      if (killed.finished) expect(state.n).toBe(IMPORT_SIZE);
      outcomes.push(state.n === 0 ? "absent" : "present");
      if (state.n === IMPORT_SIZE) break;
    }
    expect(outcomes[0]).toBe("absent");
    const full = await run(["import", String(IMPORT_SIZE), "a"], null);
    expect(full.lines.at(-1)).toMatch(/^done /);
    expect(await imported()).toEqual({ n: IMPORT_SIZE, a: IMPORT_SIZE, b: 0 });
    await run(["import", String(IMPORT_SIZE), "b"], 600);
    expect([{ n: IMPORT_SIZE, a: IMPORT_SIZE, b: 0 }, { n: IMPORT_SIZE, a: 0, b: IMPORT_SIZE }]).toContainEqual(await imported());
    expect(await unsound()).toEqual({ revisions: 0, points: 0, words: 0 });
  }, 180_000);

  it("an import killed while it stages leaves the directory untouched; the next import clears what it staged and marks the job failed", async () => {
    await client.query(`DELETE FROM "Revision" WHERE "entryId" LIKE 'fault-%'; DELETE FROM "Entry" WHERE "id" LIKE 'fault-%'`);
    const killed = await run(["import", String(IMPORT_SIZE), "a"], 0, (line) => line === "reading 1000");
    expect(killed.finished).toBe(false);
    expect((await imported()).n).toBe(0);
    expect(await staged()).toBeGreaterThanOrEqual(1000);
    const full = await run(["import", String(IMPORT_SIZE), "a"], null);
    expect(full.lines.at(-1)).toMatch(/^done /);
    expect(await imported()).toEqual({ n: IMPORT_SIZE, a: IMPORT_SIZE, b: 0 });
    expect(await staged()).toBe(0);
    const jobs = (await client.query<{ status: string; error: string | null }>(`SELECT "status", "error" FROM "ImportJob" ORDER BY "createdAt"`)).rows;
    const [interrupted, next] = jobs.slice(-2);
    expect(interrupted?.status).toBe("failed");
    expect(JSON.parse(interrupted!.error!).code).toBe("import_interrupted");
    expect(next?.status).toBe("done");
  }, 120_000);

  it("no acknowledged edit is lost when the writer is killed mid-edit", async () => {
    const killed = await run(["edit", "sample-mediator-00003"], 3, (_line, index) => index === 40);
    expect(killed.finished).toBe(false);
    const acked = killed.lines.filter((l) => l.startsWith("ack ")).map((l) => Number(l.slice(4)));
    const lastAcked = acked.at(-1)!;
    const { version } = await one<{ version: number }>(`SELECT "version" FROM "Entry" WHERE "id" = 'sample-mediator-00003'`);
    const revisions = (await client.query<{ version: number }>(`SELECT "version" FROM "Revision" WHERE "entryId" = 'sample-mediator-00003' ORDER BY "version"`)).rows.map((r) => r.version);
    expect(version).toBeGreaterThanOrEqual(lastAcked);
    expect(version).toBeLessThanOrEqual(lastAcked + 1);
    for (const v of acked) expect(revisions).toContain(v);
    expect(revisions.at(-1)).toBe(version);
  }, 60_000);
});
