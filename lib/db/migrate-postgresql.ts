import { randomUUID } from "node:crypto";
import pg from "pg";
import { MIGRATIONS_DIRS, pendingMigrations, type MigrationResult } from "./migrations";

/** Any constants: instances starting together take turns applying migrations, then loading the data. */
const MIGRATION_LOCK = 7_240_015;
export const LOAD_LOCK = 7_240_016;

/**
 * Runs `work` holding a PostgreSQL advisory lock (a session of its own holds it; it goes when that
 * session does, so a killed instance never leaves it taken).
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock($1)`, [key]);
    return await work();
  } finally {
    await client.end();
  }
}

/**
 * Applies the PostgreSQL migrations (same rules as SQLite's, lib/db/migrations.ts), each in one transaction
 * (DDL is transactional here), under an advisory lock so two instances starting at once do not both apply one.
 */
export async function migratePostgresql(url: string, migrationsDir = MIGRATIONS_DIRS.postgresql): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET client_min_messages = warning`);
    await client.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>(
      `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const { pending, total } = pendingMigrations(migrationsDir, new Map(rows.map((r) => [r.name, r.checksum])));
    for (const { name, sql, checksum } of pending) {
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: total - pending.length };
  } finally {
    await client.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
