import { databaseLocation, isPostgresqlUrl } from "./engine";
import { migrate } from "./migrate";
import { migratePostgresql } from "./migrate-postgresql";
import type { MigrationResult } from "./migrations";

/** Applies the migrations of the database's engine (its own folder of them, the same rules). */
export async function migrateDatabase(location = databaseLocation()): Promise<MigrationResult> {
  return isPostgresqlUrl(location) ? migratePostgresql(location) : migrate(location);
}
