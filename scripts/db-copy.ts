// Copies the SQLite database (DATABASE_PATH, or var/courts-gis.sqlite) into an empty PostgreSQL database,
// migrating it first, then checks every table's count and a sample of rows.
// Usage: npm run db:copy -- --to postgresql://user@host:5432/courts_gis [--from <sqlite file>]
import path from "node:path";
import { copyToPostgresql } from "../lib/db/copy";
import { isPostgresqlUrl } from "../lib/db/engine";
import { databasePath } from "../lib/db/path";

async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const to = arg("--to");
  if (!to || !isPostgresqlUrl(to)) throw new Error("usage: npm run db:copy -- --to postgresql://… [--from <sqlite file>]");
  const from = path.resolve(arg("--from") ?? databasePath());
  const t0 = Date.now();
  const report = await copyToPostgresql(from, to, (line) => console.log(line));
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  console.log(`copied ${from} → PostgreSQL: ${rows} rows in ${report.tables.length} tables, counts equal, ${report.sampled} sampled rows equal, ${Date.now() - t0} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
