import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Engine } from "./engine";

// The rules both engines' migrators share: <dir>/<name>/migration.sql applied in name order, recorded in
// Prisma's own `_prisma_migrations` table with checksum = sha256 of the file, and a migration edited after it
// was applied refused.

export const MIGRATIONS_DIRS: Record<Engine, string> = {
  sqlite: path.join(process.cwd(), "prisma", "migrations"),
  postgresql: path.join(process.cwd(), "prisma", "postgresql", "migrations"),
};

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

/** The migrations not applied yet, in order; throws when an applied one differs from its file. */
export function pendingMigrations(migrationsDir: string, done: Map<string, string>): { pending: MigrationFile[]; total: number } {
  const names = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
  const pending: MigrationFile[] = [];
  for (const name of names) {
    const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    const known = done.get(name);
    if (known === undefined) pending.push({ name, sql, checksum });
    else if (known !== checksum) throw new Error(`Migration ${name} was changed after it was applied (checksum differs).`);
  }
  return { pending, total: names.length };
}
