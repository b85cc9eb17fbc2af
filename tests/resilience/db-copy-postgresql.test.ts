import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/accounts";
import { createDb, type Db } from "@/lib/db/client";
import { copyToPostgresql } from "@/lib/db/copy";
import { migrate } from "@/lib/db/migrate";
import { loadDirectory } from "@/lib/directory/load";
import { repository } from "@/lib/queries/repository";
import { ratingsRepository } from "@/lib/queries/ratings";
import { RECALL_CASES } from "../api/search-recall.cases";
import { databaseName, recreateDatabase, testDatabaseUrl } from "../setup/postgresql";

// db:copy, SQLite → an empty PostgreSQL database, and back through the app: the same answers from both.
const url = testDatabaseUrl();
if (!url) throw new Error("set TEST_DATABASE_URL to a PostgreSQL database (scripts/test-postgresql.sh does)");

describe("db:copy from SQLite to PostgreSQL", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "courts-gis-copy-"));
  const file = path.join(dir, "source.sqlite");
  let target: string;
  let sqlite: Db;
  let postgresql: Db;

  beforeAll(async () => {
    migrate(file);
    sqlite = createDb(file);
    await loadDirectory(sqlite, { samples: true });
    // Accounts, a session, a request and ratings, so every kind of row is there to copy.
    const { id: userId } = await createUser(sqlite, { email: "copy@example.org", name: "Copy", password: "lantern orbit velvet cactus 1987", role: "editor", regions: ["KZ-75"] });
    await sqlite.session.create({ data: { id: "s1", token: "token-1", userId, expiresAt: new Date(Date.now() + 86_400_000) } });
    await sqlite.changeRequest.create({ data: { id: "r1", type: "correction", entryId: "sample-notary-00001", payload: JSON.stringify({ address: "ул. Копии, 1" }) } });
    const court = await sqlite.entry.findFirstOrThrow({ where: { kind: "court" } });
    for (const [i, score] of [5, 4, 2].entries()) {
      const rating = await sqlite.rating.create({ data: { entryId: court.id, criterion: "service", score, browserTokenHash: `b${i}`, clientHash: `c${i}` } });
      if (i === 0) await sqlite.ratingComment.create({ data: { ratingId: rating.id, entryId: court.id, text: "Вежливо", status: "approved" } });
    }
    target = recreateDatabase(url, `${databaseName(url)}_copy`);
  }, 120_000);
  afterAll(async () => {
    await sqlite?.$disconnect();
    await postgresql?.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("copies every table into an empty database, checks counts and sampled rows, and refuses a database that holds a directory", async () => {
    const report = await copyToPostgresql(file, target);
    const rows = Object.fromEntries(report.tables.map((t) => [t.table, t.rows]));
    expect(rows).toMatchObject({ Entry: await sqlite.entry.count(), User: 1, Session: 1, Account: 1, ChangeRequest: 1, Rating: 3, RatingComment: 1 });
    expect(report.sampled).toBeGreaterThan(500);
    await expect(copyToPostgresql(file, target)).rejects.toThrow(/empty database/);
  }, 120_000);

  it("answers through the app as the SQLite database did: entries, search, markers, ratings, sign-in data", async () => {
    postgresql = createDb(target);
    const [a, b] = [repository(sqlite), repository(postgresql)];
    expect(await b.entryById("sample-notary-00001")).toEqual(await a.entryById("sample-notary-00001"));
    for (const filter of [{ q: "Алматы" }, { q: "нотариус караганда" }, { kinds: ["court" as const], region: "KZ-75" as const }, { bbox: [76.8, 43.1, 77.1, 43.4] as [number, number, number, number] }]) {
      // Every match (the two engines rank ties differently, so a first page may differ; recall is search-recall.test.ts's).
      const [x, y] = [await a.searchEntries(filter, 10_000, 0), await b.searchEntries(filter, 10_000, 0)];
      expect(y.total).toBe(x.total);
      expect(new Set(y.items.map((e) => e.id))).toEqual(new Set(x.items.map((e) => e.id)));
      expect((await b.markers(filter)).length).toBe((await a.markers(filter)).length);
    }
    expect(await b.locatedEntries()).toHaveLength((await a.locatedEntries()).length);
    const court = await sqlite.entry.findFirstOrThrow({ where: { kind: "court" } });
    expect(await ratingsRepository(postgresql).courtTally(court.id)).toEqual(await ratingsRepository(sqlite).courtTally(court.id));
    expect(await ratingsRepository(postgresql).approvedComments(court.id, 10)).toEqual(await ratingsRepository(sqlite).approvedComments(court.id, 10));
    expect(await postgresql.user.findUnique({ where: { email: "copy@example.org" }, include: { accounts: true, sessions: true } })).toEqual(
      await sqlite.user.findUnique({ where: { email: "copy@example.org" }, include: { accounts: true, sessions: true } }),
    );
    // New rows get keys after the copied ones.
    const revision = await postgresql.revision.create({ data: { entryId: "sample-notary-00001", version: 99, action: "update", actorName: "copy test", changes: "[]" } });
    expect(revision.id).toBeGreaterThan(await sqlite.revision.count());
  }, 120_000);

  it("finds the same entries for every query of the search quality set: the same folding, transliteration, typo and phone rules", async () => {
    const [a, b] = [repository(sqlite), repository(postgresql)];
    const differing: string[] = [];
    for (const c of RECALL_CASES.filter((r) => !("places" in r.expect))) {
      const filter = { q: c.q, ...(c.kind ? { kinds: [c.kind as "court"] } : {}) };
      const [x, y] = [await a.searchEntries(filter, 10_000, 0), await b.searchEntries(filter, 10_000, 0)];
      const [xs, ys] = [x.items.map((e) => e.id).sort(), y.items.map((e) => e.id).sort()];
      if (x.total !== y.total || JSON.stringify(xs) !== JSON.stringify(ys)) differing.push(`"${c.q}": SQLite ${x.total}, PostgreSQL ${y.total}`);
    }
    expect(differing).toEqual([]);
  }, 120_000);
});
