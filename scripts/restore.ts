// Restores a backup made by db:backup over the database at DATABASE_PATH (or var/courts-gis.sqlite).
// Usage: npm run db:restore -- <backup file>
import path from "node:path";
import { restoreDatabase } from "../lib/db/backup";
import { databasePath } from "../lib/db/path";

async function main() {
  const backup = process.argv[2];
  if (!backup) throw new Error("usage: npm run db:restore -- <backup file>");
  const report = await restoreDatabase(path.resolve(backup), databasePath());
  console.log(`restored ${backup} → ${report.file}: ${report.entries} entries, integrity ok`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
