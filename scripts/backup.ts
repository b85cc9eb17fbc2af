// Online backup of the live database (the server can keep running): SQLite's backup API, or pg_dump.
// Usage: npm run db:backup [-- <target file>]   default var/backups/courts-gis-<UTC time>.sqlite (.dump on PostgreSQL)
import path from "node:path";
import { backupDatabase } from "../lib/db/backup";
import { backupPostgresql } from "../lib/db/backup-postgresql";
import { databaseLocation, isPostgresqlUrl } from "../lib/db/engine";

async function main() {
  const location = databaseLocation();
  const postgresql = isPostgresqlUrl(location);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.resolve(process.argv[2] ?? path.join(process.cwd(), "var", "backups", `courts-gis-${stamp}.${postgresql ? "dump" : "sqlite"}`));
  const t0 = Date.now();
  const report = postgresql ? await backupPostgresql(location, target) : await backupDatabase(location, target);
  const shown = postgresql ? "the PostgreSQL database" : location;
  console.log(`backup of ${shown} → ${report.file}: ${report.entries} entries, ${(report.bytes / 1e6).toFixed(1)} MB, ${postgresql ? "checked" : "integrity ok"}, ${Date.now() - t0} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
