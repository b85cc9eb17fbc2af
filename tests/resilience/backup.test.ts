import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { createDb, type Db } from "@/lib/db/client";
import { listEntries } from "@/lib/directory/entries";
import { scratchDatabase } from "./scratch";

/** Every entry's id, version and search text, in order: two databases with the same fingerprint hold the same directory. */
function fingerprint(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    const rows = sqlite.prepare(`SELECT "id", "version", "searchText", "lat", "lng" FROM "Entry" ORDER BY "seq"`).all();
    return JSON.stringify(rows);
  } finally {
    sqlite.close();
  }
}

describe("backup and restore", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  let db: Db;
  beforeAll(async () => {
    scratch = await scratchDatabase();
    db = createDb(scratch.file);
  });
  afterAll(async () => {
    await db.$disconnect();
    scratch.done();
  });

  it("an online backup taken while entries are being written is consistent, and a restore brings it back exactly", async () => {
    const backup = path.join(scratch.dir, "backup.sqlite");
    // Writes through the server's own client run concurrently with the backup.
    const writing = (async () => {
      for (let i = 0; i < 30; i++) await db.entry.update({ where: { id: "sample-advocate-00001" }, data: { version: { increment: 1 } } });
    })();
    const report = await backupDatabase(scratch.file, backup);
    await writing;
    expect(report.entries).toBeGreaterThan(9000);
    const atBackup = fingerprint(backup);

    // Damage the live database after the backup: a closed entry and a changed name.
    await db.entry.update({ where: { id: "sample-notary-00002" }, data: { status: "closed", nameRu: "Изменено после копии", searchText: "изменено" } });
    expect(fingerprint(scratch.file)).not.toBe(atBackup);

    const restored = await restoreDatabase(backup, scratch.file);
    expect(restored.entries).toBe(report.entries);
    expect(fingerprint(scratch.file)).toBe(atBackup);
    // The open client reads the restored pages, and the FTS index came back with them.
    const entry = await db.entry.findUnique({ where: { id: "sample-notary-00002" } });
    expect(entry?.status).toBe("active");
    expect((await listEntries(db, { q: "Изменено" }, 5)).total).toBe(0);
    const sqlite = new Database(scratch.file);
    expect(() => sqlite.prepare(`INSERT INTO "entry_fts"("entry_fts") VALUES ('integrity-check')`).run()).not.toThrow();
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    sqlite.close();
  });

  it("refuses to restore a file that is not a sound database", async () => {
    const junk = path.join(scratch.dir, "junk.sqlite");
    (await import("node:fs")).writeFileSync(junk, "not a database at all ".repeat(500));
    await expect(restoreDatabase(junk, scratch.file)).rejects.toThrow();
    expect(fingerprint(scratch.file).length).toBeGreaterThan(1000);
  });
});
