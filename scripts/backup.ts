// Online backup of the live database (the server can keep running).
// Usage: npm run db:backup [-- <target file>]   default var/backups/courts-gis-<UTC time>.sqlite
import path from "node:path";
import { backupDatabase } from "../lib/db/backup";
import { databasePath } from "../lib/db/path";

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = path.resolve(process.argv[2] ?? path.join(process.cwd(), "var", "backups", `courts-gis-${stamp}.sqlite`));
  const t0 = Date.now();
  const report = await backupDatabase(databasePath(), target);
  console.log(`backup of ${databasePath()} → ${report.file}: ${report.entries} entries, ${(report.bytes / 1e6).toFixed(1)} MB, integrity ok, ${Date.now() - t0} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
