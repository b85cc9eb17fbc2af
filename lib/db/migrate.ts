import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "./path";
import { MIGRATIONS_DIRS, pendingMigrations, type MigrationResult } from "./migrations";
import { makePrivate } from "./private-file";

/**
 * Applies the SQLite migrations (lib/db/migrations.ts has the rules both engines share). Each migration runs
 * in one transaction with foreign keys off (Prisma's "redefine table" SQL would otherwise cascade deletes),
 * checked with foreign_key_check before commit.
 */
export function migrate(dbFile: string, migrationsDir = MIGRATIONS_DIRS.sqlite): MigrationResult {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  makePrivate(dbFile);
  const db = new Database(dbFile, { timeout: BUSY_TIMEOUT_MS });
  try {
    db.pragma("journal_mode = WAL");
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const done = new Map(
      db
        .prepare(`SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)
        .all()
        .map((r) => [(r as { name: string }).name, (r as { checksum: string }).checksum]),
    );
    const { pending, total } = pendingMigrations(migrationsDir, done);
    for (const { name, sql, checksum } of pending) {
      db.pragma("foreign_keys = OFF");
      try {
        db.transaction(() => {
          db.exec(sql);
          const broken = db.pragma("foreign_key_check") as unknown[];
          if (broken.length > 0) throw new Error(`Migration ${name} leaves ${broken.length} broken foreign keys.`);
          db.prepare(
            `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count) VALUES (?, ?, datetime('now'), ?, 1)`,
          ).run(randomUUID(), checksum, name);
        })();
      } finally {
        db.pragma("foreign_keys = ON");
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: total - pending.length };
  } finally {
    db.close();
  }
}
