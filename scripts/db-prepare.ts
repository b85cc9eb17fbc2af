// Creates the database where needed, applies migrations and loads the data (idempotent).
// Usage: tsx scripts/db-prepare.ts [--no-samples]   (or SAMPLES=0)
import { createDb } from "../lib/db/client";
import { databaseLocation, isPostgresqlUrl } from "../lib/db/engine";
import { migrateDatabase } from "../lib/db/migrate-database";
import { LOAD_LOCK, withAdvisoryLock } from "../lib/db/migrate-postgresql";
import { loadDirectory, samplesWanted } from "../lib/directory/load";

async function main() {
  const location = databaseLocation();
  const migrations = await migrateDatabase(location);
  console.log(`database ${location.replace(/\/\/[^@/]*@/, "//…@")}: ${migrations.applied.length} migration(s) applied, ${migrations.alreadyApplied} already there`);
  const db = createDb(location);
  try {
    const samples = samplesWanted() && !process.argv.includes("--no-samples");
    const t0 = Date.now();
    // Instances started together on one PostgreSQL database load one after the other (the second finds it all unchanged).
    const load = () => loadDirectory(db, { samples });
    const report = isPostgresqlUrl(location) ? await withAdvisoryLock(location, LOAD_LOCK, load) : await load();
    const fmt = (c: { created: number; updated: number; unchanged: number } | null) =>
      c ? `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged` : "left out";
    console.log(`regions: ${fmt(report.regions)}`);
    console.log(`districts: ${fmt(report.districts)}`);
    console.log(`courts: ${fmt(report.courts)}`);
    console.log(`court facts seen on public pages: ${report.seenFacts.written} written, ${report.seenFacts.unmatched} without their court`);
    console.log(`courts placed in their own district: ${report.placement.moved.length}`);
    console.log(`former courts (history): ${fmt(report.history.closed)}; former names added: ${report.history.formerNamesAdded}`);
    for (const u of report.history.unmatched) console.log(`  history row ${u.line} not loaded: ${u.oldName} — ${u.reason}`);
    console.log(`sample practitioners: ${fmt(report.samples)}`);
    console.log(`search text recomputed: ${report.searchTextRefreshed} entries`);
    console.log(`loaded in ${Date.now() - t0} ms`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
