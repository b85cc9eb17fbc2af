// Restores a backup made by db:backup over the database: DATABASE_URL's PostgreSQL database (a pg_dump file),
// else the SQLite file at DATABASE_PATH (or var/courts-gis.sqlite).
// Usage: npm run db:restore -- <backup file>
import path from "node:path";
import { restoreDatabase } from "../lib/db/backup";
import { restorePostgresql } from "../lib/db/backup-postgresql";
import { databaseLocation, isPostgresqlUrl } from "../lib/db/engine";

async function main() {
  const backup = process.argv[2];
  if (!backup) throw new Error("usage: npm run db:restore -- <backup file>");
  const location = databaseLocation();
  const report = isPostgresqlUrl(location) ? await restorePostgresql(path.resolve(backup), location) : await restoreDatabase(path.resolve(backup), location);
  console.log(`restored ${backup}: ${report.entries} entries, checked`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
