import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupPostgresql, restorePostgresql } from "@/lib/db/backup-postgresql";
import { createDb, type Db } from "@/lib/db/client";
import { databaseName, recreateDatabase, testDatabaseUrl } from "../setup/postgresql";

// pg_dump / pg_restore of a PostgreSQL database (TEST_DATABASE_URL; tests/resilience/backup.test.ts is SQLite's).
const url = testDatabaseUrl();
if (!url) throw new Error("set TEST_DATABASE_URL to a PostgreSQL database (scripts/test-postgresql.sh does)");

describe("backup and restore on PostgreSQL", () => {
  let location: string;
  let db: Db;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "courts-gis-pg-backup-"));
  const fingerprint = async () => JSON.stringify(await db.entry.findMany({ select: { id: true, version: true, searchText: true, lat: true, lng: true }, orderBy: { seq: "asc" } }));

  beforeAll(() => {
    location = recreateDatabase(url, `${databaseName(url)}_backup`, `${databaseName(url)}_template`);
    db = createDb(location);
  });
  afterAll(async () => {
    await db.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a backup taken while entries are written is one snapshot, and a restore brings it back exactly, the derived search and point columns too", async () => {
    const backup = path.join(dir, "backup.dump");
    const writing = (async () => {
      for (let i = 0; i < 30; i++) await db.entry.update({ where: { id: "sample-advocate-00001" }, data: { version: { increment: 1 } } });
    })();
    const report = await backupPostgresql(location, backup);
    await writing;
    expect(report.entries).toBeGreaterThan(9000);
    expect(fs.statSync(backup).mode & 0o077).toBe(0);
    const taken = await fingerprint();

    await db.entry.updateMany({ where: { kind: "notary" }, data: { nameRu: "испорчено", searchText: "испорчено" } });
    expect(await fingerprint()).not.toBe(taken);
    const restored = await restorePostgresql(backup, location);
    expect(restored.entries).toBe(report.entries);
    const after = await fingerprint();
    // The restore is the backup's snapshot: every row as taken but the one written meanwhile, whose version is the snapshot's.
    const without = (rows: string) => (JSON.parse(rows) as { id: string; version: number }[]).map((r) => (r.id === "sample-advocate-00001" ? { ...r, version: 0 } : r));
    expect(without(after)).toEqual(without(taken));
    const version = (await db.entry.findUniqueOrThrow({ where: { id: "sample-advocate-00001" } })).version;
    expect(version).toBeGreaterThanOrEqual(1);
    expect(version).toBeLessThanOrEqual(31);
    const words = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*)::int AS n FROM "Entry" WHERE "searchWords" @@ 'испорчено'::tsquery`);
    expect(words).toEqual([{ n: 0 }]);
    const points = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT COUNT(*)::int AS n FROM "Entry" WHERE "lat" IS NOT NULL AND "location" IS NULL`);
    expect(points).toEqual([{ n: 0 }]);
  }, 120_000);
});
