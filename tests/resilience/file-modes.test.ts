import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authSecret } from "../../lib/auth/secret";
import { backupDatabase, restoreDatabase } from "../../lib/db/backup";
import { createDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";

// The database, its -wal/-shm, the auth secret and every backup hold password hashes or what signs
// sessions: readable by the server's user only, whatever the umask.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "courts-gis-modes-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe("files holding secrets are 0600", () => {
  const previous = process.umask(0o022);
  afterAll(() => process.umask(previous));

  it("a new database and its -wal/-shm", async () => {
    const file = path.join(dir, "new.sqlite");
    migrate(file);
    const db = createDb(file);
    await db.entry.count();
    await db.importJob.count();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    await db.$disconnect();
  });

  it("an existing database left 0644 is made 0600 when opened", async () => {
    const file = path.join(dir, "old.sqlite");
    migrate(file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o644);
    const db = createDb(file);
    await db.entry.count();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f), f).toBe(0o600);
    await db.$disconnect();
  });

  it("a backup, its folder, and a restored database", async () => {
    const source = path.join(dir, "new.sqlite");
    const target = path.join(dir, "backups", "b.sqlite");
    await backupDatabase(source, target);
    expect(mode(target)).toBe(0o600);
    expect(mode(path.dirname(target))).toBe(0o700);
    const restored = path.join(dir, "restored.sqlite");
    await restoreDatabase(target, restored);
    expect(mode(restored)).toBe(0o600);
  });

  it("the auth secret made on first use", () => {
    const saved = { db: process.env.DATABASE_PATH, secret: process.env.BETTER_AUTH_SECRET };
    process.env.DATABASE_PATH = path.join(dir, "secret", "courts-gis.sqlite");
    delete process.env.BETTER_AUTH_SECRET;
    try {
      expect(authSecret()).toMatch(/^[\w-]{40,}$/);
      expect(mode(path.join(dir, "secret", "auth-secret"))).toBe(0o600);
    } finally {
      process.env.DATABASE_PATH = saved.db;
      if (saved.secret !== undefined) process.env.BETTER_AUTH_SECRET = saved.secret;
    }
  });
});
